import { formatMessage } from '@dvc-kit/core';
import type { Localized } from '@dvc-kit/core';
import { redact } from '../http/redact';
import { clientMessages } from './messages';
import { PortalClientError } from './portal-client-error';
import type { PortalClientErrorDetails } from './portal-client-error';

/**
 * The payment platform (PayGov) did not succeed: `error_code` ≠ 0 in the LGSP wrapping,
 * `MaLoi` ≠ `00` in the platform's own answer, a `message` that is not JSON, a non-2xx
 * status or another shape. No code other than `0`/`00` is given a meaning: `platformCode`
 * is passed on as received and `body` keeps the whole answer.
 *
 * @example
 * ```ts
 * catch (e) { if (e instanceof PaymentPlatformError) show(e.platformCode, e.platformMessage) }
 * ```
 */
export class PaymentPlatformError extends PortalClientError {
  /** The platform's code as received — wire: `MaLoi` or `error_code`; `''` when the answer had none. */
  readonly platformCode: string;
  /** The platform's text as received — wire: `MoTaLoi` or `message`; `''` when none. */
  readonly platformMessage: string;
  /** The whole answer as received (masked). */
  readonly body: unknown;

  constructor(
    reason: Localized,
    answer: { platformCode?: string; platformMessage?: string; body: unknown },
    details: PortalClientErrorDetails = {},
  ) {
    const platformCode = answer.platformCode ?? '';
    super(
      'client.payment-platform',
      {
        vi: formatMessage(clientMessages.vi['client.payment-platform'], {
          platformCode: platformCode || '—',
          reason: reason.vi,
        }),
        en: formatMessage(clientMessages.en['client.payment-platform'], {
          platformCode: platformCode || '—',
          reason: reason.en,
        }),
      },
      details,
    );
    this.name = 'PaymentPlatformError';
    this.platformCode = platformCode;
    this.platformMessage = answer.platformMessage ?? '';
    this.body = redact(answer.body);
  }
}
