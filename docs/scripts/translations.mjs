#!/usr/bin/env node
// The docs in two languages: Vietnamese is the default (root) locale, English lives under en/.
// The pages for people who are not developers (commune web teams, gateway operators) and the
// widget reference exist in both; developer pages stay English-only at the root.
//
// Each English page records, in its front matter, the content hash of the Vietnamese page it was
// translated from (`sourceHash`) and of itself (`hash`). `checkTranslations` (run by
// docs/test/translations.test.ts) fails when either side changed without the other, or when the
// two sides differ in sections, numbered steps, snippet includes, live widgets, code blocks or
// links. After updating a translation, record it:
//
//   node docs/scripts/translations.mjs stamp en/guide/commune-web-team.md
//   node docs/scripts/translations.mjs check
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

/** The English locale's folder (VitePress `locales.en`). */
export const EN = 'en';

/**
 * Pages for people who are not developers: commune web teams (civil servants who keep the
 * commune's website) and gateway operators. Each exists at `<page>` in Vietnamese and at
 * `en/<page>` in English.
 */
export const LOCALIZED_PAGES = [
  'index.md',
  'guide/index.md',
  'guide/commune-web-team.md',
  'guide/supplements-web-team.md',
  'guide/theming.md',
  'guide/languages.md',
  'guide/csp.md',
  'guide/offline.md',
  'guide/gateway-operator.md',
  'guide/deploy-gateway.md',
  'guide/notifications.md',
  'guide/sms-zalo.md',
  'guide/sign-in.md',
];

/** Generated in both languages by docs/scripts/gen-elements.mjs (no hashes: both come from the manifest). */
export const GENERATED_PAGES = ['reference/elements.md'];

/**
 * Pages for developers (portal developers, provincial back ends, the API, the glossary of wire
 * names): English only, at the root, linked from both locales' navigation.
 */
export const DEVELOPER_PAGES = [
  'guide/portal-developer.md',
  'guide/provincial-back-end.md',
  'guide/portal-contract.md',
  'guide/paygov-callback.md',
  'guide/scoreboard-source.md',
  'guide/gateway-hardening.md',
  'glossary.md',
];

const RECORD = /^(sourceHash|hash): *[0-9a-f]*\n/gm;
const FRONT_MATTER = /^---\n([^]*?)\n---\n/;

/** The text of a page without its translation record (the lines `sourceHash:` and `hash:`). */
const withoutRecord = (text) =>
  text
    .replace(/\r\n/g, '\n')
    .replace(RECORD, '')
    .replace(/^---\n---\n/, '');

/** The content hash of a page (16 hex digits of SHA-256), ignoring its own translation record. */
export const contentHash = (text) => createHash('sha256').update(withoutRecord(text)).digest('hex').slice(0, 16);

/** The hashes an English page records: `{ sourceHash, hash }` (undefined when absent). */
export function recordOf(text) {
  const front = FRONT_MATTER.exec(text.replace(/\r\n/g, '\n'))?.[1] ?? '';
  const value = (key) => new RegExp(`^${key}: *([0-9a-f]+)$`, 'm').exec(front)?.[1];
  return { sourceHash: value('sourceHash'), hash: value('hash') };
}

/** `text` with its translation record set to the given hashes (front matter added if needed). */
export function withRecord(text, { sourceHash, hash }) {
  const clean = withoutRecord(text);
  const lines = `sourceHash: ${sourceHash}\nhash: ${hash}\n`;
  return clean.startsWith('---\n') ? clean.replace(/^---\n/, `---\n${lines}`) : `---\n${lines}---\n${clean}`;
}

/** Drops fenced code blocks (keeping their opening line) and inline code. */
const prose = (body) => body.replace(/^(```[^\n]*)\n[^]*?^```$/gm, '$1').replace(/`[^`\n]*`/g, '');

/**
 * What must be the same in both languages: heading levels (sections), numbered steps, snippet
 * includes, live widgets (`<Dvc…>` components and `<dvc-…>` tags outside code), code blocks (by
 * language) and link targets (each resolved to its page, without the locale and anchor).
 */
export function structureOf(text, page, locale) {
  const body = withoutRecord(text);
  const outside = prose(body);
  const pageDir = posix.dirname(page);
  const target = (href) => {
    if (/^[a-z]+:|^#/.test(href)) return href; // external, or an anchor on the same page
    const path = href.split('#')[0].replace(/\.md$/, '').replace(/\/$/, '/index');
    const resolved = path.startsWith('/')
      ? path.slice(1)
      : posix.normalize(posix.join(locale === EN ? posix.join(EN, pageDir) : pageDir, path));
    return resolved;
  };
  const targets = [
    ...[...outside.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]),
    ...[...body.matchAll(/^ *link: (\S+)$/gm)].map((m) => m[1]),
  ].map(target);
  const localized = new Set([...LOCALIZED_PAGES, ...GENERATED_PAGES].map((p) => p.replace(/\.md$/, '')));
  const inOtherLocale = targets.filter((t) => (locale === EN ? localized.has(t) : t.startsWith(`${EN}/`)));
  return {
    sections: [...outside.matchAll(/^(#{1,6}) /gm)].map((m) => m[1].length).join(' '),
    steps: [...outside.matchAll(/^ *\d+\. /gm)].length,
    snippets: [...body.matchAll(/^<<< @\/snippets\/(\S+)/gm)].map((m) => m[1]),
    widgets: [...outside.matchAll(/<(Dvc[A-Za-z]+|dvc-[a-z-]+)[\s/>]/g)].map((m) => m[1]),
    codeBlocks: [...body.matchAll(/^```(\w*)/gm)].map((m) => m[1] || 'text').filter((_, i) => i % 2 === 0),
    links: targets.map((t) => t.replace(new RegExp(`^${EN}/`), '')),
    inOtherLocale,
  };
}

const pretty = (value) => (Array.isArray(value) ? `[${value.join(', ')}]` : String(value));

/**
 * Every way the two languages disagree, as messages (Vietnamese, then English) naming the page to
 * update. An empty list means both locales are in step.
 */
export function checkTranslations(docs) {
  const problems = [];
  for (const page of [...LOCALIZED_PAGES, ...GENERATED_PAGES]) {
    const [viPath, enPath] = [join(docs, page), join(docs, EN, page)];
    const [vi, en] = [viPath, enPath].map((p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined));
    if (vi === undefined || en === undefined) {
      const missing = vi === undefined ? `docs/${page}` : `docs/${EN}/${page}`;
      problems.push(`Thiếu trang ${missing} — ${missing} is missing (every localized page exists in both locales).`);
      continue;
    }
    if (!GENERATED_PAGES.includes(page)) {
      const record = recordOf(en);
      const stamp = `node docs/scripts/translations.mjs stamp ${EN}/${page}`;
      if (!record.sourceHash || !record.hash) {
        problems.push(
          `docs/${EN}/${page} chưa ghi mã băm của bản gốc — records no translation hashes: translate it from docs/${page}, then run \`${stamp}\`.`,
        );
      } else {
        if (record.sourceHash !== contentHash(vi))
          problems.push(
            `docs/${page} đã sửa mà bản tiếng Anh chưa cập nhật — changed since its English translation: update docs/${EN}/${page}, then run \`${stamp}\`.`,
          );
        if (record.hash !== contentHash(en))
          problems.push(
            `docs/${EN}/${page} đã sửa mà bản tiếng Việt chưa cập nhật — changed without its Vietnamese source: update docs/${page} to match, then run \`${stamp}\`.`,
          );
      }
    }
    const [a, b] = [structureOf(vi, page, 'vi'), structureOf(en, page, EN)];
    for (const [side, path, { inOtherLocale }] of [
      ['vi', `docs/${page}`, a],
      [EN, `docs/${EN}/${page}`, b],
    ])
      if (inOtherLocale.length)
        problems.push(
          `${path} dẫn sang trang của ngôn ngữ kia — links to the other locale's pages: ${pretty(inOtherLocale)} (link the ${side === EN ? 'en/' : 'root'} page instead).`,
        );
    for (const key of Object.keys(a).filter((k) => k !== 'inOtherLocale'))
      if (pretty(a[key]) !== pretty(b[key]))
        problems.push(
          `docs/${page} và docs/${EN}/${page} khác nhau ở ${key} — differ in ${key}: ${pretty(a[key])} (vi) ≠ ${pretty(b[key])} (en). Update the page that lags.`,
        );
  }
  return problems;
}

/** Records that `en/<page>` is the translation of the Vietnamese page as it is now. */
export function stamp(docs, enPage) {
  const page = enPage.replace(new RegExp(`^(docs/)?${EN}/`), '');
  const enPath = join(docs, EN, page);
  const en = readFileSync(enPath, 'utf8');
  const sourceHash = contentHash(readFileSync(join(docs, page), 'utf8'));
  writeFileSync(enPath, withRecord(en, { sourceHash, hash: contentHash(en) }));
  return `${EN}/${page}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const docs = join(dirname(process.argv[1]), '..');
  const [command, ...pages] = process.argv.slice(2);
  if (command === 'stamp' && pages.length) {
    for (const page of pages) console.log(`stamped ${stamp(docs, page)}`);
  } else if (command === 'check') {
    const problems = checkTranslations(docs);
    for (const p of problems) console.error(`✗ ${p}`);
    console.log(problems.length ? `${problems.length} problem(s)` : 'both locales are in step');
    process.exit(problems.length ? 1 : 0);
  } else {
    console.error('usage: node docs/scripts/translations.mjs check | stamp en/<page>.md …');
    process.exit(2);
  }
}
