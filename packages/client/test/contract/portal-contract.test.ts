import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesOf, loadCorpus } from '../../../../scripts/lib/portal-contract';
import { CLIENT_CHECKS, OWNED_ELSEWHERE, useInsertExample } from './contract-checks';
import { useInitExample } from './own-endpoint-checks';
import { startContractPortal } from './contract-server';

// Every file and every variant of the portal contract corpus (../shared/portal-contract, or
// DVC_PORTAL_CONTRACT_DIR) against the real client over loopback HTTP: the client's requests
// have the corpus's keys, casing, value types and headers; the corpus's answers decode to their
// documented meaning or to a typed error carrying the raw answer. A missing corpus fails here.
const corpus = loadCorpus();
const keyOf = (service: string) => service.split(/[\s(]/, 1)[0] ?? service;
/** Note-only variants these checks replay as a scenario (the others are documentation). */
const SCENARIOS = new Set(['login', 'DongBoHoSoMC', 'CapNhatTienDoHoSoMC']);

let portal: Awaited<ReturnType<typeof startContractPortal>>;
beforeAll(async () => {
  portal = await startContractPortal();
  useInsertExample(corpus.find((f) => f.file === 'dongbohosomc-insert.request.json')?.example);
  useInitExample(corpus.find((f) => f.file === 'paygov-init.request.json') as Parameters<typeof useInitExample>[0]);
});
afterAll(() => portal?.close());

it('finds the corpus, every file with a service, a direction, an example and its sources', () => {
  expect(corpus.length).toBeGreaterThan(0);
  for (const file of corpus) {
    expect(file.service, file.file).toBeTypeOf('string');
    expect(['request', 'response', 'exchange'], file.file).toContain(file.direction);
    expect(file.example, file.file).toBeDefined();
    expect(file.confidence, file.file).toBeTypeOf('string');
  }
});

for (const file of corpus) {
  const key = keyOf(file.service);
  describe(file.file, () => {
    for (const c of casesOf(file)) {
      it(c.name, async () => {
        if (OWNED_ELSEWHERE[key] !== undefined) {
          // Outside the integration API: the case must at least be concrete or documented.
          expect(
            c.request !== undefined || c.response !== undefined || (c.noteOnly ?? '') !== '',
            `${file.file} › ${c.name} is checked by ${OWNED_ELSEWHERE[key]}`,
          ).toBe(true);
          return;
        }
        const checks = CLIENT_CHECKS[key];
        expect(checks, `no client contract check for service "${file.service}" (${file.file})`).toBeDefined();
        const check = checks?.[file.direction] ?? checks?.exchange ?? checks?.request;
        expect(check, `no ${file.direction} check for ${file.service}`).toBeDefined();
        if (c.noteOnly !== undefined && !SCENARIOS.has(key)) {
          // A note with nothing to replay: it must say something, and a file it points to must exist.
          expect(c.noteOnly.length).toBeGreaterThan(0);
          for (const named of c.noteOnly.match(/[\w-]+\.(request|response|exchange)\.json/g) ?? [])
            expect(corpus.map((f) => f.file)).toContain(named);
          return;
        }
        if (c.noteOnly !== undefined && key === 'DongBoHoSoMC' && file.direction === 'request') {
          for (const named of c.noteOnly.match(/[\w-]+\.(request|response|exchange)\.json/g) ?? [])
            expect(corpus.map((f) => f.file)).toContain(named);
          return;
        }
        await check?.(c, portal);
      });
    }
  });
}
