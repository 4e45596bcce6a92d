import { GatewayError } from '../errors/gateway-error';

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
        throw new GatewayError(
          'upload.busy',
          {
            vi: 'Máy chủ đang nhận nhiều tệp cùng lúc. Vui lòng thử lại sau giây lát.',
            en: 'The server is receiving many files right now. Please try again in a moment.',
          },
          { status: 503, headers: { 'retry-after': String(retryAfterSeconds) } },
        );
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
