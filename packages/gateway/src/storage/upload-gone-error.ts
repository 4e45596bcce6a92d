import { GatewayError } from '../errors/gateway-error';
import { storageMessages } from './messages';

/**
 * A dossier named an upload that was collected meanwhile (unreferenced past the grace
 * time): 422 `storage.upload-gone`, nothing written; the citizen uploads the file again.
 */
export class UploadGoneError extends GatewayError {
  constructor() {
    const messages = storageMessages.localize('storage.upload-gone');
    super('storage.upload-gone', messages, {
      status: 422,
      errors: [{ path: 'files', code: 'storage.upload-gone', messages }],
    });
    this.name = 'UploadGoneError';
  }
}
