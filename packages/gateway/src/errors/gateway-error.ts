import { DvcError } from '@dvc-kit/core';
import type { Localized, MessageBook, MessageParams } from '@dvc-kit/core';

/** One problem with one request field, in both languages. Same shape as core's `FieldError`. */
export interface FieldProblem {
  /** Where the problem is, e.g. `applicant.phone` or `file`. */
  path: string;
  /** Stable machine-readable code, e.g. `upload.type-mismatch`. */
  code: string;
  /** The message in Vietnamese and English. */
  messages: Localized;
}

/** Options for {@link GatewayError}. */
export interface GatewayErrorOptions {
  /** HTTP status the error maps to. @default 400 */
  status?: number;
  /** Per-field problems. @default [] */
  errors?: FieldProblem[];
  /** The error that caused this one (logged, never sent to the client). */
  cause?: unknown;
  /** Extra response headers of the problem answer, e.g. `{ 'retry-after': '60' }`. @default {} */
  headers?: Record<string, string>;
}

/**
 * An error the gateway answers with an `application/problem+json` response: a stable
 * `code`, the message in Vietnamese and English, the HTTP status and optional field errors.
 *
 * Texts come from the area's message book: build one with {@link gatewayError}.
 *
 * @example
 * ```ts
 * throw gatewayError(uploadMessages, 'upload.busy', { status: 503 });
 * ```
 */
export class GatewayError extends DvcError {
  /** HTTP status code. */
  readonly status: number;
  /** Per-field problems (may be empty). */
  readonly errors: FieldProblem[];
  /** Extra response headers (may be empty). */
  readonly headers: Record<string, string>;

  constructor(code: string, messages: Localized, options: GatewayErrorOptions = {}) {
    super(code, messages, { cause: options.cause });
    this.name = 'GatewayError';
    this.status = options.status ?? 400;
    this.errors = options.errors ?? [];
    this.headers = options.headers ?? {};
  }
}

/** Options of {@link gatewayError}: the error's options and the values of the message's `{name}` placeholders. */
export interface BookErrorOptions extends GatewayErrorOptions {
  /** Values of the message's placeholders. @default {} */
  params?: MessageParams;
}

/**
 * The {@link GatewayError} of a message book's code: the code is the error's code, the texts
 * are the book's, placeholders filled from `options.params`.
 *
 * @example
 * ```ts
 * throw gatewayError(catalogueMessages, 'procedure.not-found', { status: 404, params: { code } });
 * ```
 */
export function gatewayError<Code extends string>(
  book: MessageBook<Code>,
  code: Code,
  options: BookErrorOptions = {},
): GatewayError {
  const { params, ...rest } = options;
  return new GatewayError(code, book.localize(code, params), rest);
}
