import { gatewayError } from '../errors/gateway-error';
import { uploadMessages } from './messages';

/** Bounds the uploads one instance receives at the same time. */
export interface UploadGate {
  /** Runs `work` in a free slot, or throws 503 `upload.busy` with `Retry-After` when none is free. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Uploads in progress now. */
  readonly active: number;
}

/**
 * A counting gate: beyond `max` concurrent uploads the answer is an immediate 503 (the
 * client retries after `retryAfterSeconds`), so a burst cannot hold hundreds of request
 * bodies, file handles and temporary files at once.
 */
export function createUploadGate(max: number, retryAfterSeconds = 2): UploadGate {
  let active = 0;
  return {
    get active() {
      return active;
    },
    async run(work) {
      if (active >= max) {
        throw gatewayError(uploadMessages, 'upload.busy', {
          status: 503,
          headers: { 'retry-after': String(retryAfterSeconds) },
        });
      }
      active++;
      try {
        return await work();
      } finally {
        active--;
      }
    },
  };
}
