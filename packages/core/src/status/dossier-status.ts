import type { Localized } from '../messages/define-messages';
import type { Unknown } from '../wire/primitives';

/** A status the portal defines (`TrangThaiHoSo` 1–10). */
export type KnownDossierStatus =
  | 'registered'
  | 'accepted'
  | 'rejected'
  | 'processing'
  | 'supplement-requested'
  | 'financial-obligation'
  | 'withdrawn'
  | 'stopped'
  | 'processed'
  | 'returned';

/**
 * Trạng thái hồ sơ — wire: TrangThaiHoSo. A code this version does not know stays
 * `unknown:<code>` so a newer portal never breaks a whole response.
 */
export type DossierStatus = KnownDossierStatus | Unknown;

/**
 * How a status counts in progress statistics (the Decision 766 "tiến độ" groups).
 * - `in-progress` {1, 2, 4}: the dossier is with the agency. 766 counts only {2, 4};
 *   1 (Mới đăng ký, submitted but not yet accepted) is here too because the agency
 *   owes the next action and the applicant is waiting — it is neither paused nor over.
 * - `paused` {5, 6, 8}: waiting on the applicant (supplement, fees) or stopped.
 * - `finished` {3, 7, 9, 10}: 766 lists {7, 9, 10}; 3 (Không được tiếp nhận) is added
 *   because a refused dossier is terminal — nothing more happens to it.
 * - `unknown`: a status code this version does not know.
 */
export type StatusGroup = 'in-progress' | 'paused' | 'finished' | 'unknown';

/** One portal status as data. */
export interface DossierStatusInfo {
  /** Wire code — wire: TrangThaiHoSo, `"1"`…`"10"`. */
  code: string;
  /** English name used in the model. */
  name: KnownDossierStatus;
  /** Labels: Vietnamese as the portal writes it, and English. */
  label: Localized;
  /** Statistics group. */
  group: Exclude<StatusGroup, 'unknown'>;
}

/**
 * The ten portal statuses, in code order.
 *
 * @example DOSSIER_STATUSES.find((s) => s.code === '4')?.label.vi // 'Đang xử lý'
 */
export const DOSSIER_STATUSES = [
  { code: '1', name: 'registered', group: 'in-progress', label: { vi: 'Mới đăng ký', en: 'Registered' } },
  { code: '2', name: 'accepted', group: 'in-progress', label: { vi: 'Được tiếp nhận', en: 'Accepted' } },
  { code: '3', name: 'rejected', group: 'finished', label: { vi: 'Không được tiếp nhận', en: 'Not accepted' } },
  { code: '4', name: 'processing', group: 'in-progress', label: { vi: 'Đang xử lý', en: 'Processing' } },
  {
    code: '5',
    name: 'supplement-requested',
    group: 'paused',
    label: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Additional documents requested' },
  },
  {
    code: '6',
    name: 'financial-obligation',
    group: 'paused',
    label: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Payment of fees or taxes requested' },
  },
  {
    code: '7',
    name: 'withdrawn',
    group: 'finished',
    label: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the applicant' },
  },
  { code: '8', name: 'stopped', group: 'paused', label: { vi: 'Dừng xử lý', en: 'Processing stopped' } },
  { code: '9', name: 'processed', group: 'finished', label: { vi: 'Đã xử lý xong', en: 'Processed' } },
  { code: '10', name: 'returned', group: 'finished', label: { vi: 'Đã trả kết quả', en: 'Result returned' } },
] as const satisfies readonly DossierStatusInfo[];

const byCode = new Map<string, DossierStatusInfo>(DOSSIER_STATUSES.map((s) => [s.code, s]));
const byName = new Map<string, DossierStatusInfo>(DOSSIER_STATUSES.map((s) => [s.name, s]));

/**
 * The status for a wire code; an unknown code becomes `unknown:<code>`.
 *
 * @example statusFromCode('4') // 'processing';  statusFromCode('11') // 'unknown:11'
 */
export function statusFromCode(code: string): DossierStatus {
  return byCode.get(code)?.name ?? `unknown:${code}`;
}

/**
 * The wire code of a status (the inverse of {@link statusFromCode}).
 *
 * @example statusCode('processing') // '4';  statusCode('unknown:11') // '11'
 */
export function statusCode(status: DossierStatus): string {
  return byName.get(status)?.code ?? status.slice('unknown:'.length);
}

/** The data of a known status, or `undefined` for an unknown one. */
export function statusInfo(status: DossierStatus): DossierStatusInfo | undefined {
  return byName.get(status);
}

/**
 * The statistics group of a status (see {@link StatusGroup} for why 1 and 3 sit where they do).
 *
 * @example statusGroup('supplement-requested') // 'paused'
 */
export function statusGroup(status: DossierStatus): StatusGroup {
  return byName.get(status)?.group ?? 'unknown';
}
