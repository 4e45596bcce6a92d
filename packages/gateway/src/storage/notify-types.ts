import type { JsonValue, OutboxMessage } from './types';

/** One file of a supplement answer (an upload the citizen made for it). */
export interface SupplementFile {
  uploadId: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
}

/** The citizen's answer to one supplement round (hồ sơ bổ sung) — kept by the gateway, pushed to the portal. */
export interface SupplementAnswer {
  dossierCode: string;
  /** Mã lần bổ sung the answer is for — wire: HoSoBoSungId. */
  roundId: string;
  /** The citizen's note ('' when none). */
  note: string;
  files: SupplementFile[];
  answeredAt: Date;
}

/** An open dossier the status watch polls. */
export interface WatchedDossier {
  code: string;
  /** Last status seen on the portal (core status name, e.g. `processing`). */
  status: string;
  nextPollAt: Date;
  /** Consecutive failed polls. */
  failures: number;
}

/** One recorded status change. */
export interface StatusChange {
  id: string;
  dossierCode: string;
  from: string;
  to: string;
  at: Date;
}

/** Outcome of one poll, for {@link NotificationStore.recordPoll}. */
export interface PollOutcome {
  code: string;
  /** Worker holding the lease. */
  worker: string;
  /** Status the poller saw before (the row's `status` when claimed). */
  previous: string;
  /** Status the portal answered; omitted when the poll failed or the portal had nothing. */
  status?: string;
  nextPollAt: Date;
  /** The poll failed (counts towards the dossier's back-off). @default false */
  failed?: boolean;
  /** Only give the lease back (the poll did not happen); `nextPollAt` and failures stay. @default false */
  release?: boolean;
  /** Stop watching (the dossier is finished). @default false */
  close?: boolean;
  /** Outbox messages written with the change, built from its id (only when the status changed). */
  events?: (change: StatusChange) => OutboxMessage[];
  now: Date;
}

/**
 * Storage of supplements, the status watch and e-mail opt-outs. Every method is atomic on
 * both databases; on PostgreSQL several gateway instances share the watch safely.
 */
export interface NotificationStore {
  /**
   * Save the answer to a round and its outbox messages in one transaction; `exists` (and
   * nothing written) when the round was already answered — the first answer stays.
   */
  saveSupplementAnswer(answer: SupplementAnswer, outbox: OutboxMessage[]): Promise<'created' | 'exists'>;
  /** Answers of a dossier, oldest first. */
  listSupplementAnswers(dossierCode: string): Promise<SupplementAnswer[]>;

  /** Start watching a dossier (no-op when already watched). */
  watch(code: string, status: string, now: Date): Promise<void>;
  /** Lease up to `limit` due dossiers (oldest `nextPollAt` first) to `worker`. */
  claimPolls(input: { worker: string; limit: number; leaseMs: number; now: Date }): Promise<WatchedDossier[]>;
  /**
   * Record a poll. When `status` differs from `previous`, exactly one caller (across
   * instances) records the change, gets it back and writes its `events`; others get `undefined`.
   */
  recordPoll(outcome: PollOutcome): Promise<StatusChange | undefined>;
  /** Take up to `want` requests from the minute starting at `windowStart`, at most `max` per minute in all. Returns how many were granted. */
  takeBudget(windowStart: Date, want: number, max: number): Promise<number>;
  /** Requests used in the minute starting at `windowStart`. */
  budgetUsed(windowStart: Date): Promise<number>;
  /** Dossiers being watched. */
  countWatched(): Promise<number>;
  /** Recorded changes of a dossier, oldest first. */
  listStatusChanges(dossierCode: string): Promise<StatusChange[]>;

  /** Record that an address (its hash) wants no more e-mail. */
  optOut(addressHash: string, now: Date): Promise<void>;
  /** Whether the address (its hash) opted out. */
  isOptedOut(addressHash: string): Promise<boolean>;

  /**
   * Delete what has served its purpose and is older than `before`: completed outbox items of
   * `outboxTopics` (delivered webhooks and e-mail, fanned-out events, pushed answers), spent
   * poll-budget minutes, and the recorded changes of dossiers no longer watched. Pending and
   * dead items, answers and opt-outs stay. Returns the rows removed per kind.
   */
  prune(input: { before: Date; outboxTopics: readonly string[] }): Promise<NotificationPruneCounts>;
}

/** Rows {@link NotificationStore.prune} removed. */
export interface NotificationPruneCounts {
  outbox: number;
  budget: number;
  changes: number;
}

/** JSON of a supplement answer's files as stored. */
export type StoredSupplementFiles = SupplementFile[] & JsonValue;
