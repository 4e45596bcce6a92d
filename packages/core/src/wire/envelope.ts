import * as z from 'zod/mini';
import type { DossierWire } from './dossier';
import type { ProgressStepWire } from './progress-step';

/**
 * Service names of the portal integration API (`service` in every body), domain.md §1.1.
 * The payment services and `digitizationReport` carry DVC Kit sandbox names, because the
 * portal's own are not public (an adapter in front of the real portal maps them).
 *
 * @example { service: PORTAL_SERVICES.syncDossiers, session, madonvi, data: [wire] }
 */
export const PORTAL_SERVICES = {
  /** Push dossiers — `data: DossierWire[]`, `isUpdating: "True" | "False"`. */
  syncDossiers: 'DongBoHoSoMC',
  /** Push processing steps — `data: ProgressStepWire[]`. */
  updateProgress: 'CapNhatTienDoHoSoMC',
  /** Status sync for dossiers that started on the portal. */
  syncStatus: 'DongBoTrangThaiHoSo',
  /** Look up a dossier by `MaHoSo`. */
  lookupDossier: 'TraCuuHoSo',
  /** Procedure detail by `MaTTHC`. */
  getProcedure: 'LayThuTuc',
  /** List procedures. */
  listProcedures: 'LayDanhSachTTHC',
  /** Agency catalogue. */
  listAgencies: 'LayDanhMucCoQuan',
  /** Field (lĩnh vực) catalogue. */
  listFields: 'LayDanhMucLinhVuc',
  /** Public-service configuration. */
  getPublicService: 'LayDVC',
  /** Find a citizen's or business's portal account (TechID). */
  lookupTechId: 'TraCuuTechID',
  /** Push the monthly satisfaction summary. */
  syncRatings: 'DongBoDanhGia',
  /** Push questions and answers (hỏi đáp). */
  syncQuestions: 'DongBoHoiDap',
  /** Digitized results a citizen owns, from the result store (Kho) — `GetKetQuaGiayTo`, named as in one-stop systems' code. */
  getDigitizedResults: 'GetKetQuaGiayTo',
  /** One file of the result store by its `DuongDan` — `GetGiayToByUrl`, named as in one-stop systems' code. */
  getDigitizedFile: 'GetGiayToByUrl',
  /**
   * Digitization report (Decision 766-style score parts, rank, weekly history) — **sandbox
   * extension**: the portal publishes its scoreboard, not a service for it.
   */
  digitizationReport: 'BaoCaoSoHoa',
} as const;

/** A service name of the integration API. */
export type PortalService = (typeof PORTAL_SERVICES)[keyof typeof PORTAL_SERVICES];

/**
 * `error_code` values. `ok` (0, also sent as `"0"`/`"00"`) and `alreadyExists` (3, also
 * `-3`, with a message containing "đã tồn tại") are seen in one-stop systems' code; the
 * others are DVC Kit's convention (used by the sandbox), since the portal's are not public.
 */
export const PORTAL_ERROR_CODES = {
  ok: 0,
  failed: -1,
  invalidSession: 1,
  invalidRequest: 2,
  alreadyExists: 3,
  notFound: 4,
} as const;

/** A named `error_code`. */
export type PortalErrorName = keyof typeof PORTAL_ERROR_CODES;

/** The fields every integration call carries besides the service's own. */
export interface PortalEnvelope {
  /** Service name, e.g. `DongBoHoSoMC`. */
  service: PortalService | (string & {});
  /** Session token from the login call. */
  session: string;
  /** Mã đơn vị of the calling unit, e.g. `000.00.00.H56`. */
  madonvi: string;
}

/**
 * Body of `DongBoHoSoMC`: dossiers to insert (`isUpdating: "False"`) or update (`"True"`).
 *
 * @example { ...envelope, service: PORTAL_SERVICES.syncDossiers, isUpdating: 'False', data: [encodeWire(dossierCodec, d)] }
 */
export interface SyncDossiersBody extends PortalEnvelope {
  /** Always `DongBoHoSoMC`. */
  service: typeof PORTAL_SERVICES.syncDossiers;
  /** `"True"` to update dossiers the portal already has, `"False"` to insert. */
  isUpdating: 'True' | 'False';
  /** The dossiers, in wire form. */
  data: DossierWire[];
}

/** Body of `CapNhatTienDoHoSoMC`: processing steps (field name `data`, as for dossiers). */
export interface UpdateProgressBody extends PortalEnvelope {
  /** Always `CapNhatTienDoHoSoMC`. */
  service: typeof PORTAL_SERVICES.updateProgress;
  /** The steps, in wire form. */
  data: ProgressStepWire[];
}

/** The login body (`{ username, password }`) and its answer. */
export interface PortalLoginResponse {
  /** Session token for later calls. */
  session?: string;
  /** 0 on success. */
  error_code: number | string;
  /** Error text, when any. */
  message?: string;
}

/** A response of the integration API. `result` is the service's payload (usually an array). */
export interface PortalResponse<R = unknown> {
  /** 0 / "0" / "00" on success, see {@link PORTAL_ERROR_CODES}. */
  error_code: number | string;
  /** Message, often Vietnamese. */
  message?: string;
  /** The service's result. */
  result?: R;
}

/** Validates the outer shape of a response; extra fields are kept. */
export const portalResponseSchema = z.looseObject({
  error_code: z.union([z.number(), z.string()]),
  message: z.optional(z.string()),
  result: z.optional(z.unknown()),
});

/**
 * The name of an `error_code`, tolerant of how it is written (`0`, `"0"`, `"00"`, `-3`).
 *
 * @example portalErrorName('00') // 'ok';  portalErrorName(-3) // 'alreadyExists';  portalErrorName(42) // 'unknown'
 */
export function portalErrorName(code: number | string): PortalErrorName | 'unknown' {
  const n = typeof code === 'number' ? code : /^-?\d+$/.test(code.trim()) ? Number(code) : Number.NaN;
  if (n === -3) return 'alreadyExists';
  for (const [name, value] of Object.entries(PORTAL_ERROR_CODES)) if (value === n) return name as PortalErrorName;
  return 'unknown';
}

/** Whether an `error_code` means success. */
export function isPortalSuccess(code: number | string): boolean {
  return portalErrorName(code) === 'ok';
}

/** Message-catalogue code of an `error_code`, e.g. `portal.error.already-exists`. */
export function portalErrorMessageCode(code: number | string): string {
  const name = portalErrorName(code);
  return `portal.error.${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
