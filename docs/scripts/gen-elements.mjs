#!/usr/bin/env node
// Generates docs/reference/elements.md from @dvc-kit/elements' custom elements manifest
// (dist/custom-elements.json, written by its build): one section per tag with its summary,
// attributes, properties, events, slots, CSS parts and custom properties, and a live example
// (the widgets that call a gateway run against the one the reader sets, by default `pnpm start`'s).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { DOCS_ORIGINS } from '../../scripts/lib/services.mjs';

const require = createRequire(import.meta.url);
const manifestPath = join(dirname(require.resolve('@dvc-kit/elements/package.json')), 'dist', 'custom-elements.json');
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} is missing: build the widgets first (pnpm --filter @dvc-kit/elements build).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/**
 * The gateway the live examples of the widgets that call one use by default: the one
 * `pnpm start` runs, as Xã Ea Bung (UBND xã Ea Bung in the sandbox). The reader can change both
 * on the page (theme/GatewayControl.vue, remembered in localStorage).
 */
const LIVE_GATEWAY = { endpoint: 'http://127.0.0.1:8787', agency: '000.50.20.H66' };
/** The gateway a commune site really uses, shown in the copyable markup. */
const SITE_GATEWAY = 'https://dvc.xa-ea-bung.gov.vn/api';

/** Widgets that work without a gateway: live as written. */
const STANDALONE = {
  'dvc-citizen-id-input':
    '<dvc-citizen-id-input name="cccd" label="Số định danh cá nhân" required></dvc-citizen-id-input>',
  'dvc-phone-input': '<dvc-phone-input name="phone" label="Số điện thoại" required></dvc-phone-input>',
  'dvc-date-input': '<dvc-date-input name="dob" label="Ngày sinh" max="2025-12-31"></dvc-date-input>',
  'dvc-unit-picker': '<dvc-unit-picker name="commune" label="Nơi cư trú"></dvc-unit-picker>',
  'dvc-file-input':
    '<dvc-file-input name="docs" label="Giấy tờ đính kèm" accept="application/pdf,image/jpeg" multiple></dvc-file-input>',
};
/** Widgets that call a gateway: live inside a `<dvc-provider>` pointed at the reader's gateway. */
const NEEDS_GATEWAY = {
  'dvc-provider': '<dvc-dossier-status></dvc-dossier-status>',
  'dvc-procedure-search': `<dvc-procedure-search agency="${LIVE_GATEWAY.agency}"></dvc-procedure-search>`,
  'dvc-dossier-form': `<dvc-dossier-form procedure="1.001193" agency="${LIVE_GATEWAY.agency}"></dvc-dossier-form>`,
  'dvc-dossier-status': '<dvc-dossier-status></dvc-dossier-status>',
  'dvc-rating': `<dvc-rating dossier="${LIVE_GATEWAY.agency}-251001-0007"></dvc-rating>`,
  'dvc-supplement-answer': `<dvc-supplement-answer code="${LIVE_GATEWAY.agency}-251001-0007" verify="5678"></dvc-supplement-answer>`,
  'dvc-digitization-board': `<dvc-digitization-board agency="${LIVE_GATEWAY.agency}"></dvc-digitization-board>`,
  'dvc-sign-in': '<dvc-sign-in></dvc-sign-in>',
  'dvc-my-dossiers': '<dvc-my-dossiers></dvc-my-dossiers>',
};
/** Widgets that need the provider to ask the gateway who is signed in (`accounts`). */
const NEEDS_ACCOUNTS = new Set(['dvc-sign-in', 'dvc-my-dossiers']);
const inProvider = (endpoint, inner, accounts = false) =>
  `<dvc-provider endpoint="${endpoint}" lang="vi"${accounts ? ' accounts' : ''}>\n  ${inner}\n</dvc-provider>`;
/** The example of `tag`: what runs on the page (`live`), what a reader copies (`markup`), and whether it needs the gateway. */
function example(tag) {
  const accounts = NEEDS_ACCOUNTS.has(tag);
  if (NEEDS_GATEWAY[tag]) {
    return {
      gateway: true,
      live: inProvider(LIVE_GATEWAY.endpoint, NEEDS_GATEWAY[tag], accounts),
      markup: inProvider(SITE_GATEWAY, NEEDS_GATEWAY[tag], accounts),
    };
  }
  const live = STANDALONE[tag] ?? `<${tag}></${tag}>`;
  return { gateway: false, live, markup: live };
}

/** `s` as a double-quoted attribute value (the theme's <DvcLiveExample> sets it as HTML). */
const attribute = (s) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '&#10;');
const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/\{\{/g, '{ {')
    .trim();
const code = (s) => (s ? `\`${String(s).replace(/\|/g, '\\|').replace(/`/g, '')}\`` : '');
const table = (title, head, rows) =>
  rows.length
    ? [
        `#### ${title}`,
        '',
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
        '',
      ]
    : [];

const declarations = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: m.path })),
);
declarations.sort(
  (a, b) =>
    (a.tagName in NEEDS_GATEWAY ? 0 : 1) - (b.tagName in NEEDS_GATEWAY ? 0 : 1) || a.tagName.localeCompare(b.tagName),
);

const out = [
  '# Widget reference',
  '',
  '<!-- Generated by docs/scripts/gen-elements.mjs from @dvc-kit/elements/dist/custom-elements.json. Do not edit. -->',
  '',
  `${declarations.length} elements, generated from the custom elements manifest that \`@dvc-kit/elements\` ships`,
  '(`@dvc-kit/elements/custom-elements.json`). Every element is a real custom element: use it from',
  'plain HTML, from any framework, or through the typed React wrappers of `@dvc-kit/react`.',
  '',
  '## Live examples',
  '',
  'Every example on this page is live. The form inputs run on their own; the widgets that call a',
  'gateway run inside `<dvc-provider endpoint="…">` pointed at the gateway set below (remembered in',
  `this browser). The default, \`${LIVE_GATEWAY.endpoint}\` with agency \`${LIVE_GATEWAY.agency}\``,
  '(Xã Ea Bung in the sandbox), is what `pnpm start` runs; its gateway allows the origins of these',
  `docs for CORS — ${DOCS_ORIGINS.map((o) => `\`${o}\``).join(', ')} (\`pnpm docs:dev\` and`,
  '`pnpm docs:preview`, run in `docs/`). A gateway of your own must list the docs origin in `GATEWAY_ALLOWED_ORIGINS`.',
  'When no gateway answers, each widget shows its own error.',
  '',
  '**Chạy `pnpm start` ở thư mục gốc của kho mã, rồi tải lại trang này. — Run `pnpm start` in the repository root, then reload this page.**',
  '',
  `<DvcGatewayControl endpoint="${LIVE_GATEWAY.endpoint}" agency="${LIVE_GATEWAY.agency}" />`,
  '',
];
for (const d of declarations) {
  const publicFields = (d.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.static &&
      m.privacy !== 'private' &&
      m.privacy !== 'protected' &&
      !m.name.startsWith('_'),
  );
  out.push(`## \`<${d.tagName}>\``, '', cell(d.summary || d.description), '');
  const { gateway, live, markup } = example(d.tagName);
  out.push(
    `<DvcLiveExample${gateway ? ' gateway' : ''} html="${attribute(live)}" />`,
    '',
    '```html',
    markup,
    '```',
    '',
  );
  out.push(
    ...table(
      'Attributes',
      ['attribute', 'property', 'type', 'default', 'description'],
      (d.attributes ?? []).map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        cell(a.description),
      ]),
    ),
    ...table(
      'Properties (JavaScript only)',
      ['property', 'type', 'description'],
      publicFields
        .filter((f) => !(d.attributes ?? []).some((a) => a.fieldName === f.name))
        .map((f) => [code(f.name), code(f.type?.text), cell(f.description)]),
    ),
    ...table(
      'Events',
      ['event', 'description'],
      (d.events ?? []).filter((e) => e.name).map((e) => [code(e.name), cell(e.description)]),
    ),
    ...table(
      'Slots',
      ['slot', 'description'],
      (d.slots ?? []).map((s) => [code(s.name || '(default)'), cell(s.description)]),
    ),
    ...table(
      'CSS parts',
      ['part', 'description'],
      (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    ...table(
      'CSS custom properties',
      ['property', 'description'],
      (d.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
  );
}
// The page, or the file named by the first argument (the docs tests generate one to check).
const target = process.argv[2] ?? join(import.meta.dirname, '..', 'reference', 'elements.md');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, out.join('\n'));
console.log(`${relative(process.cwd(), target)}: ${declarations.length} elements`);
