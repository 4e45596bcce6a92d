import { DvcError, PORTAL_ERROR_CODES, WireFormatError, type Localized, type MessageParams } from '@dvc-kit/core';
import { type FieldTextCode, serviceMessages } from './messages';

/**
 * Why a call failed, mapped to core's `PORTAL_ERROR_CODES` (0 ok, -1 failed, 1 invalid
 * session, 2 invalid request, 3 already exists, 4 not found). The finer reason travels
 * in the body as `reason`.
 */
export const SANDBOX_ERROR_CODES = {
  ok: PORTAL_ERROR_CODES.ok,
  alreadyExists: PORTAL_ERROR_CODES.alreadyExists,
  invalidPayload: PORTAL_ERROR_CODES.invalidRequest,
  notFound: PORTAL_ERROR_CODES.notFound,
  invalidTransition: PORTAL_ERROR_CODES.invalidRequest,
  invalidCredentials: PORTAL_ERROR_CODES.invalidSession,
  sessionInvalid: PORTAL_ERROR_CODES.invalidSession,
  invalidAgency: PORTAL_ERROR_CODES.invalidRequest,
  unknownService: PORTAL_ERROR_CODES.invalidRequest,
  invalidSignature: PORTAL_ERROR_CODES.invalidRequest,
} as const;

/** The reason names of {@link SANDBOX_ERROR_CODES}. */
export type SandboxErrorReason = keyof typeof SANDBOX_ERROR_CODES;

/** One problem with a request field. */
export interface FieldIssue {
  /** Path of the field, e.g. `data[0].NgayTiepNhan`. */
  field: string;
  code: string;
  messages: Localized;
}

/** A portal-level failure answered with `error_code` and a Vietnamese message. */
export class PortalError extends DvcError {
  readonly errorCode: number;
  readonly reason: SandboxErrorReason;
  readonly issues: FieldIssue[];
  readonly result: unknown;

  constructor(code: SandboxErrorReason, messages: Localized, issues: FieldIssue[] = [], result?: unknown) {
    super(`sandbox.${code}`, messages);
    this.name = 'PortalError';
    this.errorCode = SANDBOX_ERROR_CODES[code];
    this.reason = code;
    this.issues = issues;
    this.result = result;
  }

  /** The response body in the portal's shape. */
  toBody(): Record<string, unknown> {
    return {
      error_code: this.errorCode,
      reason: this.reason,
      message: this.messages.vi,
      message_en: this.messages.en,
      ...(this.issues.length > 0
        ? {
            errors: this.issues.map((i) => ({
              field: i.field,
              code: i.code,
              message: i.messages.vi,
              message_en: i.messages.en,
            })),
          }
        : {}),
      ...(this.result === undefined ? {} : { result: this.result }),
    };
  }
}

/** A bad-payload error naming the wrong fields. */
export function invalidPayload(issues: FieldIssue[]): PortalError {
  const list = issues
    .slice(0, 5)
    .map((i) => i.field)
    .join(', ');
  return new PortalError(
    'invalidPayload',
    {
      vi: serviceMessages
        .localize('invalid-payload', { fields: list, detail: issues[0]?.messages.vi ?? '' }, 'vi')
        .trim(),
      en: serviceMessages
        .localize('invalid-payload', { fields: list, detail: issues[0]?.messages.en ?? '' }, 'en')
        .trim(),
    },
    issues,
  );
}

/** A field's own text (`detail`, per language) prefixed with the field's name: "Trường X: …" / "Field X: …". */
export function fieldMessages(field: string, detail: Localized): Localized {
  return {
    vi: serviceMessages.localize('field', { field, detail: detail.vi }, 'vi'),
    en: serviceMessages.localize('field', { field, detail: detail.en }, 'en'),
  };
}

/**
 * One problem with field `field`: `code` is the issue's wire code (`type`, `required`,
 * `wire.date`…), `text` the field's own text in {@link serviceMessages}, filled from `params`.
 *
 * @example fieldIssue('data[0].MaHoSo', 'wire.too-long', 'field.max-length', { max: 50 })
 */
export function fieldIssue(field: string, code: string, text: FieldTextCode, params?: MessageParams): FieldIssue {
  return { field, code, messages: fieldMessages(field, serviceMessages.localize(text, params)) };
}

/** A bad-payload error about a single missing or wrong field (arguments as {@link fieldIssue}). */
export function fieldError(field: string, code: string, text: FieldTextCode, params?: MessageParams): PortalError {
  return invalidPayload([fieldIssue(field, code, text, params)]);
}

/** Reads a required string field of a request body. */
export function requireString(body: Record<string, unknown>, field: string, prefix = ''): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '')
    throw fieldError(`${prefix}${field}`, value === undefined ? 'required' : 'type', 'field.non-empty-string');
  return value.trim();
}

/** Reads a required non-empty array field of a request body. */
export function requireArray(body: Record<string, unknown>, field: string, max = 1000): unknown[] {
  const value = body[field];
  if (!Array.isArray(value) || value.length === 0)
    throw fieldError(field, value === undefined ? 'required' : 'type', 'field.non-empty-array');
  if (value.length > max) throw fieldError(field, 'too-many', 'field.max-items', { max });
  return value;
}

/** Reads one item of a `data` array that must be an object. */
export function requireObject(raw: unknown, path: string): Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw fieldError(path, 'type', 'field.object');
  return raw as Record<string, unknown>;
}

/**
 * The field issues of core's `WireFormatError` (thrown by a core decoder), each named by its
 * path under `path` (e.g. `data[0]` → `data[0].NgayTongHop`), so the sandbox refuses exactly
 * what core's codecs refuse. Any other error is thrown again.
 */
export function wireIssues(error: unknown, path: string): FieldIssue[] {
  if (!(error instanceof WireFormatError)) throw error;
  return error.issues.map((i) => {
    const field = i.path ? `${path}.${i.path}` : path;
    return {
      field,
      code: i.code,
      messages: fieldMessages(field, i.messages),
    };
  });
}
