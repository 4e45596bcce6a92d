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
 * catch (e) { if (e instanceof PortalError) log(e.portalCode, e.portalMessage, e.raw) }
 * ```
 */
export class PortalError extends PortalClientError {
  /** The portal's error code — wire: `error_code`. */
  readonly portalCode: string;
  /** The portal's own (Vietnamese) message, masked — wire: `message`. */
  readonly portalMessage: string;

  /** The portal's `result` sent along with the error (the extended sandbox lists `[{ MaHoSo, error_code }]`). */
  readonly result?: unknown;
  /**
   * What the answer means (see `classifyAnswer`): `exists` when the message says "đã tồn tại"
   * (whatever the code), else `failure`. @default 'failure'
   */
  readonly outcome: 'exists' | 'failure';
  /** The answer exactly as received (masked), for diagnosis: an unobserved code is kept, never interpreted. */
  readonly raw?: unknown;

  constructor(
    portalCode: string | number,
    portalMessage: string,
    details: PortalClientErrorDetails & { result?: unknown; outcome?: 'exists' | 'failure'; raw?: unknown } = {},
  ) {
    const masked = redactText(portalMessage);
    super('client.portal', clientMessage('client.portal', { portalCode, portalMessage: masked }), details);
    this.name = 'PortalError';
    this.portalCode = String(portalCode);
    this.portalMessage = masked;
    if (details.result !== undefined) this.result = redact(details.result);
    this.outcome = details.outcome ?? 'failure';
    if (details.raw !== undefined) this.raw = redact(details.raw);
  }
}

/**
 * Whether `error` is the portal saying a dossier already exists ("đã tồn tại").
 *
 * @example
 * ```ts
 * catch (e) { if (isAlreadyExists(e)) await sendAsUpdate() }
 * ```
 */
export function isAlreadyExists(error: unknown): error is PortalError {
  return error instanceof PortalError && error.outcome === 'exists';
}
