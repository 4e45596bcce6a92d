import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { GatewayError } from './errors/gateway-error';
import { hardeningFromEnvironment } from './hardening-env';
import { DEFAULT_UPLOAD_TYPES } from './uploads/sniff';
import { notificationsConfigSchema, notificationsFromEnvironment } from './notifications/notify-config';
import { ssoConfigSchema, ssoFromEnvironment } from './accounts/sso-config';
import { configMessages } from './config-messages';

const limitsSchema = z.object({
  /** Largest upload in bytes. @default 10485760 (10 MiB) */
  maxUploadBytes: z
    .int()
    .min(1)
    .max(1024 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /** Largest JSON request body in bytes. @default 262144 (256 KiB) */
  maxJsonBytes: z
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(256 * 1024),
  /** Accepted upload MIME types (sniffed from content). @default PDF, JPEG, PNG, WebP, HEIC/HEIF, TIFF, DOCX, XLSX */
  uploadTypes: z.array(z.string().min(1)).default([...DEFAULT_UPLOAD_TYPES]),
  /** Failed status look-ups allowed per client per window. @default 10 */
  lookupFailures: z.int().min(1).default(10),
  /** Look-up rate-limit window in ms; failures are counted over the last `lookupWindowMs` (sliding). @default 900000 (15 min) */
  lookupWindowMs: z
    .int()
    .min(1000)
    .default(15 * 60 * 1000),
  /** Dossier submissions allowed per client address per window (429 beyond). @default 30 */
  submissionsPerClient: z.int().min(1).default(30),
  /** Submission throttle window in ms. @default 600000 (10 min) */
  submissionWindowMs: z
    .int()
    .min(1000)
    .default(10 * 60 * 1000),
  /** Upload bytes allowed per client address per window (429 beyond). @default 209715200 (200 MiB) */
  uploadBytesPerClient: z
    .int()
    .min(1)
    .default(200 * 1024 * 1024),
  /** Upload quota window in ms. @default 3600000 (1 h) */
  uploadWindowMs: z
    .int()
    .min(1000)
    .default(60 * 60 * 1000),
  /** Uploads received at the same time by one instance (503 with Retry-After beyond). @default 8 */
  maxConcurrentUploads: z.int().min(1).max(1024).default(8),
  /** Unreferenced uploads are deleted after this many ms. @default 86400000 (24 h) */
  collectUploadsAfterMs: z
    .int()
    .min(60_000)
    .default(24 * 60 * 60 * 1000),
  /** How often an instance collects unreferenced uploads, in ms (0 = never). @default 3600000 (1 h) */
  collectUploadsEveryMs: z
    .int()
    .min(0)
    .default(60 * 60 * 1000),
});

/**
 * The dossier codes this gateway may issue: the sequence part (`NNNN` of
 * `{agency}-{yyMMdd}-{NNNN}`) runs from `first` to `last` each day. Give every receiver
 * of one agency (the counter's software, each separately stored gateway) its own range.
 */
const codeSpaceSchema = z
  .object({
    /** First sequence number of the range. @default 5001 */
    first: z.int().min(1).max(9999).default(5001),
    /** Last sequence number of the range. @default 9999 */
    last: z.int().min(1).max(9999).default(9999),
  })
  .refine((r) => r.first <= r.last, { message: 'codeSpace.first must not exceed codeSpace.last', path: ['last'] });

/** S3-compatible object storage for blobs (see `createS3BlobStore`). */
const s3Schema = z.object({
  kind: z.literal('s3'),
  /** Bucket (3–63 characters); it must exist. */
  bucket: z.string().min(3).max(63),
  /** Service URL, e.g. `https://s3.example.vn`. @default AWS for `region` */
  endpoint: z.url().optional(),
  /** @default 'us-east-1' */
  region: z.string().min(1).optional(),
  accessKeyId: z.string().min(1).optional(),
  secretAccessKey: z.string().min(1).optional(),
  /** @default true (path-style, what MinIO/Ceph need) */
  forcePathStyle: z.boolean().optional(),
  /** @default 'blobs/' */
  prefix: z.string().optional(),
});

const outboxSchema = z.object({
  /** Run the outbox worker in this process. Env `GATEWAY_OUTBOX=0` disables. @default true */
  enabled: z.boolean().default(true),
  /** Items delivered at the same time. @default 4 */
  concurrency: z.int().min(1).max(64).default(4),
  /** Pause between polls when the outbox is empty, in ms. @default 500 */
  pollMs: z.int().min(10).default(500),
  /** How long a claim holds before another worker may retry the item, in ms. @default 60000 */
  leaseMs: z.int().min(500).default(60_000),
  /** First retry delay, doubled per attempt, in ms. @default 1000 */
  retryBaseMs: z.int().min(1).default(1000),
  /** Longest retry delay, in ms. @default 300000 (5 min) */
  retryMaxMs: z.int().min(1).default(300_000),
});

const portalSchema = z.object({
  /** Portal (or sandbox) base URL, e.g. `http://127.0.0.1:8790`. */
  baseUrl: z.url(),
  /** Integration account user name. */
  username: z.string().min(1),
  /** Integration account password. */
  password: z.string().min(1),
  /** The agency (madonvi) this gateway submits for. */
  agencyCode: z.string().min(1),
  /** `dstcode` header on every portal call (a routing code issued per connecting system). Env `PORTAL_DSTCODE`. @default none */
  dstcode: z.optional(z.string().min(1)),
  /** `Charset` header on every portal call; `false` leaves it out. Env `PORTAL_CHARSET`. @default 'utf-8' */
  charset: z.optional(z.union([z.string().min(1), z.literal(false)])),
  /** Login path under `baseUrl` (`mapi/login` on DVCQG-hosted adapters). Env `PORTAL_LOGIN_PATH`. @default 'auth/login' */
  loginPath: z.optional(z.string().min(1)),
  /** Integration path under `baseUrl` (`mapi/g` on DVCQG-hosted adapters). Env `PORTAL_INTEGRATION_PATH`. @default 'integration' */
  integrationPath: z.optional(z.string().min(1)),
});

const paymentSchema = z.object({
  /** Partner secret shared with the payment platform (PayGov); verifies the CONFIRM's MaXacThuc. */
  secret: z.string().min(1),
  /** Mã đối tác; when set, a CONFIRM for another partner is refused. @default none (any) */
  partnerCode: z.string().min(1).optional(),
  /** Path of the inbound CONFIRM callback, to register with the platform. @default '/paygov/confirm' */
  callbackPath: z.string().startsWith('/').default('/paygov/confirm'),
});

const scoreboardSchema = z.object({
  /**
   * The portal's public report endpoint (POST, form field `params` = JSON with `service`), e.g.
   * `https://dichvucong.gov.vn/jsp/rest.jsp`. Unofficial and WAF-protected. @default none
   */
  url: z.url().optional(),
  /** Report service asked. @default 'report_tinh_766_service' */
  service: z.string().min(1).default('report_tinh_766_service'),
  /** Fields added to the `params` JSON (`p_nam`, `p_tinh_id`, `p_loaidonvi`, …). @default {} */
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  /** A report file written by `dvc scoreboard import`, read when no `url` is set or it fails. @default none */
  file: z.string().min(1).optional(),
  /** How long a fetched report is reused, in ms. @default 21600000 (6 hours) */
  ttlMs: z
    .int()
    .min(0)
    .default(6 * 3_600_000),
});

/**
 * Gateway configuration. Sources, later ones winning: defaults, the JSON file
 * (`GATEWAY_CONFIG`), environment variables, explicit overrides.
 */
export const gatewayConfigSchema = z.object({
  /** TCP port; 0 picks a free one. Env `GATEWAY_PORT`. @default 8787 */
  port: z.int().min(0).max(65535).default(8787),
  /** Interface to listen on; put a TLS reverse proxy in front. Env `GATEWAY_HOST`. @default '127.0.0.1' */
  host: z.string().min(1).default('127.0.0.1'),
  /** Where blobs and the SQLite file live. Env `GATEWAY_DATA_DIR`. @default '.data' */
  dataDir: z.string().min(1).default('.data'),
  /**
   * `postgres://…` for PostgreSQL, `sqlite:<file>` or `sqlite::memory:` for SQLite.
   * Env `GATEWAY_STORAGE_URL`. @default `sqlite:<dataDir>/gateway.db`
   */
  storageUrl: z.string().min(1).optional(),
  /** Origins allowed to call the API from a browser (`*` = any). Env `GATEWAY_ALLOWED_ORIGINS` (comma-separated). @default [] */
  allowedOrigins: z.array(z.string().min(1)).default([]),
  /** Portal connection; without it the gateway stores dossiers but does not sync. Env `PORTAL_*`. */
  portal: portalSchema.optional(),
  /** The payment platform's CONFIRM callback (PayGov). @default none (no callback route) */
  payment: paymentSchema.optional(),
  /** Where the digitization board's figures come from besides the portal's report service. @default none */
  scoreboard: scoreboardSchema.optional(),
  /** Request limits. */
  limits: limitsSchema.prefault({}),
  /** Outbox worker (delivery to the portal). */
  outbox: outboxSchema.prefault({}),
  /**
   * Public base URL of this gateway, used in the file download links sent to the portal
   * (TaiLieuNop.DuongDanTaiTepTin). Env `GATEWAY_PUBLIC_URL`. @default `http://<host>:<port>`
   */
  publicUrl: z.url().optional(),
  /**
   * Secret that signs file download links (HMAC-SHA256). Give every instance behind a load
   * balancer the same one. Env `GATEWAY_FILE_SECRET`. @default generated once into `<dataDir>/file-secret`
   */
  fileSecret: z.string().min(16).optional(),
  /**
   * Folder of form definitions, one `<procedureCode>.json` (core FormDefinition) per procedure;
   * they override the portal's (a real portal publishes none). Env `GATEWAY_FORMS_DIR`. @default none
   */
  formsDir: z.string().min(1).optional(),
  /** How long catalogue data (agencies, procedures) is reused before a refresh, in ms. @default 600000 (10 min) */
  catalogueTtlMs: z
    .int()
    .min(0)
    .default(10 * 60_000),
  /** How long a portal status answer is reused for look-ups, in ms. Env `GATEWAY_STATUS_CACHE_MS`. @default 30000 */
  statusCacheMs: z.int().min(0).default(30_000),
  /** Webhooks, e-mail and the status watch (see `notifications/notify-config.ts`). */
  notifications: notificationsConfigSchema.prefault({}),
  /** Log only warnings and errors. Env `GATEWAY_QUIET=1`. @default false */
  quiet: z.boolean().default(false),
  /** Citizen sign-in through the provincial or national SSO (OpenID Connect). Env `SSO_*`. @default none (anonymous forms only) */
  sso: ssoConfigSchema.optional(),
  /** This gateway's dossier code range. Env `GATEWAY_CODE_FIRST`, `GATEWAY_CODE_LAST`. @default 5001–9999 */
  codeSpace: codeSpaceSchema.prefault({}),
  /**
   * Where uploaded files live: `{ kind: 'directory' }` (`<dataDir>/blobs`, one instance) or
   * `{ kind: 's3', bucket, endpoint, … }`, shared by several instances. Env `GATEWAY_S3_*`.
   * @default { kind: 'directory' }
   */
  blobs: z.union([z.object({ kind: z.literal('directory') }), s3Schema]).default({ kind: 'directory' }),
  /**
   * Key of the HMAC that turns client addresses into rate-limit keys. Give every instance the
   * same one. Env `GATEWAY_CLIENT_KEY_SECRET`. @default derived from the file secret
   */
  clientKeySecret: z.string().min(16).optional(),
});

/** Configuration as written by a user (everything optional). */
export type GatewayConfigInput = z.input<typeof gatewayConfigSchema>;
/** Configuration with every default filled in. */
export type GatewayConfig = z.output<typeof gatewayConfigSchema> & { storageUrl: string };

/** The configuration was invalid (`config.invalid`); `errors[]` names each bad setting. */
export class ConfigError extends GatewayError {
  constructor(errors: GatewayError['errors'], options: { cause?: unknown } = {}) {
    super('config.invalid', configMessages.localize('config.invalid'), { status: 500, errors, cause: options.cause });
    this.name = 'ConfigError';
  }
}

/** Validate and fill defaults. Throws {@link ConfigError} listing every bad setting. */
export function resolveConfig(input: GatewayConfigInput = {}): GatewayConfig {
  const parsed = gatewayConfigSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        code: `config.${issue.code}`,
        messages: configMessages.localize('config.issue', { detail: issue.message }),
      })),
    );
  }
  return { ...parsed.data, storageUrl: parsed.data.storageUrl ?? `sqlite:${join(parsed.data.dataDir, 'gateway.db')}` };
}

function fromEnvironment(env: Record<string, string | undefined>): GatewayConfigInput {
  const out: Record<string, unknown> = {};
  const number = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);
  if (env.GATEWAY_PORT) out.port = number(env.GATEWAY_PORT);
  if (env.GATEWAY_HOST) out.host = env.GATEWAY_HOST;
  if (env.GATEWAY_DATA_DIR) out.dataDir = env.GATEWAY_DATA_DIR;
  if (env.GATEWAY_STORAGE_URL) out.storageUrl = env.GATEWAY_STORAGE_URL;
  if (env.GATEWAY_ALLOWED_ORIGINS)
    out.allowedOrigins = env.GATEWAY_ALLOWED_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (env.GATEWAY_QUIET) out.quiet = env.GATEWAY_QUIET === '1' || env.GATEWAY_QUIET === 'true';
  if (env.GATEWAY_PUBLIC_URL) out.publicUrl = env.GATEWAY_PUBLIC_URL;
  if (env.GATEWAY_FILE_SECRET) out.fileSecret = env.GATEWAY_FILE_SECRET;
  if (env.GATEWAY_FORMS_DIR) out.formsDir = env.GATEWAY_FORMS_DIR;
  if (env.GATEWAY_OUTBOX === '0' || env.GATEWAY_OUTBOX === 'false') out.outbox = { enabled: false };
  if (env.GATEWAY_STATUS_CACHE_MS) out.statusCacheMs = number(env.GATEWAY_STATUS_CACHE_MS);
  if (env.GATEWAY_MAX_UPLOAD_BYTES) out.limits = { maxUploadBytes: number(env.GATEWAY_MAX_UPLOAD_BYTES) };
  const notifications = notificationsFromEnvironment(env);
  if (notifications) out.notifications = notifications;
  if (env.GATEWAY_PAYGOV_SECRET) {
    out.payment = {
      secret: env.GATEWAY_PAYGOV_SECRET,
      ...(env.GATEWAY_PAYGOV_PARTNER_CODE ? { partnerCode: env.GATEWAY_PAYGOV_PARTNER_CODE } : {}),
      ...(env.GATEWAY_PAYGOV_CALLBACK_PATH ? { callbackPath: env.GATEWAY_PAYGOV_CALLBACK_PATH } : {}),
    };
  }
  if (env.GATEWAY_SCOREBOARD_URL || env.GATEWAY_SCOREBOARD_FILE) {
    out.scoreboard = {
      ...(env.GATEWAY_SCOREBOARD_URL ? { url: env.GATEWAY_SCOREBOARD_URL } : {}),
      ...(env.GATEWAY_SCOREBOARD_FILE ? { file: env.GATEWAY_SCOREBOARD_FILE } : {}),
      ...(env.GATEWAY_SCOREBOARD_PROVINCE ? { params: { p_tinh_id: env.GATEWAY_SCOREBOARD_PROVINCE } } : {}),
    };
  }
  const sso = ssoFromEnvironment(env);
  if (sso) out.sso = sso;
  Object.assign(out, hardeningFromEnvironment(env));
  if (env.PORTAL_BASE_URL) {
    out.portal = {
      baseUrl: env.PORTAL_BASE_URL,
      username: env.PORTAL_USERNAME,
      password: env.PORTAL_PASSWORD,
      agencyCode: env.PORTAL_AGENCY_CODE,
      ...(env.PORTAL_DSTCODE ? { dstcode: env.PORTAL_DSTCODE } : {}),
      ...(env.PORTAL_CHARSET ? { charset: env.PORTAL_CHARSET === 'none' ? false : env.PORTAL_CHARSET } : {}),
      ...(env.PORTAL_LOGIN_PATH ? { loginPath: env.PORTAL_LOGIN_PATH } : {}),
      ...(env.PORTAL_INTEGRATION_PATH ? { integrationPath: env.PORTAL_INTEGRATION_PATH } : {}),
    };
  }
  return out as GatewayConfigInput;
}

/** Options for {@link loadConfig}. */
export interface LoadConfigOptions {
  /** JSON file to read. @default env `GATEWAY_CONFIG`, else none */
  file?: string;
  /** Environment. @default process.env */
  env?: Record<string, string | undefined>;
  /** Applied last. @default {} */
  overrides?: GatewayConfigInput;
}

/**
 * Read the configuration from a JSON file, the environment and overrides, validated.
 *
 * @example
 * ```ts
 * const config = loadConfig(); // GATEWAY_CONFIG=/etc/dvc/gateway.json GATEWAY_PORT=8080 …
 * ```
 */
export function loadConfig(options: LoadConfigOptions = {}): GatewayConfig {
  const env = options.env ?? process.env;
  const file = options.file ?? env.GATEWAY_CONFIG;
  let fromFile: GatewayConfigInput = {};
  if (file !== undefined && file !== '') {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8')) as GatewayConfigInput;
    } catch (cause) {
      const messages = configMessages.localize('config.file', { file });
      throw new ConfigError([{ path: 'GATEWAY_CONFIG', code: 'config.file', messages }], { cause });
    }
  }
  const fromEnv = fromEnvironment(env);
  const overrides = options.overrides ?? {};
  return resolveConfig({
    ...fromFile,
    ...fromEnv,
    ...overrides,
    limits: { ...fromFile.limits, ...fromEnv.limits, ...overrides.limits },
    outbox: { ...fromFile.outbox, ...fromEnv.outbox, ...overrides.outbox },
  });
}
