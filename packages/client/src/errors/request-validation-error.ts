import type { Localized } from '@dvc-kit/core';
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

  /** `messages` replaces the general "not valid" text when one cause explains it all (e.g. `client.wire-not-model`). */
  constructor(
    issues: ValidationIssue[],
    details: PortalClientErrorDetails = {},
    messages: Localized = clientMessage('client.request-validation'),
  ) {
    super('client.request-validation', messages, { attempts: 0, ...details });
    this.name = 'RequestValidationError';
    this.issues = issues;
  }
}
