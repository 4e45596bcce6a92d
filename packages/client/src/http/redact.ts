/** What replaces a secret or a piece of personal data. */
export const REDACTED = '[redacted]';

/**
 * Field names (lower-case, letters and digits only) whose values are secrets or a
 * citizen's personal data, on the wire (Vietnamese) and in the model (English).
 * Matched as substrings, so `SoDienThoai`, `applicantPhone` and `phoneNumber` all hit.
 */
const SENSITIVE_KEY_PARTS = [
  // secrets
  'password',
  'passwd',
  'matkhau',
  'secret',
  'token',
  'session',
  'authorization',
  'cookie',
  'apikey',
  'maxacthuc',
  'signature',
  'credential',
  // personal data (wire names)
  'chuhoso',
  'hoten',
  'hovaten',
  'dienthoai',
  'email',
  'thudientu',
  'fax',
  'cmnd',
  'cccd',
  'dinhdanh',
  'diachi',
  'ngaysinh',
  'ngaythangnamsinh',
  'quequan',
  'thuongtru',
  'noiohiennay',
  'nguoinop',
  'nguoiyeucau',
  'techid',
  'madoituong',
  // personal data (model names)
  'applicant',
  'citizen',
  'fullname',
  'personname',
  'phone',
  'idnumber',
  'address',
  'birth',
  'payer',
  'owner',
  'verify',
];

/** Whether the value stored under `key` must never be shown. */
export function isSensitiveKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  return SENSITIVE_KEY_PARTS.some((part) => k.includes(part));
}

// 9-digit CMND and 12-digit CCCD numbers, Vietnamese phone numbers (0xxxxxxxxx, +84…, 84…), e-mails.
const PATTERNS: RegExp[] = [
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g,
  /(?<![\w.])(\+?84|0)(\d[ .-]?){8,9}\d?(?![\w.])/g,
  /(?<![\w.])\d{12}(?![\w.])/g,
  /(?<![\w.])\d{9}(?![\w.])/g,
];

/**
 * Masks citizen identifiers that can be recognised in free text: CCCD/CMND numbers,
 * phone numbers and e-mail addresses. Names cannot be recognised in free text, which
 * is why the client never logs bodies and {@link redact} masks them by field name.
 *
 * @example
 * ```ts
 * redactText('Hồ sơ của CCCD 001204012345, ĐT 0912 345 678') // 'Hồ sơ của CCCD [redacted], ĐT [redacted]'
 * ```
 */
export function redactText(text: string): string {
  return PATTERNS.reduce((out, pattern) => out.replace(pattern, REDACTED), text);
}

/**
 * A copy of `value` safe to log: values under sensitive field names (passwords,
 * sessions, tokens, names, ID numbers, phones, e-mails, addresses — wire and model
 * names) become `'[redacted]'`, and every other string goes through {@link redactText}.
 * Handles nested objects, arrays and cycles; never mutates its input.
 *
 * @example
 * ```ts
 * redact({ session: 'abc', data: [{ MaHoSo: 'H56.1', ChuHoSo: 'Nguyễn Văn A' }] })
 * // { session: '[redacted]', data: [{ MaHoSo: 'H56.1', ChuHoSo: '[redacted]' }] }
 * ```
 */
export function redact(value: unknown): unknown {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactText(v);
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return '[circular]';
    seen.add(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v instanceof Date) return v;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(v)) {
      out[key] = isSensitiveKey(key) && inner !== undefined && inner !== null ? REDACTED : walk(inner);
    }
    return out;
  };
  return walk(value);
}

/**
 * `url` with sensitive query parameters (e.g. `verify`, `token`) masked and
 * identifiers in the path masked by {@link redactText}. Relative URLs stay relative.
 *
 * @example
 * ```ts
 * redactUrl('https://gw.example/v1/dossiers/H56-1?verify=5678') // '…/v1/dossiers/H56-1?verify=[redacted]'
 * ```
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return redactText(url);
  const params = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      return eq < 0 || !isSensitiveKey(decodeURIComponent(key)) ? redactText(pair) : `${key}=${REDACTED}`;
    });
  return `${redactText(url.slice(0, q))}?${params.join('&')}`;
}
