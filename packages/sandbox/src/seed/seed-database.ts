import { fromVietnamTime } from '@dvc-kit/core';
import type { LifecycleEvent } from '../lifecycle/events';
import { readMeta, writeMeta, type SqliteDatabase } from '../store/database';
import { createDossierStore } from '../store/dossier-store';
import { communeAgencies } from './communes';
import { generateHistoricDossiers } from './historic-dossiers';
import { inTransaction } from '../store/transaction';

/** What the database was seeded with (kept in `meta` so a restart never reseeds). */
export interface SeedInfo {
  seed: number;
  /** First reception instant: 1 July 2025 07:30 in Vietnam. */
  from: number;
  /** Seed horizon (epoch ms). */
  until: number;
  dossiers: number;
}

/** 1 July 2025, 07:30 Vietnam time: the two-tier local government starts. */
export const SEED_FROM = fromVietnamTime(2025, 7, 1, 7, 30).getTime();

/**
 * Seeds an empty database with the historic dossiers and their pending lifecycle
 * events, in one transaction; returns what is seeded (from `meta` when it already was).
 */
export function seedDatabase(db: SqliteDatabase, options: { seed: number; until: number }): SeedInfo {
  const stored = readMeta(db, 'seed');
  if (stored) return JSON.parse(stored) as SeedInfo;
  const until = Math.max(options.until, SEED_FROM + 86_400_000);
  const dossiers = generateHistoricDossiers(communeAgencies(), { seed: options.seed, from: SEED_FROM, until });
  const store = createDossierStore(db);
  const addPending = db.prepare('INSERT INTO pending_transitions (code, at, status, note) VALUES (?, ?, ?, ?)');
  const info: SeedInfo = { seed: options.seed, from: SEED_FROM, until, dossiers: dossiers.length };
  inTransaction(db, () => {
    store.insertMany(dossiers, until, 'seed');
    for (const d of dossiers) {
      for (const event of d.pending)
        addPending.run(String(d.wire.MaHoSo), event.at, event.kind, JSON.stringify(event satisfies LifecycleEvent));
    }
    writeMeta(db, 'seed', JSON.stringify(info));
  });
  return info;
}
