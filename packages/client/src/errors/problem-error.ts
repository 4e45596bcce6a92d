import type { Localized } from '@dvc-kit/core';
import { clientMessage } from './messages';
import { PortalClientError } from './portal-client-error';
import type { PortalClientErrorDetails } from './portal-client-error';
import type { ValidationIssue } from './validation-issue';

/** The parts of an RFC 9457 problem (`application/problem+json`) the gateway sends. */
export interface ProblemInfo {
  /** Stable dotted code, e.g. `dossier.not-found`. */
  code?: string;
  /** Short summary in the requested language. */
  title?: string;
  /** Explanation in the requested language. */
  detail?: string;
  /** The message in both languages, when the gateway sends them. */
  messages?: Localized;
  /** One entry per invalid field. */
  errors?: ValidationIssue[];
  /** The gateway's request id. */
  requestId?: string;
}

/**
 * The gateway refused the request with an RFC 9457 problem (`application/problem+json`).
 * `code` is the gateway's stable code; `errors` lists invalid fields (vi/en each).
 *
 * @example
 * ```ts
 * catch (e) {
 *   if (isProblemError(e, 'dossier.not-found')) showNotFound();
 *   else if (isProblemError(e)) for (const f of e.errors) mark(f.path, f.messages.vi);
 * }
 * ```
 */
export class ProblemError extends PortalClientError {
  /** Field errors — wire: `errors[]`. @default [] */
  readonly errors: ValidationIssue[];
  /** The problem as received (title, detail, …). */
  readonly problem: ProblemInfo;

  constructor(status: number, problem: ProblemInfo, details: PortalClientErrorDetails = {}) {
    const text = problem.detail ?? problem.title;
    const messages = problem.messages ?? (text ? { vi: text, en: text } : clientMessage('client.problem', { status }));
    super(problem.code ?? 'client.problem', messages, {
      ...details,
      status,
      requestId: problem.requestId ?? details.requestId,
    });
    this.name = 'ProblemError';
    this.errors = problem.errors ?? [];
    this.problem = problem;
  }
}
