import { PORTAL_SERVICES, dossierCodec } from '@dvc-kit/core';
import type { Dossier } from '@dvc-kit/core';
import { PortalError, isAlreadyExists } from '../errors/portal-error';
import type { CallOptions } from '../http/types';
import { encodeOrThrow } from './encode';
import type { PortalTransport } from './portal-transport';
import { judgeExisting } from './exists-policy';
import type { SyncDossierOptions } from './exists-policy';
import { isTransient, maybeDelivered, pauseBeforeRound } from './reliable-write';

/** What {@link syncDossiers} did with one dossier. */
export interface DossierSyncResult {
  /** Mã hồ sơ — wire: MaHoSo */
  code: string;
  /** `inserted`: the portal did not have it; `updated`: its state was overwritten with ours. */
  action: 'inserted' | 'updated';
  /** True when an unclear outcome had to be checked with `TraCuuHoSo`. */
  reconciled: boolean;
}

/** One dossier's outcome: its result, or the error that stopped it. */
export type DossierOutcome = { ok: true; result: DossierSyncResult } | { ok: false; code: string; error: unknown };

type Step = 'insert' | 'update' | 'reconcile';
interface Entry {
  code: string;
  wire: unknown;
  step: Step;
  reconciled: boolean;
  /** Look this dossier up itself rather than trusting its batch's first and last. */
  exact?: boolean;
  /** An insert of it may have reached the portal (unclear outcome, or the caller's marker). */
  sent?: boolean;
  /** The portal's record, when reconciling found one. */
  found?: Record<string, unknown>;
}

/**
 * THE decision point after an insert answered "already exists" ("đã tồn tại", with code 0,
 * 3, -3 or any other): what to do next for that dossier. `update` sends our full record, as
 * the Thanh Hóa system does; any stricter policy first looks the record up, because only a
 * looked-up record can be judged ours (`judgeExisting`): it never updates blind.
 */
function stepAfterExists(onExists: NonNullable<SyncDossierOptions['onExists']>): Pick<Entry, 'step' | 'exact'> {
  return onExists === 'update' ? { step: 'update' } : { step: 'reconcile', exact: true };
}

/**
 * Pushes dossiers' full, latest state with `DongBoHoSoMC` in one batch, exactly once each.
 *
 * Inserts are not idempotent on the portal, so when an insert's outcome is unclear
 * (timeout, reset, dropped or garbled answer, 5xx) it is never resent blindly: the
 * dossiers are looked up (`TraCuuHoSo`) and then inserted or updated. An
 * insert answered "already exists" ("đã tồn tại", whatever the code) becomes an update
 * or a look-up first, as `onExists` says (see `stepAfterExists`); an update is a
 * full overwrite, safe to resend, so it never gets lost. A batch the portal rejects as a
 * whole for another reason is retried one dossier at a time, so one bad dossier cannot
 * sink the others. Validation happens before anything is sent. Codes must be unique
 * within one call (the portal refuses a batch naming a dossier twice). `onExists`
 * chooses what "already exists" may become (see `ExistsPolicy`).
 */
export async function syncDossiers(
  transport: PortalTransport,
  dossiers: readonly Dossier[],
  options: SyncDossierOptions = {},
): Promise<DossierOutcome[]> {
  const service = PORTAL_SERVICES.syncDossiers;
  const { signal, maxRounds = 8, onExists = 'update', sentBefore = () => false } = options;
  const outcomes = new Map<string, DossierOutcome>();
  let open: Entry[] = [];
  for (const dossier of dossiers) {
    try {
      open.push({
        code: dossier.code,
        wire: encodeOrThrow(dossierCodec, dossier, service),
        step: 'insert',
        reconciled: false,
        sent: sentBefore(dossier.code),
      });
    } catch (error) {
      outcomes.set(dossier.code, { ok: false, code: dossier.code, error });
    }
  }
  const done = (entry: Entry, action: 'inserted' | 'updated') =>
    outcomes.set(entry.code, { ok: true, result: { code: entry.code, action, reconciled: entry.reconciled } });

  // `maxRounds` counts rounds in a row that moved no dossier forward (none settled, none changed
  // step): under steady faults a batch of 50 keeps moving, a few dossiers each round, and must not
  // be given up for taking more rounds than one dossier would. A hard cap stops a portal that
  // keeps losing inserts from cycling insert → look-up → insert for ever.
  let fruitless = 0;
  const stateOf = () => `${outcomes.size}|${open.map((e) => `${e.step}${e.reconciled ? '+' : ''}`).join(',')}`;
  for (let round = 1; open.length > 0; round++) {
    const before = stateOf();
    let lastError: unknown;
    try {
      await reconcile(
        transport,
        open.filter((e) => e.step === 'reconcile'),
        signal,
        onExists !== 'update',
      );
    } catch (error) {
      if (!isTransient(error))
        for (const entry of open.filter((e) => e.step === 'reconcile'))
          outcomes.set(entry.code, { ok: false, code: entry.code, error });
      lastError = error;
    }
    for (const entry of open.filter((e) => e.step === 'update' && e.found !== undefined && e.reconciled)) {
      const verdict = judgeExisting(onExists, {
        code: entry.code,
        ours: entry.wire,
        theirs: entry.found,
        sent: entry.sent === true,
      });
      if (verdict !== 'update') outcomes.set(entry.code, { ok: false, code: entry.code, error: verdict });
      entry.found = undefined;
    }
    open = open.filter((e) => !outcomes.has(e.code));
    for (const step of ['insert', 'update'] as const) {
      const batch = open.filter((e) => e.step === step);
      if (batch.length === 0) continue;
      try {
        await transport.call(
          service,
          { data: batch.map((e) => e.wire), isUpdating: step === 'update' ? 'True' : 'False' },
          { write: true, signal },
        );
        for (const entry of batch) done(entry, step === 'insert' ? 'inserted' : 'updated');
      } catch (error) {
        lastError = error;
        if (step === 'insert' && isAlreadyExists(error)) {
          // One answer covers the whole batch; only a one-dossier batch (or the extended
          // sandbox's per-item list) says WHICH dossier exists — otherwise look each one up.
          const existing = batch.length === 1 ? new Set([batch[0]?.code]) : existingCodes(error);
          for (const entry of batch) {
            if (existing === undefined) Object.assign(entry, { step: 'reconcile', exact: true });
            else if (existing.has(entry.code)) Object.assign(entry, stepAfterExists(onExists));
            else entry.step = 'insert';
          }
        } else if (isTransient(error)) {
          if (step === 'insert' && maybeDelivered(error))
            for (const entry of batch) Object.assign(entry, { step: 'reconcile', sent: true });
        } else if (batch.length > 1) {
          // Refused as a whole (all-or-nothing): find the culprit one by one.
          for (const outcome of await Promise.all(
            batch.map((e) => syncDossiers(transport, [dossierOf(dossiers, e.code)], options)),
          )) {
            const single = outcome[0];
            if (single) outcomes.set(single.ok ? single.result.code : single.code, single);
          }
        } else {
          for (const entry of batch) outcomes.set(entry.code, { ok: false, code: entry.code, error });
        }
      }
    }
    open = open.filter((e) => !outcomes.has(e.code));
    if (open.length === 0) break;
    fruitless = stateOf() === before ? fruitless + 1 : 0;
    if (fruitless >= maxRounds || round >= maxRounds * 4) {
      for (const entry of open) outcomes.set(entry.code, { ok: false, code: entry.code, error: lastError });
      break;
    }
    await pauseBeforeRound(Math.max(1, fruitless), lastError, signal);
  }
  return dossiers.map((d) => outcomes.get(d.code) ?? { ok: false, code: d.code, error: undefined });
}

/**
 * Pushes one dossier exactly once (see {@link syncDossiers}); throws what stopped it.
 *
 * @example
 * ```ts
 * const { action } = await syncDossier(transport, dossier); // 'inserted' | 'updated'
 * ```
 */
export async function syncDossier(
  transport: PortalTransport,
  dossier: Dossier,
  options: SyncDossierOptions = {},
): Promise<DossierSyncResult> {
  const [outcome] = await syncDossiers(transport, [dossier], options);
  if (outcome?.ok) return outcome.result;
  throw outcome?.error;
}

/**
 * Decides insert or update for dossiers whose insert had an unclear outcome. A batch is
 * applied all-or-nothing, so its first and last dossier tell for all of them; when
 * they disagree (or a dossier needs it) each one is looked up.
 */
async function reconcile(
  transport: PortalTransport,
  entries: Entry[],
  signal: AbortSignal | undefined,
  exact = false,
): Promise<void> {
  if (entries.length === 0) return;
  // The record found is kept on the entry: a verify-own policy judges it (`judgeExisting`).
  const lookUp = async (entry: Entry) =>
    (entry.found = await findDossierWire(transport, entry.code, signal)) !== undefined;
  const decide = (entry: Entry, found: boolean) =>
    Object.assign(entry, { step: found ? 'update' : 'insert', reconciled: true });
  const first = entries[0] as Entry;
  const last = entries[entries.length - 1] as Entry;
  if (entries.length > 2 && !exact && !entries.some((e) => e.exact)) {
    const [a, b] = await Promise.all([first, last].map(lookUp));
    if (a === b) {
      for (const entry of entries) decide(entry, a === true);
      return;
    }
  }
  // One by one, a few at a time; what was found is kept even when another look-up fails.
  let failure: unknown;
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const entry = entries[next++] as Entry;
      try {
        decide(entry, await lookUp(entry));
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(LOOKUPS_IN_FLIGHT, entries.length) }, worker));
  if (failure !== undefined) throw failure;
}

/** Look-ups one reconciling batch runs at once. */
const LOOKUPS_IN_FLIGHT = 4;

const dossierOf = (dossiers: readonly Dossier[], code: string) => dossiers.find((d) => d.code === code) as Dossier;

/**
 * Codes the answer lists as existing — only the extended sandbox sends such a per-item
 * `result: [{ MaHoSo, error_code }]` (a documented extension; no source reads one).
 */
function existingCodes(error: unknown): Set<string> | undefined {
  const result = error instanceof PortalError ? error.result : undefined;
  if (!Array.isArray(result)) return undefined;
  return new Set(result.map((r) => String((r as { MaHoSo?: unknown }).MaHoSo)));
}

/** The portal's stored record of `code` (wire shape, as `TraCuuHoSo` returns it), or undefined. `signal` or call options. */
export async function findDossierWire(
  transport: PortalTransport,
  code: string,
  options?: AbortSignal | CallOptions,
): Promise<Record<string, unknown> | undefined> {
  const callOptions: CallOptions = options instanceof AbortSignal ? { signal: options } : (options ?? {});
  // Lower-case `mahoso`, as OpenCPS and the GPLX adapter send it; an absent or empty list means "not on the portal".
  const answer = await transport.call(PORTAL_SERVICES.lookupDossier, { mahoso: code }, callOptions);
  const first: unknown = Array.isArray(answer.result) ? answer.result[0] : answer.result;
  return typeof first === 'object' && first !== null && !Array.isArray(first)
    ? (first as Record<string, unknown>)
    : undefined;
}
