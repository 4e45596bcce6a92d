/**
 * The provincial LGSP (Local Government Service Platform) transport: provinces behind a
 * provincial gateway post dossier pushes as a BARE ARRAY of records to their own URLs —
 * no `session`, `madonvi` or `service`; the LGSP adds them (observed in the Thanh Hóa and
 * Hà Giang systems, `envelope.request.json` variant `provincial-lgsp-bare-array`).
 */
export interface LgspOptions {
  /** URL for new dossiers (`DongBoHoSoMC`, `isUpdating "False"`; TH's `URLThemMoi`). */
  insertUrl: string;
  /** URL for dossier updates (`isUpdating "True"`; TH's `URLCapNhat`). */
  updateUrl: string;
  /** URL for progress steps (`CapNhatTienDoHoSoMC`; TH's `URLDongBoTienTrinh`). */
  progressUrl: string;
  /** Headers the LGSP needs (e.g. its own `Authorization`). @default {} */
  headers?: Record<string, string>;
}

/** Where an LGSP push goes and what it carries; `undefined` for services that keep the portal envelope. */
export function lgspRoute(
  lgsp: LgspOptions,
  service: string,
  payload: Record<string, unknown>,
): { url: string; body: unknown } | undefined {
  if (service === 'DongBoHoSoMC')
    return { url: payload.isUpdating === 'True' ? lgsp.updateUrl : lgsp.insertUrl, body: payload.data };
  if (service === 'CapNhatTienDoHoSoMC') return { url: lgsp.progressUrl, body: payload.data };
  return undefined;
}
