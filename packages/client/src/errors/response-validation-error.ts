import { clientMessage } from './messages';
import { PortalClientError } from './portal-client-error';
import type { PortalClientErrorDetails } from './portal-client-error';
import type { ValidationIssue } from './validation-issue';

/**
 * The server's answer did not match the schema (or was not JSON). Never retried.
 * `issues` lists where; the data itself is not kept, since it may hold personal data.
 *
 * @example
 * ```ts
 * catch (e) { if (e instanceof ResponseValidationError) log(e.issues.map((i) => i.path)) }
 * ```
 */
export class ResponseValidationError extends PortalClientError {
  /** What did not match. */
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], details: PortalClientErrorDetails = {}) {
    super('client.response-validation', clientMessage('client.response-validation'), details);
    this.name = 'ResponseValidationError';
    this.issues = issues;
  }
}
