import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway } from '../../test/start-gateway';
import type { TestGateway } from '../../test/start-gateway';

let t: TestGateway;
let doc: { openapi: string; paths: Record<string, Record<string, unknown>> };
beforeAll(async () => {
  t = await startTestGateway();
  doc = (await (await fetch(`${t.url}/openapi.json`)).json()) as typeof doc;
});
afterAll(() => t.close());

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every call the public client makes', () => {
    const source = readFileSync(
      join(import.meta.dirname, '../../../client/src/public/create-public-client.ts'),
      'utf8',
    );
    const paths: Record<string, string> = {
      unitsPath: '/v1/units',
      agenciesPath: '/v1/agencies',
      proceduresPath: '/v1/procedures',
      procedurePath: '/v1/procedures/{procedureCode}',
      'PUBLIC_API_PATHS.uploads': '/v1/uploads',
      'PUBLIC_API_PATHS.dossiers': '/v1/dossiers',
      dossierPath: '/v1/dossiers/{code}',
      dossierRatingPath: '/v1/dossiers/{code}/rating',
      dossierSupplementPath: '/v1/dossiers/{code}/supplement',
      agencyDigitizationPath: '/v1/agencies/{agencyCode}/digitization',
    };
    const calls = [...source.matchAll(/method: '(GET|POST)',\s*path: ([\w.]+)/g)].map(
      ([, method, path]) => [method, path] as const,
    );
    const posts = [...source.matchAll(/withKey\(opts\),\s*path: ([\w.]+)/g)].map(([, path]) => ['POST', path] as const);
    const all = [...calls, ...posts];
    expect(all.length).toBeGreaterThanOrEqual(9);
    for (const [method, path] of all) {
      const template = paths[path as string];
      expect([path, template]).toEqual([path, expect.any(String)]);
      expect([template, doc.paths[template as string]?.[(method as string).toLowerCase()]]).toEqual([
        template,
        expect.any(Object),
      ]);
    }
  });
});

describe('GET /docs', () => {
  it('renders a self-contained reference with its own CSP and no scripts', async () => {
    const res = await fetch(`${t.url}/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-/);
    const html = await res.text();
    expect(html).not.toMatch(/<script|https?:\/\/(?!spec\.)/i);
    expect(html).toContain('/v1/dossiers/{code}');
    expect(html).toContain('id="schema-DossierSubmission"');
  });
});
