import { isPortalClientError } from '@dvc-kit/client/errors/guards';
import type { DossierReceipt, DossierSubmission } from '@dvc-kit/client/public';
import { idbAll, idbDelete, idbPut } from '../idb/idb';

/** One submission waiting in the outbox. */
export interface OutboxEntry {
  /** The Idempotency-Key sent with EVERY attempt, so the gateway creates one dossier at most. */
  key: string;
  /** Which form it came from (`draftKey(procedure, agency)`); a form flushes only its own entries. */
  group: string;
  /** The gateway's base URL at the time of submission. */
  endpoint: string;
  /** The request body of `POST /v1/dossiers`. */
  submission: DossierSubmission;
  /** The form data, to give back to the citizen if the gateway refuses the submission. */
  formData: Record<string, unknown>;
  /** When the citizen pressed submit (ISO 8601). */
  queuedAt: string;
  /** Sent by a signed-in citizen: goes with the gateway's session cookie. @default false */
  withSession?: boolean;
}

/** Sends one entry (with `entry.key` as Idempotency-Key) and resolves with the receipt. */
export type OutboxSend = (entry: OutboxEntry) => Promise<DossierReceipt>;

/** Options of {@link createOutbox}. */
export interface OutboxOptions {
  send: OutboxSend;
  /** Only entries of this group are flushed by this outbox. @default every entry */
  group?: string;
  /** Whether a failed attempt should stay queued. @default network, timeout, rate-limit and 5xx errors */
  isRetryable?: (error: unknown) => boolean;
  /** An entry was delivered (and removed). */
  onDelivered?: (entry: OutboxEntry, receipt: DossierReceipt) => void;
  /** The gateway refused an entry for good (it is removed; the form data is in `entry`). */
  onRejected?: (entry: OutboxEntry, error: unknown) => void;
  /** Seconds before retrying after a retryable failure while online. @default 20 */
  retrySeconds?: number;
}

/** A submission queue in IndexedDB, sent once the connection returns. */
export interface Outbox {
  /** Queues an entry (durably) — call before the first attempt. */
  add(entry: OutboxEntry): Promise<void>;
  /** Tries every queued entry of the group once; resolves when done. Concurrent calls never send an entry twice. */
  flush(): Promise<void>;
  /** Entries still waiting (of the group). */
  entries(): Promise<OutboxEntry[]>;
  /** Stops listening for `online` and cancels the retry timer. */
  close(): void;
}

/**
 * Default {@link OutboxOptions.isRetryable}: the request may not have reached the gateway, or
 * the gateway was down — the client's connection, timeout and rate-limit errors (recognised
 * with its guards, so another copy of the client counts too), a browser `TypeError`, or a 5xx.
 */
export function isRetryableError(error: unknown): boolean {
  const e = error as { name?: string; status?: number } | undefined;
  return (
    isPortalClientError(error, 'client.connection') ||
    isPortalClientError(error, 'client.timeout') ||
    isPortalClientError(error, 'client.rate-limit') ||
    e?.name === 'TypeError' ||
    (e?.status ?? 0) >= 500
  );
}

let chain: Promise<unknown> = Promise.resolve();

/** Runs `fn` exclusively: across tabs with Web Locks when available, else within the page. */
function exclusive(fn: () => Promise<void>): Promise<void> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (locks) return locks.request('dvc-kit-outbox', fn);
  const run = chain.then(fn, fn);
  chain = run.catch(() => undefined);
  return run;
}

/**
 * Creates an outbox over the IndexedDB store `outbox`. It flushes when the browser
 * fires `online` and, after a retryable failure, again after `retrySeconds`. Every
 * attempt for an entry carries the same idempotency key, and an entry is removed only
 * once delivered, so a submission is sent until it arrives and creates one dossier.
 *
 * @example
 * ```ts
 * const outbox = createOutbox({ send: (e) => client.submitDossier(e.submission, { idempotencyKey: e.key }) });
 * await outbox.add(entry);
 * await outbox.flush();
 * ```
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const isRetryable = options.isRetryable ?? isRetryableError;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const entries = async () =>
    (await idbAll<OutboxEntry>('outbox')).filter((e) => !options.group || e.group === options.group);

  const flush = () =>
    exclusive(async () => {
      clearTimeout(timer);
      for (const entry of await entries()) {
        try {
          const receipt = await options.send(entry);
          await idbDelete('outbox', entry.key);
          options.onDelivered?.(entry, receipt);
        } catch (error) {
          if (isRetryable(error)) {
            if (navigator.onLine) timer = setTimeout(() => void flush(), (options.retrySeconds ?? 20) * 1000);
            continue;
          }
          await idbDelete('outbox', entry.key);
          options.onRejected?.(entry, error);
        }
      }
    });
  const onOnline = () => void flush();
  window.addEventListener('online', onOnline);

  return {
    add: (entry) => idbPut('outbox', entry.key, entry).then(() => undefined),
    flush,
    entries,
    close: () => {
      window.removeEventListener('online', onOnline);
      clearTimeout(timer);
    },
  };
}
