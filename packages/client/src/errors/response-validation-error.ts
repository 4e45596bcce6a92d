import { redact } from '../http/redact';
import { clientMessage } from './messages';
import { PortalClientError } from './portal-client-error';
import type { PortalClientErrorDetails } from './portal-client-error';
import type { ValidationIssue } from './validation-issue';

/**
 * The server's answer did not match the schema (or was not JSON). Never retried.
 * `issues` lists where. `raw` keeps the answer that did not decode, with personal data
 * masked, when a caller passed it (answers whose shape the corpus calls unknown).
 *
 * @example
 * ```ts
 * catch (e) { if (e instanceof ResponseValidationError) log(e.issues.map((i) => i.path)) }
 * ```
 */
export class ResponseValidationError extends PortalClientError {
  /** What did not match. */
  readonly issues: ValidationIssue[];
  /** The answer (or record) that did not decode, masked; absent when not kept. */
  readonly raw?: unknown;

  constructor(issues: ValidationIssue[], details: PortalClientErrorDetails & { raw?: unknown } = {}) {
    super('client.response-validation', clientMessage('client.response-validation'), details);
    this.name = 'ResponseValidationError';
    this.issues = issues;
    if (details.raw !== undefined) this.raw = redact(details.raw);
  }
}
