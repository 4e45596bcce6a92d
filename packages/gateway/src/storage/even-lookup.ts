import { sql } from 'kysely';
import type { Kysely, Selectable } from 'kysely';
import { hasNul } from './client-queries';
import { toDossier } from './rows';
import type { DossiersTable, GatewayDatabase } from './schema';
import type { DossierRecord } from './types';

/**
 * A status look-up's read, the same work whether or not the code exists: ONE statement whose
 * index probes pick the dossier with this receipt or portal code — or, when there is none,
 * the first dossier by code (the decoy) — and then read exactly one full row by primary key.
 * The row is decoded either way; a decoy is dropped. So the time of a look-up does not tell
 * an enumerating client which codes exist (issue 11). Empty storage reads no row.
 */
export async function findDossierEvenly(db: Kysely<GatewayDatabase>, code: string): Promise<DossierRecord | undefined> {
  if (hasNul(code)) return undefined;
  // Both branches of the union always run (no short-circuit as in coalesce): the hit's probes and
  // the decoy's min(code) on the primary key index.
  const { rows } = await sql<Selectable<DossiersTable>>`
    select * from dossiers where code = (
      select picked.code from (
        select hit.code, hit.rank from (
          select code, case when code = ${code} then 0 else 1 end as rank from dossiers
          where code = ${code} or portal_code = ${code} order by rank limit 1
        ) as hit
        union all
        select decoy.code, 2 as rank from (select min(code) as code from dossiers) as decoy
      ) as picked order by picked.rank limit 1
    )`.execute(db);
  const row = rows[0];
  if (row === undefined) return undefined;
  const record = toDossier(row);
  return record.code === code || record.portalCode === code ? record : undefined;
}
