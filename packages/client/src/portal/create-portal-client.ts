import type {
  Agency,
  DigitizationReportRow,
  DigitizedFileRequest,
  DigitizedResultRequest,
  Dossier,
  Field,
  Procedure,
  ProgressStep,
  SatisfactionSummary,
} from '@dvc-kit/core';
import { createHttpEngine } from '../http/engine';
import type { HttpEngine } from '../http/engine';
import type { CallOptions, HttpOptions } from '../http/types';
import { syncDossierStream } from './bulk-sync';
import type { BulkSyncOptions, BulkSyncReport } from './bulk-sync';
import { listAgencies, listFields, lookupTechId } from './catalogues';
import { digitizationReport } from './digitization-report';
import type { SyncDossierOptions } from './exists-policy';
import type { LgspOptions } from './lgsp';
import { lookupDossier } from './lookup-dossier';
import type { LookedUpDossier } from './lookup-dossier';
import { createOwnEndpoint } from './own-endpoint';
import { getPaymentBill, queryPayment } from './payment-query';
import type { PaymentBill, PaymentQueryRequest, PaymentStatus } from './payment-query';
import { initPayment } from './payment-services';
import type { PaymentInitRequest, PaymentSession, PaymentSettings } from './payment-services';
import { createPortalTransport } from './portal-transport';
import type { PortalTransport, SessionSource } from './portal-transport';
import { getProcedure, listProcedures } from './procedures';
import type { CappedIterable, ProcedureFilter } from './procedures';
import type { ReliableWriteOptions } from './reliable-write';
import { findDigitizedResults, getDigitizedFile } from './store-services';
import type { DigitizedFile, DigitizedResults, StoreSettings } from './store-services';
import { syncDossier } from './sync-dossier';
import type { DossierSyncResult } from './sync-dossier';
import { syncProgressStep, syncProgressSteps } from './sync-progress';
import type { ProgressSyncResult } from './sync-progress';
import { syncRatings } from './sync-ratings';
import { syncStatus } from './sync-status';
import type { StatusUpdate } from './sync-status';

/** Options of {@link createPortalClient}. */
export type PortalClientOptions = HttpOptions &
  SessionSource & {
    /** Base URL of the portal's integration adapter (or the sandbox's `url`). */
    baseUrl: string;
    /** Mã đơn vị of the calling unit — wire: madonvi. */
    agencyCode: string;
    /** Login path under `baseUrl`. @default 'auth/login' */
    loginPath?: string;
    /** Integration path under `baseUrl` (the corpus's `integration_endpoint`; `mapi/g` on DVCQG-hosted adapters). @default 'integration' */
    integrationPath?: string;
    /**
     * Path of the shared catalogues (`LayDanhMucCoQuan`, `LayDanhMucLinhVuc`, `LayDanhSachTTHC`,
     * `TraCuuTechID`; the corpus's `share_endpoint`). @default integrationPath
     */
    sharePath?: string;
    /** `dstcode` header on every call (a routing code issued per connecting system). @default none (not sent) */
    dstcode?: string;
    /** `Charset` header on every call, or `false` to leave it out. @default 'utf-8' */
    charset?: string | false;
    /**
     * Log in again once the session is this old, in ms (OpenCPS: every 10 minutes; the
     * portal states no lifetime). `0` keeps a session until it is refused. @default 600000
     */
    sessionMaxAgeMs?: number;
    /**
     * Re-logins one call may make when the portal keeps refusing it. The corpus knows no
     * "session expired" code, so any refusal is tried again with a fresh session before it
     * is reported. @default 3
     */
    maxRelogins?: number;
    /** Post dossiers and progress steps as bare arrays to a provincial LGSP instead of the portal. @default none */
    lgsp?: LgspOptions;
    /** Header carrying the request id, or `false`. @default 'X-Request-Id' */
    requestIdHeader?: string | false;
    /**
     * The payment platform (PayGov): its own `baseUrl`, partner code, secret and Bearer token, for
     * `initPayment`, `queryPayment` and `getPaymentBill`. @default none (those methods then throw `RequestValidationError`)
     */
    payment?: PaymentSettings;
    /**
     * The result store (Kho): its own `baseUrl` (plain JSON, no session), for `findDigitizedResults`
     * and `getDigitizedFile`. @default none (those methods then throw `RequestValidationError`)
     */
    store?: StoreSettings;
  };

/** Typed methods for every service of the portal integration API. */
export interface PortalClient {
  /** Pushes one dossier's latest state exactly once (`DongBoHoSoMC`, reconciling unclear outcomes). */
  syncDossier(dossier: Dossier, options?: SyncDossierOptions): Promise<DossierSyncResult>;
  /** Pushes many dossiers, bounded in flight, one report entry per dossier; never stops at the first error. */
  syncDossiers(source: Iterable<Dossier> | AsyncIterable<Dossier>, options?: BulkSyncOptions): Promise<BulkSyncReport>;
  /** Appends one processing step exactly once (`CapNhatTienDoHoSoMC`; an over-long `NguoiXuLy` is cut with "…"). */
  updateProgress(step: ProgressStep, options?: ReliableWriteOptions): Promise<ProgressSyncResult>;
  /** Appends processing steps exactly once, at most 10 per `CapNhatTienDoHoSoMC` call. */
  updateProgressSteps(steps: readonly ProgressStep[], options?: ReliableWriteOptions): Promise<ProgressSyncResult[]>;
  /** Reports status changes of dossiers filed on the portal (`DongBoTrangThaiHoSo`, type "2", one object per call). */
  syncStatus(updates: StatusUpdate[], options?: ReliableWriteOptions): Promise<void>;
  /**
   * One dossier by code (`TraCuuHoSo`, key `mahoso`) with its processing steps
   * (`progressSteps`, from `QuaTrinhXuLy` — a sandbox extension; `[]` when the portal sends
   * none), or `undefined` when the portal does not have it (empty `result`).
   */
  lookupDossier(code: string, options?: CallOptions): Promise<LookedUpDossier | undefined>;
  /**
   * One procedure by code (`LayThuTuc`), or `undefined`. Fields core does not model are kept,
   * unvalidated, in `extraWireFields` (e.g. the sandbox's form `BIEUMAU`, a core `FormDefinition`).
   */
  getProcedure(procedureCode: string, options?: CallOptions): Promise<Procedure | undefined>;
  /** The unit's procedures (`LayDanhSachTTHC`), lazily, at most `limit` (default 1000). */
  listProcedures(filter?: ProcedureFilter, options?: CallOptions & { limit?: number }): CappedIterable<Procedure>;
  /** Agencies (`LayDanhMucCoQuan`: `MADONVI`, `TENDONVI`, `CAPDONVI`); `parentCode` filters with `MaCoQuanCha`, a sandbox extension. */
  listAgencies(filter?: { parentCode?: string }, options?: CallOptions): Promise<Agency[]>;
  /** Fields of procedures (`LayDanhMucLinhVuc`: `MALINHVUC`, `TENLINHVUC`, `MANGANH`). */
  listFields(options?: CallOptions): Promise<Field[]>;
  /**
   * The DVCQG account id (TechID, for a dossier's `MaDoiTuong`) of a citizen or business, by
   * ID number or tax code (`TraCuuTechID`, key `mstorcmnd`), or `undefined` when it has none.
   * `provider` is sent as given (OpenCPS: `wso2is`).
   */
  lookupTechId(idOrTaxCode: string, options?: CallOptions & { provider?: string }): Promise<string | undefined>;
  /** Pushes monthly satisfaction summaries, one item per survey question (`DongBoDanhGia`). */
  syncRatings(summaries: SatisfactionSummary[], options?: ReliableWriteOptions): Promise<void>;
  /** Digitized results owned by a citizen, from the result store's own URL (Kho `GetKetQuaGiayTo`); `errorCode`/`signature` kept as received. */
  findDigitizedResults(request: DigitizedResultRequest, options?: CallOptions): Promise<DigitizedResults>;
  /** One file of the result store (Kho `GetGiayToByUrl`, a base64 JSON string); an empty or other answer throws `StoreError`. */
  getDigitizedFile(request: DigitizedFileRequest, options?: CallOptions): Promise<DigitizedFile>;
  /** Starts an online payment (PayGov INIT, 15-part MaXacThuc, Bearer token); never resent blindly. */
  initPayment(request: PaymentInitRequest, options?: CallOptions): Promise<PaymentSession>;
  /** The state of a payment (PayGov QUERY, 5-part MaXacThuc over the INIT's values). */
  queryPayment(request: PaymentQueryRequest, options?: CallOptions): Promise<PaymentStatus>;
  /** The e-receipt of a payment (PayGov GET_BILL): PDF bytes or the JSON answer. */
  getPaymentBill(request: PaymentQueryRequest, options?: CallOptions): Promise<PaymentBill>;
  /**
   * The digitization report (`BaoCaoSoHoa`) of `agencyCode`: for a commune one row (score
   * parts, rank among the province's communes, weekly history); for the province every commune, best first.
   */
  digitizationReport(agencyCode: string, options?: CallOptions): Promise<DigitizationReportRow[]>;
}

/**
 * Creates the client of the portal integration API (Node; it holds credentials).
 * Logs in lazily, renews the session every 10 minutes (as OpenCPS does), and re-logs in
 * once for all concurrent calls when the portal refuses one. Every request is validated before it leaves; every answer is
 * decoded into core's models.
 *
 * @example
 * ```ts
 * const portal = createPortalClient({
 *   baseUrl: 'https://adapter.example.gov.vn', agencyCode: '000.00.12.H66',
 *   credentials: { username: process.env.DVC_USER!, password: process.env.DVC_PASSWORD! },
 * });
 * const report = await portal.syncDossiers(readDossiers(), { concurrency: 16 });
 * console.log(report.synced, report.failed);
 * ```
 */
export function createPortalClient(options: PortalClientOptions): PortalClient {
  const integrationPath = options.integrationPath ?? 'integration';
  const transport = createPortalTransport(createHttpEngine(options), {
    ...options,
    loginPath: options.loginPath ?? 'auth/login',
    integrationPath,
    sharePath: options.sharePath ?? integrationPath,
    charset: options.charset ?? 'utf-8',
    sessionMaxAgeMs: options.sessionMaxAgeMs ?? 600_000,
    maxRelogins: options.maxRelogins ?? 3,
  });
  const context: PortalClientContext = {
    transport,
    store: createOwnEndpoint(options, options.store),
    payment: createOwnEndpoint(options, options.payment),
    options,
  };
  const client = {} as Record<keyof PortalClient, unknown>;
  for (const name of Object.keys(SERVICES) as (keyof PortalClient)[]) client[name] = SERVICES[name](context);
  return client as PortalClient;
}

/** What every service of {@link PortalClient} is built from. */
interface PortalClientContext {
  /** The portal's integration endpoint (session, envelope, re-login). */
  transport: PortalTransport;
  /** The result store's own endpoint, when `store.baseUrl` is configured. */
  store: HttpEngine | undefined;
  /** The payment platform's own endpoint, when `payment.baseUrl` is configured. */
  payment: HttpEngine | undefined;
  options: PortalClientOptions;
}

/**
 * The wiring table: every method of {@link PortalClient}, by name, bound to the module that
 * implements it (one module per service, as the sandbox's `services/registry.ts`). A new
 * service is a module plus one line here and one in the interface.
 */
const SERVICES = {
  syncDossier: (c) => (dossier, o) => syncDossier(c.transport, dossier, o),
  syncDossiers: (c) => (source, o) => syncDossierStream(c.transport, source, o),
  updateProgress: (c) => (step, o) => syncProgressStep(c.transport, step, o),
  updateProgressSteps: (c) => (steps, o) => syncProgressSteps(c.transport, steps, o),
  syncStatus: (c) => (updates, o) => syncStatus(c.transport, updates, o),
  lookupDossier: (c) => (code, o) => lookupDossier(c.transport, code, o),
  getProcedure: (c) => (procedureCode, o) => getProcedure(c.transport, procedureCode, o),
  listProcedures: (c) => (filter, o) => listProcedures(c.transport, filter, o),
  listAgencies: (c) => (filter, o) => listAgencies(c.transport, filter, o),
  listFields: (c) => (o) => listFields(c.transport, o),
  lookupTechId: (c) => (idOrTaxCode, o) => lookupTechId(c.transport, idOrTaxCode, o),
  syncRatings: (c) => (summaries, o) => syncRatings(c.transport, summaries, o),
  findDigitizedResults: (c) => (request, o) => findDigitizedResults(c.store, c.options.store, request, o),
  getDigitizedFile: (c) => (request, o) => getDigitizedFile(c.store, c.options.store, request, o),
  initPayment: (c) => (request, o) => initPayment(c.payment, c.options.payment, request, o),
  queryPayment: (c) => (request, o) => queryPayment(c.payment, c.options.payment, request, o),
  getPaymentBill: (c) => (request, o) => getPaymentBill(c.payment, c.options.payment, request, o),
  digitizationReport: (c) => (agencyCode, o) => digitizationReport(c.transport, agencyCode, o),
} satisfies { [K in keyof PortalClient]: (context: PortalClientContext) => PortalClient[K] };
