import { DOSSIER_STATUSES } from '../status/dossier-status';
import { enumWithUnknown } from './primitives';

type StatusByCode = { readonly [S in (typeof DOSSIER_STATUSES)[number] as S['code']]: S['name'] };

/**
 * Trạng thái hồ sơ — wire: TrangThaiHoSo `"1"`…`"10"` ↔ `DossierStatus`; unknown codes
 * stay `unknown:<code>`. Shared by the dossier and progress-step records.
 */
export const dossierStatusCodec = enumWithUnknown(
  Object.fromEntries(DOSSIER_STATUSES.map((s) => [s.code, s.name])) as StatusByCode,
);
