import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  checkTranslations,
  DEVELOPER_PAGES,
  EN,
  GENERATED_PAGES,
  LOCALIZED_PAGES,
  stamp,
  // @ts-expect-error -- plain ESM script without type declarations (also run from the command line)
} from '../scripts/translations.mjs';

const docs = join(import.meta.dirname, '..');
const localized = LOCALIZED_PAGES as string[];
const generated = GENERATED_PAGES as string[];
const developer = DEVELOPER_PAGES as string[];
const check = checkTranslations as (docs: string) => string[];

/** Every markdown page of the site, relative to docs/ (not the generated API pages). */
const pages = (dir = docs, prefix = ''): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.name.startsWith('.') || ['node_modules', 'api', 'snippets', 'test', 'scripts'].includes(e.name)
      ? []
      : e.isDirectory()
        ? pages(join(dir, e.name), `${prefix}${e.name}/`)
        : e.name.endsWith('.md')
          ? [`${prefix}${e.name}`]
          : [],
  );

describe('the docs in Vietnamese (default) and English', () => {
  test('both locales are in step: same sections, steps, snippets, live widgets, code blocks and links; hashes current', () => {
    expect(check(docs)).toEqual([]);
  });

  test('every page is either localized (in both locales) or a developer page (English only, at the root)', () => {
    const all = pages();
    const root = all.filter((p) => !p.startsWith(`${EN}/`));
    const english = all.filter((p) => p.startsWith(`${EN}/`)).map((p) => p.slice(EN.length + 1));
    expect([...root].sort()).toEqual([...localized, ...generated, ...developer].sort());
    expect([...english].sort()).toEqual([...localized, ...generated].sort());
  });

  test("both locales' sidebars reach every page: localized pages in their own locale, developer pages at the root", async () => {
    type Item = { link?: string; items?: Item[] };
    const config = (
      (await import(join(docs, '.vitepress/config.mts'))) as {
        default: { locales: Record<string, { themeConfig: { sidebar: Item[]; nav: Item[] } }> };
      }
    ).default;
    const links = (items: Item[]): string[] =>
      items.flatMap((i) => [...(i.link ? [i.link] : []), ...links(i.items ?? [])]);
    const asLink = (page: string) => `/${page.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')}`;
    for (const [locale, prefix] of [
      ['root', ''],
      [EN, `/${EN}`],
    ] as const) {
      const { sidebar, nav } = config.locales[locale]!.themeConfig;
      const reached = new Set([...links(sidebar), ...links(nav)]);
      for (const page of [...localized, ...generated].filter((p) => p !== 'index.md'))
        expect(reached, `${locale}: ${page}`).toContain(`${prefix}${asLink(page)}`);
      for (const page of developer) expect(reached, `${locale}: ${page}`).toContain(asLink(page));
      expect(reached, `${locale}: the API reference`).toContain('/api/');
    }
  });
});

describe('a translation that lags fails, naming the page to update', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-docs-i18n-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = 'guide/theming.md';
  const copy = () => {
    rmSync(dir, { recursive: true, force: true });
    cpSync(docs, dir, {
      recursive: true,
      filter: (src) => !/node_modules|[/\\]\.vitepress[/\\](cache|dist)|[/\\]api$/.test(src),
    });
  };
  const problemsOf = () => check(dir).filter((p) => p.includes(page));

  test('editing the Vietnamese page alone names the English page', () => {
    copy();
    const vi = join(dir, page);
    writeFileSync(vi, readFileSync(vi, 'utf8').replace('\n\n', '\n\nMột câu mới.\n\n'));
    expect(problemsOf()).toEqual([expect.stringContaining(`update docs/${EN}/${page}`)]);
    (stamp as (docs: string, page: string) => string)(dir, `${EN}/${page}`);
    expect(problemsOf()).toEqual([]);
  });

  test('editing the English page alone names the Vietnamese page', () => {
    copy();
    const en = join(dir, EN, page);
    writeFileSync(en, `${readFileSync(en, 'utf8')}\nA new sentence.\n`);
    expect(problemsOf()).toEqual([expect.stringContaining(`update docs/${page} to match`)]);
  });

  test('a snippet, a step or a section missing on one side is named', () => {
    copy();
    const en = join(dir, EN, page);
    const text = readFileSync(en, 'utf8');
    writeFileSync(en, text.replace(/^<<< @\/snippets\/.*$/m, '').replace(/^3\. /m, '- '));
    (stamp as (docs: string, page: string) => string)(dir, `${EN}/${page}`);
    const problems = problemsOf();
    expect(problems).toEqual([
      expect.stringMatching(/differ in steps: 3 \(vi\) ≠ 2 \(en\)/),
      expect.stringMatching(/differ in snippets: \[theming\.css\] \(vi\) ≠ \[\] \(en\)/),
    ]);
  });

  test('a missing translation and a link into the other locale are named', () => {
    copy();
    rmSync(join(dir, EN, 'guide/offline.md'));
    const vi = join(dir, page);
    writeFileSync(vi, `${readFileSync(vi, 'utf8')}\n[x](/${EN}/guide/offline)\n`);
    const problems = check(dir);
    expect(problems).toContain(
      `Thiếu trang docs/${EN}/guide/offline.md — docs/${EN}/guide/offline.md is missing (every localized page exists in both locales).`,
    );
    expect(problems.some((p) => p.includes(`docs/${page} dẫn sang trang của ngôn ngữ kia`))).toBe(true);
  });
});
