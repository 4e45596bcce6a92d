import { clientMessage } from './messages';
import { PortalClientError } from './portal-client-error';
import type { PortalClientErrorDetails } from './portal-client-error';
import type { ValidationIssue } from './validation-issue';

/**
 * The request was refused before it left: its data failed validation. Nothing was sent.
 *
 * @example
 * ```ts
 * catch (e) { if (e instanceof RequestValidationError) for (const i of e.issues) mark(i.path) }
 * ```
 */
export class RequestValidationError extends PortalClientError {
  /** What is wrong with the data. */
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], details: PortalClientErrorDetails = {}) {
    super('client.request-validation', clientMessage('client.request-validation'), { attempts: 0, ...details });
    this.name = 'RequestValidationError';
    this.issues = issues;
  }
}
