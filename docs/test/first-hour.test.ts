import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations (the module `pnpm start` runs)
import { allowedOrigins, DOCS_ORIGINS, EXAMPLE_ORIGINS } from '../../scripts/lib/services.mjs';

const docs = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(docs, path), 'utf8');
const originsOf = allowedOrigins as (site: string, extra?: string) => string[];

describe("a newcomer's first hour, as the docs tell it", () => {
  test.each([
    ['guide/commune-web-team.md', '`vendor/` ở thư mục gốc của trang web'],
    ['en/guide/commune-web-team.md', '`vendor/` at the root of your site'],
  ])("the commune guide's snippets load the widgets from where step 1 puts them (%s)", (page, where) => {
    const guide = read(page);
    const target = /^cp -r packages\/elements\/dist\/cdn\/\. \/path\/to\/your-site\/(\w+)\/$/m.exec(guide)?.[1];
    expect(target).toBe('vendor');
    expect(guide).toContain(where);
    for (const file of ['commune-page.html', 'commune-form-page.html']) {
      const paths = [...read(`snippets/${file}`).matchAll(/\s(?:src|href|data-src)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(paths.length, file).toBeGreaterThanOrEqual(3);
      for (const path of paths) expect(path, file).toMatch(new RegExp(`^/${target}/`));
    }
  });

  test.each(['guide/commune-web-team.md', 'en/guide/commune-web-team.md'])(
    'the guide says how to find the agency code, and how to add an origin to `pnpm start` (%s)',
    (page) => {
      const guide = read(page);
      expect(guide).toMatch(/^dvc agencies --gateway \S+ --province 66 --search "ea bung"$/m);
      expect(guide).toMatch(/^GATEWAY_ALLOWED_ORIGINS=http:\/\/127\.0\.0\.1:\d+ pnpm start$/m);
      expect(guide).toMatch(/^dvc doctor --gateway \S+ --site \S+$/m);
    },
  );

  test('`pnpm start` adds GATEWAY_ALLOWED_ORIGINS to its own origins instead of replacing them', () => {
    const site = 'http://127.0.0.1:5173';
    const defaults = originsOf(site);
    expect(defaults).toEqual([site, ...(DOCS_ORIGINS as string[]), ...(EXAMPLE_ORIGINS as string[])]);
    expect(originsOf(site, ' http://127.0.0.1:8080/ ,https://xa.example.gov.vn,,' + site)).toEqual([
      ...defaults,
      'http://127.0.0.1:8080',
      'https://xa.example.gov.vn',
    ]);
  });

  test('the docs server and the custom portal example want different ports', async () => {
    const portal = readFileSync(join(docs, '../examples/custom-portal/vite.config.ts'), 'utf8');
    const [dev, preview] = [/server: \{ port: (\d+)/, /preview: \{ port: (\d+)/].map((re) =>
      Number(re.exec(portal)?.[1]),
    );
    const config = (
      (await import(join(docs, '.vitepress/config.mts'))) as { default: { vite?: { server?: { port?: number } } } }
    ).default;
    const docsPorts = [config.vite?.server?.port, 4173];
    expect(docsPorts).not.toContain(dev);
    expect(docsPorts).not.toContain(preview);
    expect(EXAMPLE_ORIGINS).toEqual(expect.arrayContaining([`http://127.0.0.1:${dev}`, `http://127.0.0.1:${preview}`]));
  });

  test("the glossary maps one field's three names: wire, model, public API", () => {
    const glossary = read('glossary.md');
    expect(glossary).toContain('## One field, three names');
    expect(glossary).toContain('| Chủ hồ sơ (tên) | `ChuHoSo` | `Dossier.ownerName` | `applicant.fullName` |');
    expect(glossary).toContain('| `SoGiayToChuHoSo` | `Dossier.ownerDocumentNumber` | `applicant.citizenId` |');
  });
});
