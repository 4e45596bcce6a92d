import { PORTAL_SERVICES, formatWireDate, statusCode, statusInfo, submittedDocumentCodec } from '@dvc-kit/core';
import type { DossierStatus, SubmittedDocument } from '@dvc-kit/core';
import { encodeOrThrow } from './encode';
import type { PortalTransport } from './portal-transport';
import { resendUntilDone } from './reliable-write';
import type { ReliableWriteOptions } from './reliable-write';

/**
 * A status change of a dossier filed ON the portal, reported with `DongBoTrangThaiHoSo`
 * (`type "2"`; `data` is ONE object per call, as OpenCPS and the Thanh Hóa system send it).
 */
export interface StatusUpdate {
  /** Mã hồ sơ on the portal (OpenCPS's referenceUid; format unknown) — wire: MaHoSo */
  code: string;
  /** Mã hồ sơ đơn vị — the local dossier code — wire: MaHoSoDonVi. @default code */
  localCode?: string;
  /** Mã đối tượng — wire: MaDoiTuong. @default '' */
  applicantTechId?: string;
  /**
   * Trạng thái — wire: TrangThai. The accepted set is unknown (OpenCPS folds everything into
   * "2" accepted / "5" refused; the Thanh Hóa system sends its own codes), so the status is
   * sent as its code unchanged; pass a raw string to send another code.
   */
  status: DossierStatus | (string & {});
  /** Ngày xử lý — wire: NgayXuLy. @default now */
  at?: Date;
  /** Nội dung — wire: NoiDung. @default '' */
  note?: string;
  /** Tài liệu xử lý (same record as `TaiLieuNop`) — wire: TaiLieuXuLy. @default [] */
  files?: SubmittedDocument[];
}

/** A status name's code (`'processing'` → `"4"`), `unknown:<raw>`'s raw, or a raw code as given. */
const wireStatus = (status: string) =>
  statusInfo(status as DossierStatus) !== undefined || status.startsWith('unknown:')
    ? statusCode(status as DossierStatus)
    : status;

/** The wire body's `data` object of one update. */
export function statusUpdateWire(update: StatusUpdate): Record<string, unknown> {
  const service = PORTAL_SERVICES.syncStatus;
  return {
    MaHoSo: update.code,
    MaHoSoDonVi: update.localCode ?? update.code,
    MaDoiTuong: update.applicantTechId ?? '',
    NoiDung: update.note ?? '',
    NgayXuLy: formatWireDate(update.at ?? new Date()),
    TrangThai: wireStatus(update.status),
    TaiLieuXuLy: (update.files ?? []).map((f) => encodeOrThrow(submittedDocumentCodec, f, service)),
  };
}

/**
 * Sends each update as its own `DongBoTrangThaiHoSo` call (`type "2"`, `data` one object).
 * Setting a status twice is harmless, so an unclear outcome is simply resent.
 *
 * @example
 * ```ts
 * await syncStatus(transport, [{ code: 'G22.99-251201-0456', localCode: '000.50.20.H66-251201-0012', status: 'accepted' }]);
 * ```
 */
export async function syncStatus(
  transport: PortalTransport,
  updates: readonly StatusUpdate[],
  options: ReliableWriteOptions = {},
): Promise<void> {
  const bodies = updates.map(statusUpdateWire);
  for (const data of bodies) {
    await resendUntilDone(
      () => transport.call(PORTAL_SERVICES.syncStatus, { type: '2', data }, { write: true, ...options }),
      options,
    );
  }
}
