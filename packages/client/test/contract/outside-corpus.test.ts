import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PORTAL_SERVICES } from '@dvc-kit/core';
import { SANDBOX_EXTENSIONS } from '@dvc-kit/sandbox';
import type { SandboxExtensionId } from '@dvc-kit/sandbox';
import { describe, expect, it } from 'vitest';
import { corpusDir, loadCorpus } from '../../../../scripts/lib/portal-contract';

// Every error code, field and service the client or the gateway relies on that the portal
// contract corpus does not show, each behind a capability the sandbox documents as an
// extension (SANDBOX_EXTENSIONS) — so it works on `--profile extended` and is merely
// missing on `--profile observed` and on the real portal.
interface Reliance {
  /** The wire name (service, field or code). */
  name: string;
  kind: 'service' | 'field' | 'error-code';
  /** Source files (from the repository root) that use it, and what they do without it. */
  usedIn: readonly string[];
  without: string;
  extension: SandboxExtensionId;
}

export const RELIED_OUTSIDE_CORPUS: readonly Reliance[] = [
  {
    name: 'QuaTrinhXuLy',
    kind: 'field',
    usedIn: ['packages/client/src/portal/lookup-dossier.ts', 'packages/client/src/portal/sync-progress.ts'],
    without:
      'lookupDossier returns progressSteps []; an unclear progress push is resent (verified: false); the status view shows no portal steps',
    extension: 'progressInLookup',
  },
  {
    name: 'result',
    kind: 'field',
    usedIn: ['packages/client/src/portal/sync-dossier.ts'],
    without: 'a batch answered "đã tồn tại" is resolved by looking each dossier up (TraCuuHoSo)',
    extension: 'perItemResult',
  },
  {
    name: 'BaoCaoSoHoa',
    kind: 'service',
    usedIn: [
      'packages/client/src/portal/digitization-report.ts',
      'packages/gateway/src/digitization/digitization-route.ts',
    ],
    without: 'the board says the portal report is not available',
    extension: 'digitizationReport',
  },
  {
    name: 'MaCoQuanCha',
    kind: 'field',
    usedIn: ['packages/client/src/portal/catalogues.ts', 'packages/gateway/src/catalogue/map-procedure.ts'],
    without: 'agencies are placed by name under the one province the catalogue names',
    extension: 'catalogueFilters',
  },
  {
    name: 'TuKhoa',
    kind: 'field',
    usedIn: ['packages/client/src/portal/procedures.ts'],
    without: 'the filter is not applied by the portal (callers filter)',
    extension: 'catalogueFilters',
  },
  {
    name: 'BIEUMAU',
    kind: 'field',
    usedIn: ['packages/gateway/src/catalogue/catalogue.ts'],
    without: 'the gateway uses its fallback form or an operator form file',
    extension: 'catalogueFilters',
  },
];

const REPO = resolve(import.meta.dirname, '..', '..', '..', '..');
const corpusText = () =>
  readdirSync(corpusDir())
    .map((f) => readFileSync(join(corpusDir(), f), 'utf8'))
    .join('\n');
/** Names that occur in the corpus in another role (`result` as the whole answer's list). */
const IN_CORPUS_OTHERWISE = new Set(['result']);

function sources(dir: string): string[] {
  return readdirSync(join(REPO, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(dir, f));
}

describe('what the client and the gateway rely on outside the corpus', () => {
  it.each(RELIED_OUTSIDE_CORPUS.map((r) => [r.name, r] as const))(
    '%s is a documented sandbox extension',
    (_name, reliance) => {
      const extension = SANDBOX_EXTENSIONS[reliance.extension] as {
        names: readonly string[];
        description: { vi: string; en: string };
      };
      expect(extension.names).toContain(reliance.name);
      expect(extension.description.en.length).toBeGreaterThan(0);
      if (!IN_CORPUS_OTHERWISE.has(reliance.name) && reliance.kind !== 'error-code')
        expect(corpusText()).not.toContain(`"${reliance.name}"`);
      const marker =
        reliance.name === 'result'
          ? 'existingCodes'
          : reliance.kind === 'error-code'
            ? 'PORTAL_ERROR_CODES'
            : reliance.name;
      for (const file of reliance.usedIn)
        expect(readFileSync(join(REPO, file), 'utf8'), `${reliance.name} in ${file}`).toContain(marker);
    },
  );

  it('calls no portal service the corpus does not show, unless it is listed above', () => {
    const corpusServices = loadCorpus()
      .map((f) => f.service)
      .join(' ');
    const listed = new Set(RELIED_OUTSIDE_CORPUS.filter((r) => r.kind === 'service').map((r) => r.name));
    const used = new Set<string>();
    for (const file of [...sources('packages/client/src'), ...sources('packages/gateway/src')]) {
      for (const [, key] of readFileSync(join(REPO, file), 'utf8').matchAll(/PORTAL_SERVICES\.(\w+)/g))
        used.add(PORTAL_SERVICES[key as keyof typeof PORTAL_SERVICES]);
    }
    expect(used.size).toBeGreaterThan(5);
    for (const service of used)
      expect(
        corpusServices.includes(service) || listed.has(service),
        `${service} is neither in the corpus nor a listed extension`,
      ).toBe(true);
  });

  it('gives no other error code a meaning: no other client or gateway file reads PORTAL_ERROR_CODES', () => {
    const listed = new Set(RELIED_OUTSIDE_CORPUS.filter((r) => r.kind === 'error-code').flatMap((r) => r.usedIn));
    for (const file of [...sources('packages/client/src'), ...sources('packages/gateway/src')].filter(
      (f) => !listed.has(f),
    )) {
      expect(readFileSync(join(REPO, file), 'utf8'), file).not.toMatch(
        /PORTAL_ERROR_CODES|portalErrorName|isPortalSuccess/,
      );
    }
  });
});
