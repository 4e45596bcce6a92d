import * as z from 'zod';

/**
 * The citizen fields the gateway reads from the provider's userinfo claims, and the claim
 * each one comes from. Defaults are the corpus's names (`sso-userinfo-dvcqg.response.json`,
 * `sso-userinfo-vneid.response.json`); a provincial SSO with other names overrides them.
 */
export const claimMappingSchema = z.object({
  /** Stable account id, sent to the portal as MaDoiTuong. @default 'TechID' */
  accountId: z.string().min(1).default('TechID'),
  /** Account type (1 citizen, 2 business, 3 organisation), sent as LoaiDoiTuong. @default 'LoaiTaiKhoan' */
  accountType: z.string().min(1).default('LoaiTaiKhoan'),
  /** Personal identification number, sent as DinhDanhCHS. @default 'SoDinhDanh' */
  citizenId: z.string().min(1).default('SoDinhDanh'),
  /** Older 9-digit ID card number, used when the personal number is missing. @default 'SoCMND' */
  formerCitizenId: z.string().min(1).default('SoCMND'),
  /** @default 'HoVaTen' */
  fullName: z.string().min(1).default('HoVaTen'),
  /** Year first (`yyyyMMdd` seen; other forms parsed leniently). @default 'NgayThangNamSinh' */
  birthDate: z.string().min(1).default('NgayThangNamSinh'),
  /** @default 'SoDienThoai' */
  phone: z.string().min(1).default('SoDienThoai'),
  /** @default 'ThuDienTu' */
  email: z.string().min(1).default('ThuDienTu'),
  /** Free-text permanent residence (shown, not used to fill the structured address). @default 'ThuongTru' */
  residence: z.string().min(1).default('ThuongTru'),
  /** Assurance level claim. @default 'loAs' */
  assurance: z.string().min(1).default('loAs'),
});

/**
 * Signing in with the provincial or national single sign-on (DVCQG / VNeID, OpenID
 * Connect). Absent: the gateway has no sign-in and every form stays anonymous.
 *
 * @example
 * ```json
 * { "sso": { "issuer": "https://xacthuc.dichvucong.gov.vn", "clientId": "…", "clientSecret": "…" } }
 * ```
 */
export const ssoConfigSchema = z.object({
  /** Issuer URL; its `/.well-known/openid-configuration` is read on first use. Env `SSO_ISSUER`. */
  issuer: z.url(),
  /** Client id the provider registered for this gateway. Env `SSO_CLIENT_ID`. */
  clientId: z.string().min(1),
  /** Client secret (sent in the token request body, as the corpus observes). Env `SSO_CLIENT_SECRET`. */
  clientSecret: z.string().min(1),
  /** Callback registered at the provider. Env `SSO_REDIRECT_URI`. @default `<publicUrl>/v1/auth/callback` */
  redirectUri: z.url().optional(),
  /** Where the provider returns after its sign-out. @default `<publicUrl>/v1/auth/logged-out` */
  postLogoutRedirectUri: z.url().optional(),
  /** Scopes asked for. Env `SSO_SCOPES`. @default 'openid' */
  scopes: z.string().min(1).default('openid'),
  /** Assurance level asked for; the corpus only shows `LoA1`. Env `SSO_ACR_VALUES`. @default 'LoA1' */
  acrValues: z.string().min(1).default('LoA1'),
  /** Which claim feeds which citizen field. @default the corpus's names */
  claimMapping: claimMappingSchema.prefault({}),
  /** Only signed-in citizens may submit dossiers. Env `SSO_REQUIRED=1`. @default false */
  required: z.boolean().default(false),
  /** A session unused this long ends, in ms. @default 1800000 (30 min) */
  sessionIdleMs: z
    .int()
    .min(1000)
    .default(30 * 60_000),
  /** A session ends this long after sign-in whatever the activity, in ms. @default 28800000 (8 h) */
  sessionAbsoluteMs: z
    .int()
    .min(1000)
    .default(8 * 3600_000),
  /** Name of the session cookie. @default 'dvc_session' */
  cookieName: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .default('dvc_session'),
  /** How long the provider may take per request, in ms. @default 10000 */
  timeoutMs: z.int().min(100).default(10_000),
});

/** SSO settings as written. */
export type SsoConfigInput = z.input<typeof ssoConfigSchema>;
/** SSO settings with defaults. */
export type SsoConfig = z.output<typeof ssoConfigSchema>;
/** Claim names with defaults. */
export type ClaimMapping = z.output<typeof claimMappingSchema>;

/** The `sso` section from `SSO_*` environment variables (`undefined` without `SSO_ISSUER`). */
export function ssoFromEnvironment(env: Record<string, string | undefined>): Record<string, unknown> | undefined {
  if (!env.SSO_ISSUER) return undefined;
  return {
    issuer: env.SSO_ISSUER,
    clientId: env.SSO_CLIENT_ID,
    clientSecret: env.SSO_CLIENT_SECRET,
    ...(env.SSO_REDIRECT_URI ? { redirectUri: env.SSO_REDIRECT_URI } : {}),
    ...(env.SSO_SCOPES ? { scopes: env.SSO_SCOPES } : {}),
    ...(env.SSO_ACR_VALUES ? { acrValues: env.SSO_ACR_VALUES } : {}),
    ...(env.SSO_REQUIRED ? { required: env.SSO_REQUIRED === '1' || env.SSO_REQUIRED === 'true' } : {}),
  };
}
