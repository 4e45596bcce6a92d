import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGateway, loadConfig } from '@dvc-kit/gateway';
import { useSandbox } from './sandbox-fixture';
// @ts-expect-error -- plain ESM script without type declarations (the module `pnpm start` runs)
import { DOCS_ORIGINS, gatewayEnv } from '../../scripts/lib/services.mjs';

const docs = join(import.meta.dirname, '..');
const root = join(docs, '..');
const docsOrigins = DOCS_ORIGINS as string[];
const envOf = gatewayEnv as (options: {
  urls: Record<'sandbox' | 'gateway' | 'site', string>;
  dataDir: string;
  agencyCode?: string;
}) => Record<string, string>;

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
}
const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/dist/custom-elements.json'), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const elements = new Map(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName!, d]),
);

/** The text of an attribute value as the browser (and Vue's compiler) reads it. */
const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe.each([
  ['Vietnamese (default locale)', 'reference/elements.md'],
  ['English', 'en/reference/elements.md'],
])('the widget reference in %s: a live example for every element', (_, path) => {
  let page: string;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-docs-ref-'));
    const run = spawnSync(process.execPath, [join(docs, 'scripts/gen-elements.mjs'), dir], {
      cwd: docs,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    page = readFileSync(join(dir, path), 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Each element's section (from its heading to the next) and the live examples in it. */
  const sections = () =>
    page
      .split(/^## /m)
      .slice(1)
      .flatMap((s) => {
        const tag = /^`<([a-z-]+)>`/.exec(s)?.[1];
        if (!tag) return [];
        const examples = [...s.matchAll(/^<DvcLiveExample( gateway)? html="([^"]*)" \/>$/gm)].map((m) => ({
          gateway: Boolean(m[1]),
          html: decode(m[2]!),
        }));
        return [{ tag, examples }];
      });

  test('every element of the manifest has exactly one live example, inside the live container, that uses it', () => {
    const found = sections();
    expect(found.map((s) => s.tag).sort()).toEqual([...elements.keys()].sort());
    for (const { tag, examples } of found) {
      expect(examples, tag).toHaveLength(1);
      expect(examples[0]!.html, tag).toMatch(new RegExp(`<${tag}[\\s>]`));
    }
    // The live container: the theme's component renders `<div class="dvc-live">` with the HTML.
    const component = readFileSync(join(docs, '.vitepress/theme/LiveExample.vue'), 'utf8');
    expect(component).toMatch(/<div class="dvc-live" :data-dvc-gateway="[^"]+" v-html="html"><\/div>/);
  });

  test('the examples use only tags and attributes the manifest defines', () => {
    for (const { tag, examples } of sections()) {
      for (const m of examples[0]!.html.matchAll(/<([a-z][a-z0-9-]*)([^>]*)>/g)) {
        const element = elements.get(m[1]!);
        expect(element, `${tag}: <${m[1]}>`).toBeDefined();
        for (const [, attr] of m[2]!.replace(/"[^"]*"/g, '""').matchAll(/\s([a-z-]+)(?==|\s|$)/g)) {
          if (attr === 'lang') continue;
          expect(
            element!.attributes?.map((a) => a.name),
            `${tag}: <${m[1]} ${attr}>`,
          ).toContain(attr);
        }
      }
    }
  });

  test("the widgets that call a gateway run inside a <dvc-provider> pointed at the gateway control's default", () => {
    const control = /^<DvcGatewayControl endpoint="([^"]+)" agency="([^"]+)" \/>$/m.exec(page);
    expect(control, 'the "Gateway for live examples" control').not.toBeNull();
    const [, endpoint, agency] = control!;
    expect(endpoint).toBe('http://127.0.0.1:8787'); // what `pnpm start` runs
    expect(agency).toBe('000.50.20.H66'); // Xã Ea Bung in the sandbox
    const gatewayExamples = sections().filter((s) => s.examples[0]!.gateway);
    expect(gatewayExamples.map((s) => s.tag).sort()).toEqual([
      'dvc-digitization-board',
      'dvc-dossier-form',
      'dvc-dossier-status',
      'dvc-my-dossiers',
      'dvc-procedure-search',
      'dvc-provider',
      'dvc-rating',
      'dvc-sign-in',
      'dvc-supplement-answer',
    ]);
    for (const { tag, examples } of gatewayExamples) {
      const html = examples[0]!.html;
      expect(html, tag).toMatch(
        new RegExp(`^<dvc-provider endpoint="${endpoint!.replace(/\./g, '\\.')}"[^>]*>[^]*</dvc-provider>$`),
      );
      for (const [, value] of html.matchAll(/\sagency="([^"]*)"/g)) expect(value, tag).toBe(agency);
    }
    // Before the examples: what to run, in Vietnamese and English, and the origins the gateway allows.
    const intro = page.slice(0, page.indexOf('<DvcLiveExample'));
    expect(intro).toContain('Chạy `pnpm start`');
    expect(intro).toContain('Run `pnpm start`');
    for (const origin of docsOrigins) expect(intro).toContain(origin);
  });
});

describe("`pnpm start`'s gateway allows the docs' origins", () => {
  const sandbox = useSandbox('dvc-docs-cors-');

  test('the docs origins are those of `pnpm docs:dev` and `pnpm docs:preview`, as localhost and 127.0.0.1', async () => {
    const configPath = join(docs, '.vitepress/config.mts');
    const config = (
      (await import(configPath)) as { default: { vite?: { server?: { port?: number; strictPort?: boolean } } } }
    ).default;
    const scripts = (
      JSON.parse(readFileSync(join(docs, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const previewPort = /--port (\d+)/.exec(scripts['docs:preview'] ?? '')?.[1];
    expect(config.vite?.server).toMatchObject({ port: 5174, strictPort: true });
    expect(previewPort).toBe('4173');
    const expected = [config.vite!.server!.port, Number(previewPort)].flatMap((p) => [
      `http://localhost:${p}`,
      `http://127.0.0.1:${p}`,
    ]);
    expect([...docsOrigins].sort()).toEqual(expected.sort());
  });

  test("a gateway started with `pnpm start`'s environment answers CORS for the site first and the docs, not others", async () => {
    const site = 'http://127.0.0.1:5173';
    const env = envOf({
      urls: { sandbox: sandbox.url, gateway: 'http://127.0.0.1:8787', site },
      dataDir: sandbox.dataDir,
      agencyCode: '000.50.20.H66',
    });
    const config = loadConfig({ env, overrides: { port: 0, quiet: true } });
    expect(config.allowedOrigins[0]).toBe(site);
    const gateway = await createGateway(config);
    const { url } = await gateway.start();
    try {
      const allowed = async (origin: string) => {
        const preflight = await fetch(`${url}/v1/procedures?q=khai%20sinh`, {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
        });
        const get = await fetch(`${url}/v1/procedures?q=khai%20sinh`, { headers: { Origin: origin } });
        expect(get.status).toBe(200);
        return [preflight.headers.get('access-control-allow-origin'), get.headers.get('access-control-allow-origin')];
      };
      for (const origin of [site, ...docsOrigins]) expect(await allowed(origin), origin).toEqual([origin, origin]);
      expect(await allowed('http://localhost:9999')).toEqual([null, null]);
    } finally {
      await gateway.close();
    }
  });
});
