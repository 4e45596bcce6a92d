import { scalar, type SqliteDatabase } from '../store/database';
import type { DossierStore } from '../store/dossier-store';
import { inTransaction } from '../store/transaction';
import { applyEvent, EVENT_STATUS, progressStepFor, type LifecycleEvent } from './events';

/** Applies the pending lifecycle events as simulated time passes. */
export interface LifecycleSimulator {
  /** Applies every event due at or before `now`; returns how many were applied. */
  catchUp(now: number): number;
  /** Drops a dossier's pending events (a client took over its status). */
  cancel(code: string): void;
  /** Number of events still pending. */
  pendingCount(): number;
  /** Adds one event for `code`, applied once the clock reaches `event.at`. */
  schedule(code: string, event: LifecycleEvent): void;
}

/**
 * Creates the simulator. The earliest pending instant is cached, so a request that
 * arrives before it costs one comparison.
 */
export function createLifecycleSimulator(db: SqliteDatabase, store: DossierStore): LifecycleSimulator {
  const nextAt = db.prepare('SELECT MIN(at) FROM pending_transitions');
  const due = db.prepare('SELECT id, code, note FROM pending_transitions WHERE at <= ? ORDER BY at, id LIMIT 2000');
  const remove = db.prepare('DELETE FROM pending_transitions WHERE id = ?');
  const removeCode = db.prepare('DELETE FROM pending_transitions WHERE code = ?');
  const count = db.prepare('SELECT COUNT(*) FROM pending_transitions');
  const addPending = db.prepare('INSERT INTO pending_transitions (code, at, status, note) VALUES (?, ?, ?, ?)');
  const insertStep = db.prepare('INSERT INTO progress_steps (code, at, wire) VALUES (?, ?, ?)');
  let earliest = scalar<number | null>(nextAt) ?? Infinity;

  const batch = (now: number) =>
    inTransaction(db, () => {
      const rows = due.all(now) as { id: number; code: string; note: string }[];
      for (const row of rows) {
        const event = JSON.parse(row.note) as LifecycleEvent;
        const current = store.get(row.code);
        if (current) {
          store.transition(row.code, applyEvent(current.wire, event), event.at, 'simulated', event.kind);
          insertStep.run(row.code, event.at, JSON.stringify(progressStepFor(current.wire, event)));
        }
        remove.run(row.id);
      }
      return rows.length;
    });

  return {
    catchUp(now) {
      if (now < earliest) return 0;
      let applied = 0;
      for (let n = batch(now); n > 0; n = batch(now)) applied += n;
      earliest = scalar<number | null>(nextAt) ?? Infinity;
      return applied;
    },
    cancel(code) {
      removeCode.run(code);
      earliest = scalar<number | null>(nextAt) ?? Infinity;
    },
    pendingCount: () => scalar<number>(count) ?? 0,
    schedule(code, event) {
      addPending.run(code, event.at, EVENT_STATUS[event.kind], JSON.stringify(event));
      earliest = Math.min(earliest, event.at);
    },
  };
}
