import { PORTAL_SERVICES, encodeDossier } from '@dvc-kit/core';
import type { Dossier } from '@dvc-kit/core';
import { PortalError, isAlreadyExists } from '../errors/portal-error';
import type { CallOptions } from '../http/types';
import { encodeOrThrow } from './encode';
import type { PortalTransport } from './portal-transport';
import { isTransient, maybeDelivered, pauseBeforeRound } from './reliable-write';
import type { ReliableWriteOptions } from './reliable-write';

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
}

/**
 * THE decision point after an insert answered "already exists" ("đã tồn tại", with code 0,
 * 3, -3 or any other): what to send next for that dossier. Today: an update carrying our
 * full record, as the Thanh Hóa system does. A stricter policy (e.g. verify the record is
 * ours first) plugs in here.
 */
function stepAfterExists(entry: Entry): Step {
  void entry;
  return 'update';
}

/**
 * Pushes dossiers' full, latest state with `DongBoHoSoMC` in one batch, exactly once each.
 *
 * Inserts are not idempotent on the portal, so when an insert's outcome is unclear
 * (timeout, reset, dropped or garbled answer, 5xx) it is never resent blindly: the
 * dossiers are looked up (`TraCuuHoSo`) and then inserted or updated. An
 * insert answered "already exists" ("đã tồn tại", whatever the code) becomes an update
 * (see `stepAfterExists`); an update is a
 * full overwrite, safe to resend, so it never gets lost. A batch the portal rejects as a
 * whole for another reason is retried one dossier at a time, so one bad dossier cannot
 * sink the others. Validation happens before anything is sent. Codes must be unique
 * within one call (the portal refuses a batch naming a dossier twice).
 */
export async function syncDossiers(
  transport: PortalTransport,
  dossiers: readonly Dossier[],
  options: ReliableWriteOptions = {},
): Promise<DossierOutcome[]> {
  const service = PORTAL_SERVICES.syncDossiers;
  const { signal, maxRounds = 8 } = options;
  const outcomes = new Map<string, DossierOutcome>();
  let open: Entry[] = [];
  for (const dossier of dossiers) {
    try {
      open.push({ code: dossier.code, wire: encodeOrThrow(encodeDossier, dossier, service), step: 'insert', reconciled: false });
    } catch (error) {
      outcomes.set(dossier.code, { ok: false, code: dossier.code, error });
    }
  }
  const done = (entry: Entry, action: 'inserted' | 'updated') =>
    outcomes.set(entry.code, { ok: true, result: { code: entry.code, action, reconciled: entry.reconciled } });

  for (let round = 1; open.length > 0; round++) {
    let lastError: unknown;
    try {
      await reconcile(transport, open.filter((e) => e.step === 'reconcile'), signal);
    } catch (error) {
      if (!isTransient(error)) for (const entry of open.filter((e) => e.step === 'reconcile')) outcomes.set(entry.code, { ok: false, code: entry.code, error });
      lastError = error;
    }
    open = open.filter((e) => !outcomes.has(e.code));
    for (const step of ['insert', 'update'] as const) {
      const batch = open.filter((e) => e.step === step);
      if (batch.length === 0) continue;
      try {
        await transport.call(service, { data: batch.map((e) => e.wire), isUpdating: step === 'update' ? 'True' : 'False' }, { write: true, signal });
        for (const entry of batch) done(entry, step === 'insert' ? 'inserted' : 'updated');
      } catch (error) {
        lastError = error;
        if (step === 'insert' && isAlreadyExists(error)) {
          // One answer covers the whole batch; only a one-dossier batch (or the extended
          // sandbox's per-item list) says WHICH dossier exists — otherwise look each one up.
          const existing = batch.length === 1 ? new Set([batch[0]?.code]) : existingCodes(error);
          for (const entry of batch) {
            if (existing === undefined) Object.assign(entry, { step: 'reconcile', exact: true });
            else entry.step = existing.has(entry.code) ? stepAfterExists(entry) : 'insert';
          }
        } else if (isTransient(error)) {
          if (step === 'insert' && maybeDelivered(error)) for (const entry of batch) entry.step = 'reconcile';
        } else if (batch.length > 1) {
          // Refused as a whole (all-or-nothing): find the culprit one by one.
          for (const outcome of await Promise.all(batch.map((e) => syncDossiers(transport, [dossierOf(dossiers, e.code)], options)))) {
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
    if (round >= maxRounds) {
      for (const entry of open) outcomes.set(entry.code, { ok: false, code: entry.code, error: lastError });
      break;
    }
    await pauseBeforeRound(round, lastError, signal);
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
export async function syncDossier(transport: PortalTransport, dossier: Dossier, options: ReliableWriteOptions = {}): Promise<DossierSyncResult> {
  const [outcome] = await syncDossiers(transport, [dossier], options);
  if (outcome?.ok) return outcome.result;
  throw outcome?.error;
}

/**
 * Decides insert or update for dossiers whose insert had an unclear outcome. A batch is
 * applied all-or-nothing, so its first and last dossier tell for all of them; when
 * they disagree (or a dossier needs it) each one is looked up.
 */
async function reconcile(transport: PortalTransport, entries: Entry[], signal: AbortSignal | undefined): Promise<void> {
  if (entries.length === 0) return;
  const decide = (entry: Entry, found: boolean) => Object.assign(entry, { step: found ? 'update' : 'insert', reconciled: true });
  const first = entries[0] as Entry;
  const last = entries[entries.length - 1] as Entry;
  if (entries.length > 2 && !entries.some((e) => e.exact)) {
    const [a, b] = await Promise.all([first, last].map(async (e) => (await findDossierWire(transport, e.code, signal)) !== undefined));
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
        decide(entry, (await findDossierWire(transport, entry.code, signal)) !== undefined);
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
  return typeof first === 'object' && first !== null && !Array.isArray(first) ? (first as Record<string, unknown>) : undefined;
}
