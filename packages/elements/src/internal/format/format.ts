/** The Intl locale for a widget language: Vietnamese formatting unless the page is English. */
export function intlLocale(language: string): string {
  return language.toLowerCase().startsWith('en') ? 'en-GB' : 'vi-VN';
}

/**
 * A public-API date (ISO 8601 date-time, or `yyyy-MM-dd`) as the citizen reads it, in
 * Vietnam time: `01/07/2025` or, with `time`, `09:12 01/07/2025`.
 */
export function formatDate(iso: string, language: string, time = false): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00+07:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(time ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
  }).format(date);
}

/** A number in the widget language's format, e.g. `85,2` in Vietnamese. */
export function formatNumber(value: number, language: string, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1, ...options }).format(value);
}
