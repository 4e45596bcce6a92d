import { redact, redactText } from '../http/redact';
import { clientMessage } from './messages';
import { PortalClientError } from './portal-client-error';
import type { PortalClientErrorDetails } from './portal-client-error';

/**
 * The portal answered, but with `error_code` ≠ 0 (wire: `error_code`, `message`).
 * `portalCode` is the portal's code; `portalMessage` its Vietnamese text with
 * citizen identifiers (CCCD numbers, phones, e-mails) masked.
 *
 * @example
 * ```ts
 * catch (e) { if (e instanceof PortalError && e.portalCode === '3') alreadyExists() }
 * ```
 */
export class PortalError extends PortalClientError {
  /** The portal's error code — wire: `error_code`. */
  readonly portalCode: string;
  /** The portal's own (Vietnamese) message, masked — wire: `message`. */
  readonly portalMessage: string;

  /** The portal's `result` sent along with the error, e.g. `[{ MaHoSo, error_code: 3 }]` for the dossiers that already exist. */
  readonly result?: unknown;

  constructor(portalCode: string | number, portalMessage: string, details: PortalClientErrorDetails & { result?: unknown } = {}) {
    const masked = redactText(portalMessage);
    super('client.portal', clientMessage('client.portal', { portalCode, portalMessage: masked }), details);
    this.name = 'PortalError';
    this.portalCode = String(portalCode);
    this.portalMessage = masked;
    if (details.result !== undefined) this.result = redact(details.result);
  }
}
