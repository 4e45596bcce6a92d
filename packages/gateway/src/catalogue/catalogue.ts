import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formDefinitionSchema } from '@dvc-kit/core';
import type { AgencyEntry, FormDefinition, ProcedureDetail } from '@dvc-kit/core';
import type { Logger } from '../http/logger';
import type { PortalConnection } from '../portal/portal-connection';
import { loadFormsDir } from './forms-dir';
import { fallbackForm, toAgencyEntries, toProcedureDetail } from './map-procedure';
import { withSafeUrls } from './safe-url';

/** What the gateway knows of the portal's catalogue at one moment. */
export interface CatalogueSnapshot {
  agencies: AgencyEntry[];
  procedures: ProcedureDetail[];
  /** Epoch ms of the fetch. */
  fetchedAt: number;
}

/** Agencies and procedures (with forms), cached. See {@link createCatalogue}. */
export interface Catalogue {
  /** The current snapshot; fetched on first use, refreshed in the background once stale. */
  get(): Promise<CatalogueSnapshot>;
  /** One procedure, or `undefined`. */
  procedure(code: string): Promise<ProcedureDetail | undefined>;
  /** One agency, or `undefined`. */
  agency(code: string): Promise<AgencyEntry | undefined>;
}

/** Options of {@link createCatalogue}. */
export interface CatalogueOptions {
  /** Portal connection; without one only the forms directory's procedures exist (none). */
  portal?: PortalConnection;
  /** Where the last good snapshot is kept (`<dataDir>/catalogue.json`). */
  dataDir: string;
  /** Forms directory (`<code>.json`), overriding the portal's forms. */
  formsDir?: string;
  /** Reuse a snapshot this long before refreshing, in ms. */
  ttlMs: number;
  logger: Logger;
}

const EMPTY: CatalogueSnapshot = { agencies: [], procedures: [], fetchedAt: 0 };

/** Runs `fn` over `items`, `limit` at a time. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i] as T);
    }),
  );
  return out;
}

async function fetchSnapshot(portal: PortalConnection, forms: Map<string, FormDefinition>): Promise<CatalogueSnapshot> {
  const agencies = toAgencyEntries(await portal.client.listAgencies());
  const self = agencies.find((a) => a.code === portal.agencyCode);
  const fallbackAgency = { code: portal.agencyCode, name: self?.name.vi ?? portal.agencyCode };
  const list = await portal.client.listProcedures({}, { limit: 5000 }).toArray();
  const details = await mapLimit(list, 4, async (summary) => {
    const procedure = (await portal.client.getProcedure(summary.code)) ?? summary;
    let form = forms.get(procedure.code);
    if (form === undefined) {
      // A real portal has no forms; the sandbox sends one in the extension field BIEUMAU,
      // which core's codec keeps in `extraWireFields`.
      const parsed = formDefinitionSchema.safeParse(procedure.extraWireFields?.BIEUMAU);
      form = parsed.success ? parsed.data : fallbackForm(procedure);
    }
    return toProcedureDetail(procedure, form, fallbackAgency);
  });
  return { agencies, procedures: details, fetchedAt: Date.now() };
}

/**
 * The catalogue cache. Choice: memory with a TTL, plus the last good snapshot written to
 * `<dataDir>/catalogue.json` — so search keeps working while the portal is down, even
 * right after a restart. A stale snapshot is served at once while a refresh runs in the
 * background; a failed refresh keeps the old snapshot and is retried after a minute.
 */
export function createCatalogue(options: CatalogueOptions): Catalogue {
  const file = join(options.dataDir, 'catalogue.json');
  let snapshot: CatalogueSnapshot | undefined;
  let refreshing: Promise<CatalogueSnapshot> | undefined;
  let retryAfter = 0;
  let forms: Map<string, FormDefinition> | undefined;

  const loadForms = async () => (forms ??= options.formsDir ? await loadFormsDir(options.formsDir) : new Map());
  const withForms = async (s: CatalogueSnapshot): Promise<CatalogueSnapshot> => {
    const overrides = await loadForms();
    if (overrides.size === 0) return s;
    return {
      ...s,
      procedures: s.procedures.map((p) => ({ ...p, form: withSafeUrls(overrides.get(p.code) ?? p.form) })),
    };
  };

  const refresh = (): Promise<CatalogueSnapshot> => {
    refreshing ??= (async () => {
      const portal = options.portal;
      if (portal === undefined) return EMPTY;
      const fresh = await fetchSnapshot(portal, await loadForms());
      snapshot = fresh;
      const temp = `${file}.tmp`;
      await writeFile(temp, JSON.stringify(fresh), { mode: 0o600 });
      await rename(temp, file);
      options.logger.info('catalogue.refreshed', {
        agencies: fresh.agencies.length,
        procedures: fresh.procedures.length,
      });
      return fresh;
    })().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };

  const loadSaved = async (): Promise<CatalogueSnapshot | undefined> => {
    try {
      return await withForms(JSON.parse(await readFile(file, 'utf8')) as CatalogueSnapshot);
    } catch {
      return undefined;
    }
  };

  async function get(): Promise<CatalogueSnapshot> {
    if (options.portal === undefined) return (snapshot ??= await withForms(EMPTY));
    snapshot ??= await loadSaved();
    if (snapshot === undefined || snapshot.fetchedAt === 0) return refresh();
    const stale = Date.now() - snapshot.fetchedAt > options.ttlMs;
    if (stale && Date.now() >= retryAfter) {
      refresh().catch(() => {
        retryAfter = Date.now() + 60_000;
        options.logger.warn('catalogue.refresh-failed', {});
      });
    }
    return snapshot;
  }

  return {
    get,
    procedure: async (code) => (await get()).procedures.find((p) => p.code === code),
    agency: async (code) => (await get()).agencies.find((a) => a.code === code),
  };
}
