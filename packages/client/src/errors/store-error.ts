import { formatMessage } from '@dvc-kit/core';
import type { Localized } from '@dvc-kit/core';
import { redact } from '../http/redact';
import { clientMessages } from './messages';
import { PortalClientError } from './portal-client-error';
import type { PortalClientErrorDetails } from './portal-client-error';

/**
 * The result store (Kho quản lý dữ liệu điện tử) answered something the client cannot use:
 * a non-2xx status, a body that is not the observed shape (`{errorCode,message,signature,result}`
 * for GetKetQuaGiayTo, a bare base64 JSON string for GetGiayToByUrl), or an empty file.
 * `body` keeps the answer (citizen identifiers masked) so nothing is lost.
 *
 * @example
 * ```ts
 * catch (e) { if (e instanceof StoreError) log(e.status, e.body) }
 * ```
 */
export class StoreError extends PortalClientError {
  /** The store's answer as received (masked); `undefined` when the body was empty. */
  readonly body: unknown;

  constructor(reason: Localized, body: unknown, details: PortalClientErrorDetails = {}) {
    super(
      'client.store',
      {
        vi: formatMessage(clientMessages.vi['client.store'], { reason: reason.vi }),
        en: formatMessage(clientMessages.en['client.store'], { reason: reason.en }),
      },
      details,
    );
    this.name = 'StoreError';
    this.body = redact(body);
  }
}
