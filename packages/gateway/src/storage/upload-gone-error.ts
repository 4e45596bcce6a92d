import { GatewayError } from '../errors/gateway-error';

/**
 * A dossier named an upload that was collected meanwhile (unreferenced past the grace
 * time): 422 `storage.upload-gone`, nothing written; the citizen uploads the file again.
 */
export class UploadGoneError extends GatewayError {
  constructor() {
    const messages = {
      vi: 'Một tệp đính kèm đã bị xóa vì quá hạn; hãy tải tệp lên lại.',
      en: 'An attached file was deleted as expired; upload it again.',
    };
    super('storage.upload-gone', messages, {
      status: 422,
      errors: [{ path: 'files', code: 'storage.upload-gone', messages }],
    });
    this.name = 'UploadGoneError';
  }
}
