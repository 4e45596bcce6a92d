import type { ClaimMapping } from './sso-config';

/** Account type — from LoaiTaiKhoan (1 citizen, 2 business, 3 organisation); other codes kept as given. */
export type AccountType = 'citizen' | 'business' | 'organisation' | 'unknown';

/**
 * A citizen as the provider vouched for them, normalised from the userinfo claims. Fields
 * whose claim is absent, empty or in a form the corpus does not show stay `undefined`
 * (the form leaves them editable); `claims` keeps everything the provider sent.
 */
export interface VerifiedIdentity {
  /** Account id — wire: TechID; sent as MaDoiTuong. */
  accountId: string;
  accountType: AccountType;
  /** The account type exactly as sent — wire: LoaiTaiKhoan. */
  accountTypeRaw: string;
  /** Personal identification number — wire: SoDinhDanh (else SoCMND). */
  citizenId?: string;
  /** Họ và tên — wire: HoVaTen. */
  fullName?: string;
  /** Ngày sinh as `yyyy-MM-dd` — wire: NgayThangNamSinh (`yyyyMMdd` observed). */
  birthDate?: string;
  /** Số điện thoại — wire: SoDienThoai. */
  phone?: string;
  /** Thư điện tử — wire: ThuDienTu. */
  email?: string;
  /** Nơi thường trú (free text) — wire: ThuongTru. */
  residence?: string;
  /** Assurance level as sent — wire: loAs. */
  assurance?: string;
  /** Every claim as received. */
  claims: Record<string, unknown>;
}

const text = (value: unknown): string | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

const ACCOUNT_TYPES: Record<string, AccountType> = { '1': 'citizen', '2': 'business', '3': 'organisation' };

function validDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900)
    return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Birth date to `yyyy-MM-dd`, leniently: `yyyyMMdd` (observed), `yyyy-MM-dd`,
 * `yyyy-MM-ddTHH:mm…`, `dd/MM/yyyy`. Anything else → `undefined` (the field stays editable).
 *
 * @example
 * ```ts
 * parseBirthDate('19850412'); // '1985-04-12'
 * parseBirthDate('1985');     // undefined
 * ```
 */
export function parseBirthDate(value: unknown): string | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw) ?? /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(raw);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

/** Identity numbers: 12 digits (số định danh) or 9 (old ID card); others are not used. */
const idNumber = (value: unknown) => {
  const raw = text(value)?.replace(/\s+/g, '');
  return raw !== undefined && /^(\d{9}|\d{12})$/.test(raw) ? raw : undefined;
};

/**
 * Normalise userinfo claims. Returns `undefined` when the account id (TechID) is missing:
 * like the one-stop systems in the corpus, the gateway does not sign such an account in.
 *
 * @example
 * ```ts
 * identityFromClaims({ TechID: 'f1c8…', LoaiTaiKhoan: 1, HoVaTen: "H'Nhi Niê", NgayThangNamSinh: '19850412' }, mapping)?.birthDate; // '1985-04-12'
 * ```
 */
export function identityFromClaims(
  claims: Record<string, unknown>,
  mapping: ClaimMapping,
): VerifiedIdentity | undefined {
  const accountId = text(claims[mapping.accountId]);
  if (accountId === undefined) return undefined;
  const accountTypeRaw = text(claims[mapping.accountType]) ?? '';
  const email = text(claims[mapping.email]);
  const phone = text(claims[mapping.phone])?.replace(/[\s.-]/g, '');
  const identity: VerifiedIdentity = {
    accountId,
    accountType: ACCOUNT_TYPES[accountTypeRaw] ?? 'unknown',
    accountTypeRaw,
    citizenId: idNumber(claims[mapping.citizenId]) ?? idNumber(claims[mapping.formerCitizenId]),
    fullName: text(claims[mapping.fullName])?.slice(0, 100),
    birthDate: parseBirthDate(claims[mapping.birthDate]),
    phone: phone !== undefined && /^\+?\d{8,15}$/.test(phone) ? phone : undefined,
    email: email !== undefined && /^[^\s@]+@[^\s@]+$/.test(email) ? email : undefined,
    residence: text(claims[mapping.residence]),
    assurance: text(claims[mapping.assurance]),
    claims,
  };
  for (const key of Object.keys(identity) as (keyof VerifiedIdentity)[])
    if (identity[key] === undefined) delete identity[key];
  return identity;
}

/** Applicant fields (ids of the form's applicant section) a verified identity fills and locks. */
export const PREFILL_FIELDS = ['fullName', 'citizenId', 'birthDate', 'phone', 'email'] as const;

/** One of {@link PREFILL_FIELDS}. */
export type PrefillField = (typeof PREFILL_FIELDS)[number];

/** The applicant values the identity vouches for, by applicant field id. */
export function prefillValues(identity: VerifiedIdentity): Partial<Record<PrefillField, string>> {
  const out: Partial<Record<PrefillField, string>> = {};
  for (const field of PREFILL_FIELDS) {
    const value = identity[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}
