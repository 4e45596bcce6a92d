import type { AccountStore } from './account-queries';

/**
 * The gateway's storage, as intents rather than SQL. Two implementations share one
 * Kysely query layer: SQLite (default, one gateway process) and PostgreSQL (several
 * gateway instances behind a load balancer).
 */

import type { NotificationStore } from './notify-types';

/** JSON value stored as text (payloads, receipts, outbox messages). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A stored dossier (hồ sơ) received by the gateway. */
export interface DossierRecord {
  /** Mã hồ sơ — wire: MaHoSo. */
  code: string;
  /** Receiving agency code — wire: MaCoQuan / madonvi. */
  agency: string;
  /** Procedure code — wire: MaTTHC. */
  procedure: string;
  /** The submission as received (validated), stored verbatim. */
  payload: JsonValue;
  /** The receipt returned to the citizen (and replayed for the same Idempotency-Key). */
  receipt: JsonValue;
  /** Gateway-side status, e.g. `registered`, `synced`. */
  status: string;
  createdAt: Date;
  updatedAt: Date;
  /**
   * The code the dossier carries on the portal, when the receipt's code was found taken
   * there and a new one was allocated. The receipt's `code` stays an alias in every look-up.
   */
  portalCode?: string;
  /** When the first insert to the portal was about to be sent (the "may be ours" marker). */
  portalSentAt?: Date;
}

/** What {@link GatewayStorage.submitDossier}'s `build` returns for the allocated sequence. */
export interface DossierDraft {
  code: string;
  procedure: string;
  payload: JsonValue;
  receipt: JsonValue;
  /** @default 'registered' */
  status?: string;
  /** Outbox messages written in the same transaction as the dossier. @default [] */
  outbox?: OutboxMessage[];
  /** Uploads the dossier references; marked in the same transaction (then never collected). @default [] */
  uploadIds?: string[];
  /** Account (TechID) of a signed-in applicant: the dossier is linked to it in the same transaction. @default none */
  account?: string;
}

/** Input of {@link GatewayStorage.submitDossier}. */
export interface SubmitDossierInput {
  /** The client's Idempotency-Key header. */
  idempotencyKey: string;
  /** Hash of the request body, to tell a replay from a different request reusing the key. */
  bodyHash: string;
  /** Receiving agency; the sequence counter is per agency per day. */
  agency: string;
  /** Day of the counter as `yyyy-MM-dd` (Vietnam time, see `vietnamDateKey`). */
  day: string;
  /** Builds the dossier from the allocated 1-based sequence number, inside the transaction. */
  build: (sequence: number) => DossierDraft | Promise<DossierDraft>;
  /** @default new Date() */
  now?: Date;
}

/** Result of {@link GatewayStorage.submitDossier}. */
export interface SubmitDossierResult {
  /** `created` on first submission, `replayed` when the same key and body came before. */
  outcome: 'created' | 'replayed';
  dossier: DossierRecord;
}

/** A message to put in the outbox (hộp thư đi) for a worker to deliver to the portal. */
export interface OutboxMessage {
  /** What to do, e.g. `portal.sync-dossier`. */
  topic: string;
  /** Dossier it concerns, for ordering and look-ups. */
  dossierCode?: string;
  payload: JsonValue;
  /** Earliest delivery time. @default now */
  notBefore?: Date;
}

/** An outbox item as stored. */
export interface OutboxItem {
  id: number;
  topic: string;
  dossierCode: string | null;
  payload: JsonValue;
  status: 'pending' | 'done' | 'dead';
  /** Number of claims so far (a crashed worker's claim counts). */
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
}

/** Input of {@link GatewayStorage.claimOutbox}. */
export interface ClaimOutboxInput {
  /** Identifies the claiming worker; only it may complete or fail the claimed items. */
  worker: string;
  /** @default 10 */
  limit?: number;
  /** How long the claim holds before another worker may retry the item. @default 60000 */
  leaseMs?: number;
  /** @default new Date() */
  now?: Date;
}

/** How an attempt failed. */
export interface OutboxFailure {
  /** Short description, no personal data. */
  error: string;
  /** When to try again; omitted with `dead: true`. */
  retryAt?: Date;
  /** Give up: the item stays for an operator as `dead`. @default false */
  dead?: boolean;
}

/** Counts of outbox items by status. */
export interface OutboxCounts {
  pending: number;
  done: number;
  dead: number;
}

/** Metadata of an uploaded file (content lives in the blob store by sha256). */
export interface UploadRecord {
  id: string;
  sha256: string;
  /** File name as given by the client (sanitised). */
  name: string;
  size: number;
  /** Sniffed MIME type. */
  type: string;
  createdAt: Date;
  /** HMAC of the uploader's address, for quotas. */
  clientKey?: string;
}

/** Input of {@link GatewayStorage.addToCounter}. */
export interface CounterInput {
  /** What is counted, e.g. `submissions`, `upload-bytes`. */
  scope: string;
  /** Who (an HMAC of the client address). */
  clientKey: string;
  /** Start of the fixed window. */
  windowStart: Date;
  /** Added to the count (negative to take back). @default 1 */
  amount?: number;
}

/** A satisfaction rating (đánh giá mức độ hài lòng) of one dossier. */
export interface RatingRecord {
  dossierCode: string;
  /** 1–5 (or the portal's scale), as validated by the route. */
  score: number;
  comment: string | null;
  createdAt: Date;
}

/** How many ratings of one score one procedure got (see {@link GatewayStorage.countRatings}). */
export interface RatingCount {
  /** Mã thủ tục of the rated dossiers — wire: MaThuTuc. */
  procedure: string;
  /** The stored score (3 rất hài lòng, 2 hài lòng, 1 chưa hài lòng). */
  score: number;
  count: number;
}

/** Input of {@link GatewayStorage.countRatings}: ratings given in `[from, to)` on dossiers of `agency`. */
export interface RatingCountInput {
  agency: string;
  from: Date;
  to: Date;
}

/** Input of {@link GatewayStorage.recordLookupFailure}. */
export interface LookupFailureInput {
  /** Who failed (e.g. a hash of the client IP), never personal data in clear. */
  clientKey: string;
  /** Start of the fixed window the failure falls in. */
  windowStart: Date;
}

/**
 * A payment confirmation as the PayGov CONFIRM callback carried it (after its MaXacThuc was
 * verified). Texts are kept as received: the hash covered them.
 */
export interface PaymentConfirmation {
  /** Mã tham chiếu — wire: MaThamChieu */
  reference: string;
  /** Mã đối tác — wire: MaDoiTac */
  partnerCode: string;
  /** `paid` when MaLoi is `00` (the only success value known), else `failed` */
  status: 'paid' | 'failed';
  /** Mã lỗi as received — wire: MaLoi */
  resultCode: string;
  /** Số tiền as its decimal text — wire: SoTien */
  amount: string;
  /** Mã tiền tệ — wire: MaTienTe */
  currency: string;
  /** Mã giao dịch of the platform — wire: MaGiaoDich */
  transactionId: string;
  /** Mã ngân hàng — wire: MaNganHang */
  bankCode: string;
  /** Thời gian giao dịch as received — wire: ThoiGianGD */
  transactionTime: string;
  /** Thông tin giao dịch — wire: ThongTinGiaoDich */
  description: string;
  /** The whole callback body as received (JSON text), so nothing is lost. */
  message: string;
  /** @default now */
  receivedAt?: Date;
}

/** A recorded payment (see {@link GatewayStorage.recordPayment}). */
export type PaymentRecord = Omit<PaymentConfirmation, 'receivedAt'> & { createdAt: Date; updatedAt: Date };

/** `created` the first time, `updated` when a failed payment became paid, `exists` when nothing changed (a replay). */
export type RecordPaymentOutcome = 'created' | 'updated' | 'exists';

/**
 * Everything the gateway persists. All methods are safe to call concurrently; on
 * PostgreSQL they stay correct across several gateway instances.
 *
 * @example
 * ```ts
 * const storage = await createSqliteStorage('.data/gateway.db');
 * const { dossier } = await storage.submitDossier({ idempotencyKey, bodyHash, agency, day,
 *   build: (seq) => ({ code: nextCode(seq), procedure, payload, receipt, outbox: [{ topic: 'portal.sync-dossier', payload }] }) });
 * ```
 */
export interface GatewayStorage {
  /** `sqlite` or `postgres`. */
  readonly kind: 'sqlite' | 'postgres';
  /** Signed-in citizens: pending sign-ins, sessions, dossiers by account (migration `0004-accounts`). */
  readonly accounts: AccountStore;
  /**
   * In one transaction: claim the idempotency key, allocate the next per-agency per-day
   * sequence, build and insert the dossier and its outbox messages. The same key with the
   * same body returns the stored dossier (`replayed`); with another body it throws
   * `IdempotencyConflictError`. If `build` throws, nothing is written and no number is used.
   */
  submitDossier(input: SubmitDossierInput): Promise<SubmitDossierResult>;
  /** The dossier with this receipt code or portal code, or `undefined`. */
  getDossier(code: string): Promise<DossierRecord | undefined>;
  /**
   * Like {@link GatewayStorage.getDossier}, for status look-ups by the public: the same work
   * whether or not the code exists (a miss reads and decodes another dossier and drops it), so
   * its time does not tell which codes exist.
   */
  lookUpDossier(code: string): Promise<DossierRecord | undefined>;
  /**
   * Change a dossier's gateway status, receipt, portal code or sent marker (`null` clears it).
   * Returns false when no such dossier.
   */
  updateDossier(
    code: string,
    change: { status?: string; receipt?: JsonValue; portalCode?: string; portalSentAt?: Date | null; now?: Date },
  ): Promise<boolean>;
  /**
   * Give a dossier whose portal code `from` was found taken a new portal code, in one
   * transaction: allocate the next sequence of its agency on `day`, format it, store it and
   * clear the sent marker. When another instance already renumbered it (its portal code is no
   * longer `from`), nothing is allocated. Returns the dossier's portal code afterwards.
   */
  renumberDossier(
    code: string,
    input: { from: string; day: string; format: (sequence: number) => string; now?: Date },
  ): Promise<string>;
  /**
   * Set the "sent" marker of the dossier's current portal code `portalCode`, unless it is
   * set. True when this call set it; false when someone had (then the code may be ours on
   * the portal already) or the portal code changed meanwhile.
   */
  markDossierSent(code: string, portalCode: string, now?: Date): Promise<boolean>;
  /** Allocate the next sequence number (1, 2, 3 …) of `agency` on `day`, atomically. */
  nextSequence(agency: string, day: string): Promise<number>;

  /** Add messages to the outbox outside a submission (e.g. progress updates). */
  enqueueOutbox(messages: OutboxMessage[], now?: Date): Promise<number[]>;
  /**
   * Add one message unless an item of the same topic and key (`dossierCode`, required here)
   * is still waiting — pending and not held by a live lease. For messages whose delivery
   * recomputes its content (an aggregate the portal replaces), so a burst of triggers costs
   * one delivery. Returns the new id, or `undefined` when a waiting item covers it.
   */
  enqueueOutboxOnce(message: OutboxMessage & { dossierCode: string }, now?: Date): Promise<number | undefined>;
  /** Lease due items to one worker; an expired lease makes an item claimable again. */
  claimOutbox(input: ClaimOutboxInput): Promise<OutboxItem[]>;
  /** Mark a claimed item delivered. False when the worker no longer holds the lease. */
  completeOutbox(id: number, worker: string, now?: Date): Promise<boolean>;
  /** Record a failed attempt and schedule a retry (or give up). False when the lease was lost. */
  failOutbox(id: number, worker: string, failure: OutboxFailure, now?: Date): Promise<boolean>;
  /** Item by id, for operators and tests. */
  getOutboxItem(id: number): Promise<OutboxItem | undefined>;
  /** Counts by status, for readiness and metrics. */
  countOutbox(): Promise<OutboxCounts>;

  /** Store upload metadata. */
  saveUpload(upload: UploadRecord): Promise<void>;
  /** Upload metadata by id, or `undefined`. */
  getUpload(id: string): Promise<UploadRecord | undefined>;
  /**
   * Delete uploads no dossier references, created before `before`. Returns the SHA-256 of
   * each blob no upload references any more (for the caller to delete from the blob store).
   */
  collectUploads(before: Date): Promise<string[]>;
  /** Distinct SHA-256 of every stored upload (the blobs a copy must move). */
  listUploadHashes(): Promise<string[]>;

  /** Save the dossier's rating; `exists` if it was already rated (the first one stays). */
  saveRating(rating: RatingRecord): Promise<'created' | 'exists'>;
  /** The rating of a dossier, or `undefined`. */
  getRating(dossierCode: string): Promise<RatingRecord | undefined>;
  /** Ratings given in `[from, to)` on `agency`'s dossiers, counted per procedure and score. */
  countRatings(input: RatingCountInput): Promise<RatingCount[]>;

  /**
   * Count one failed status look-up in the client's window; returns the window's count, in
   * ONE statement (so a burst of parallel guesses cannot all read a low count).
   */
  recordLookupFailure(input: LookupFailureInput): Promise<number>;
  /** Take back one counted failure (the look-up it was reserved for succeeded). */
  refundLookupFailure(input: LookupFailureInput): Promise<void>;
  /** Add to a client's counter in a window and return the new total, in one statement. */
  addToCounter(input: CounterInput): Promise<number>;
  /** A client's counter in a window (0 when nothing was counted). */
  readCounter(input: Omit<CounterInput, 'amount'>): Promise<number>;
  /** Failed look-ups of the client in the window so far. */
  countLookupFailures(input: LookupFailureInput): Promise<number>;
  /** Delete idempotency keys, look-up windows and counters older than `before`. Returns rows removed. */
  prune(before: Date): Promise<number>;
  /**
   * Delete look-up windows and per-client counters that began before `before` (idempotency
   * keys stay: a late retry must still find its dossier). Returns rows removed.
   */
  pruneClientWindows(before: Date): Promise<number>;

  /** Supplements, the status watch and e-mail opt-outs (see `notify-types.ts`). */
  readonly notifications: NotificationStore;
  /** Records a PayGov CONFIRM once per MaThamChieu; a replay changes nothing (atomic on both databases). */
  recordPayment(input: PaymentConfirmation): Promise<RecordPaymentOutcome>;
  /** The payment recorded for a MaThamChieu. */
  getPayment(reference: string): Promise<PaymentRecord | undefined>;

  /** Cheap round trip to the database, for `/readyz`. Throws when unreachable. */
  ping(): Promise<void>;
  /** Close connections. */
  close(): Promise<void>;
}
