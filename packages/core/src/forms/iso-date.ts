const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a real calendar date written `yyyy-MM-dd` (the form answers' and the
 * public API's date format): `2024-02-29` yes, `2023-02-29`, `2024-13-01` and `27/03/1985` no.
 * Years before 1000 are refused: no form asks about them, and a 3-digit year typed with a
 * leading zero is a slip (`Date` would also read years 0–99 as 1900–1999).
 *
 * The one calendar check: form validation and `<dvc-date-input>` both use it.
 *
 * @example
 * ```ts
 * isIsoDate('1985-03-27'); // true
 * isIsoDate('2025-02-29'); // false
 * ```
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1000 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
