import { PORTAL_SERVICES, agencyCodec, fieldCodec, procedureCodec, satisfactionSummaryCodec } from '@dvc-kit/core';
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
import type { CallOptions, HttpOptions } from '../http/types';
import { syncDossierStream } from './bulk-sync';
import type { BulkSyncOptions, BulkSyncReport } from './bulk-sync';
import { decodeOrThrow, resultList, type Decoder } from './decode-result';
import { digitizationReport } from './digitization-report';
import { lookupDossier } from './lookup-dossier';
import type { LookedUpDossier } from './lookup-dossier';
import { encodeOrThrow } from './encode';
import type { LgspOptions } from './lgsp';
import { createOwnEndpoint } from './own-endpoint';
import { getPaymentBill, queryPayment } from './payment-query';
import type { PaymentBill, PaymentQueryRequest, PaymentStatus } from './payment-query';
import { initPayment } from './payment-services';
import type { PaymentInitRequest, PaymentSession, PaymentSettings } from './payment-services';
import { createPortalTransport } from './portal-transport';
import type { SessionSource } from './portal-transport';
import { resendUntilDone } from './reliable-write';
import type { ReliableWriteOptions } from './reliable-write';
import type { SyncDossierOptions } from './exists-policy';
import { findDigitizedResults, getDigitizedFile } from './store-services';
import type { DigitizedFile, DigitizedResults, StoreSettings } from './store-services';
import { syncDossier } from './sync-dossier';
import type { DossierSyncResult } from './sync-dossier';
import { syncProgressStep, syncProgressSteps } from './sync-progress';
import { syncStatus } from './sync-status';
import type { StatusUpdate } from './sync-status';
import type { ProgressSyncResult } from './sync-progress';

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

/** An async iterable of at most `limit` items, with a helper to collect them. */
export interface CappedIterable<T> extends AsyncIterable<T> {
  /** Collects the items (never more than the cap). */
  toArray(): Promise<T[]>;
}

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
  listProcedures(
    filter?: { fieldCode?: string; keyword?: string },
    options?: CallOptions & { limit?: number },
  ): CappedIterable<Procedure>;
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
  const http = createHttpEngine(options);
  const integrationPath = options.integrationPath ?? 'integration';
  const transport = createPortalTransport(http, {
    ...options,
    loginPath: options.loginPath ?? 'auth/login',
    integrationPath,
    sharePath: options.sharePath ?? integrationPath,
    charset: options.charset ?? 'utf-8',
    sessionMaxAgeMs: options.sessionMaxAgeMs ?? 600_000,
    maxRelogins: options.maxRelogins ?? 3,
  });
  const kho = createOwnEndpoint(options, options.store);
  const paygov = createOwnEndpoint(options, options.payment);
  const list = async <T>(service: string, payload: Record<string, unknown>, decode: Decoder<T>, opts?: CallOptions) => {
    const answer = await transport.call(service, payload, opts);
    return resultList(answer.result).map((item) => decodeOrThrow(decode, item, service, answer.requestId));
  };

  return {
    syncDossier: (dossier, opts) => syncDossier(transport, dossier, opts),
    syncDossiers: (source, opts) => syncDossierStream(transport, source, opts),
    updateProgress: (step, opts) => syncProgressStep(transport, step, opts),
    updateProgressSteps: (steps, opts) => syncProgressSteps(transport, steps, opts),
    syncStatus: (updates, opts) => syncStatus(transport, updates, opts),
    lookupDossier: (code, opts) => lookupDossier(transport, code, opts),
    async getProcedure(procedureCode, opts) {
      // An empty `result` means "no such procedure"; no not-found code is known.
      const items = await list(PORTAL_SERVICES.getProcedure, { maTTHC: procedureCode }, procedureCodec, opts);
      return items[0];
    },
    listProcedures(filter = {}, opts = {}) {
      const { limit = 1000, ...callOptions } = opts;
      const payload = {
        ...(filter.fieldCode !== undefined ? { MaLinhVuc: filter.fieldCode } : {}),
        ...(filter.keyword !== undefined ? { TuKhoa: filter.keyword } : {}),
      };
      const iterate = async function* () {
        // LayDanhSachTTHC answers in one piece; the cap still bounds what callers hold.
        const items = await list(PORTAL_SERVICES.listProcedures, payload, procedureCodec, callOptions);
        yield* items.slice(0, Math.max(0, limit));
      };
      return {
        [Symbol.asyncIterator]: iterate,
        toArray: async () => {
          const out: Procedure[] = [];
          for await (const p of iterate()) out.push(p);
          return out;
        },
      };
    },
    listAgencies: (filter = {}, opts) =>
      list(
        PORTAL_SERVICES.listAgencies,
        filter.parentCode ? { MaCoQuanCha: filter.parentCode } : {},
        agencyCodec,
        opts,
      ),
    listFields: (opts) => list(PORTAL_SERVICES.listFields, {}, fieldCodec, opts),
    async lookupTechId(idOrTaxCode, opts = {}) {
      const { provider = 'wso2is', ...callOptions } = opts;
      const answer = await transport.call(
        PORTAL_SERVICES.lookupTechId,
        { provider, mstorcmnd: idOrTaxCode },
        callOptions,
      );
      const first = resultList(answer.result)[0] as { TECHNICALID?: unknown } | undefined;
      return typeof first?.TECHNICALID === 'string' && first.TECHNICALID !== '' ? first.TECHNICALID : undefined;
    },
    async syncRatings(summaries, opts) {
      const data = summaries.map((s) => encodeOrThrow(satisfactionSummaryCodec, s, PORTAL_SERVICES.syncRatings));
      await resendUntilDone(
        () => transport.call(PORTAL_SERVICES.syncRatings, { data }, { write: true, ...opts }),
        opts,
      );
    },
    findDigitizedResults: (request, opts) => findDigitizedResults(kho, options.store, request, opts),
    getDigitizedFile: (request, opts) => getDigitizedFile(kho, options.store, request, opts),
    initPayment: (request, opts) => initPayment(paygov, options.payment, request, opts),
    queryPayment: (request, opts) => queryPayment(paygov, options.payment, request, opts),
    getPaymentBill: (request, opts) => getPaymentBill(paygov, options.payment, request, opts),
    digitizationReport: (agencyCode, opts) => digitizationReport(transport, agencyCode, opts),
  };
}
