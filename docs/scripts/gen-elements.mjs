#!/usr/bin/env node
// Generates the widget reference from @dvc-kit/elements' custom elements manifest
// (dist/custom-elements.json, written by its build), in Vietnamese (docs/reference/elements.md,
// the default locale) and English (docs/en/reference/elements.md): one section per tag with its
// summary, attributes, properties, events, slots, CSS parts and custom properties, and a live
// example (the widgets that call a gateway run against the one the reader sets, by default
// `pnpm start`'s). The manifest's descriptions are English (the widgets' JSDoc); their Vietnamese
// texts are in docs/scripts/elements-vi.json, keyed by the English text: a description without
// one, or a Vietnamese text whose English source is gone, fails the generation, naming it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { DOCS_ORIGINS } from '../../scripts/lib/services.mjs';
import { EN } from './translations.mjs';

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

/** The Vietnamese texts of the manifest's descriptions, keyed by the English text (spaces folded). */
const cataloguePath = join(import.meta.dirname, 'elements-vi.json');
const catalogue = JSON.parse(readFileSync(cataloguePath, 'utf8'));
const fold = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim();
const untranslated = new Set();
const used = new Set();
/** `text` (an English description) in `locale`. */
function localize(text, locale) {
  const key = fold(text);
  if (locale === EN || !key) return text;
  used.add(key);
  if (catalogue[key] === undefined) untranslated.add(key);
  return catalogue[key] ?? text;
}

/** The words of each page around the manifest's descriptions. */
const WORDS = {
  vi: {
    title: 'Thành phần giao diện (widget)',
    intro: [
      `${declarations.length} thành phần, sinh tự động từ bản kê (custom elements manifest) mà \`@dvc-kit/elements\` kèm theo`,
      '(`@dvc-kit/elements/custom-elements.json`). Mỗi thành phần là một thẻ HTML thật: dùng được trong',
      'trang HTML thường, trong mọi framework, hoặc qua các thành phần React có kiểu của `@dvc-kit/react`.',
    ],
    live: 'Ví dụ trực tiếp',
    liveText: [
      'Mọi ví dụ trên trang này đều chạy thật. Các ô nhập liệu chạy một mình; các thành phần cần gọi',
      'gateway (máy chủ trung gian giữa trang web và Cổng) chạy bên trong `<dvc-provider endpoint="…">`,',
      'trỏ tới gateway đặt ở ô bên dưới (trình duyệt này sẽ ghi nhớ). Mặc định là',
      `\`${LIVE_GATEWAY.endpoint}\` với mã cơ quan \`${LIVE_GATEWAY.agency}\` (Xã Ea Bung trong sandbox), đúng như`,
      '`pnpm start` chạy; gateway đó cho phép (CORS) các địa chỉ của trang tài liệu này —',
      `${DOCS_ORIGINS.map((o) => `\`${o}\``).join(', ')} (\`pnpm docs:dev\` và \`pnpm docs:preview\`, chạy trong \`docs/\`).`,
      'Gateway riêng của bạn phải ghi địa chỉ trang tài liệu vào `GATEWAY_ALLOWED_ORIGINS`.',
      'Khi không có gateway nào trả lời, mỗi thành phần tự báo lỗi của mình.',
    ],
    attributes: ['Thuộc tính HTML', ['thuộc tính', 'tên trong JavaScript', 'kiểu', 'mặc định', 'mô tả']],
    properties: ['Thuộc tính chỉ dùng trong JavaScript', ['tên', 'kiểu', 'mô tả']],
    events: ['Sự kiện', ['sự kiện', 'mô tả']],
    slots: ['Khe (slot)', ['khe', 'mô tả']],
    parts: ['Phần CSS (part)', ['phần', 'mô tả']],
    cssProperties: ['Biến CSS', ['biến', 'mô tả']],
    defaultSlot: '(mặc định)',
  },
  [EN]: {
    title: 'Widget reference',
    intro: [
      `${declarations.length} elements, generated from the custom elements manifest that \`@dvc-kit/elements\` ships`,
      '(`@dvc-kit/elements/custom-elements.json`). Every element is a real custom element: use it from',
      'plain HTML, from any framework, or through the typed React wrappers of `@dvc-kit/react`.',
    ],
    live: 'Live examples',
    liveText: [
      'Every example on this page is live. The form inputs run on their own; the widgets that call a',
      'gateway run inside `<dvc-provider endpoint="…">` pointed at the gateway set below (remembered in',
      `this browser). The default, \`${LIVE_GATEWAY.endpoint}\` with agency \`${LIVE_GATEWAY.agency}\``,
      '(Xã Ea Bung in the sandbox), is what `pnpm start` runs; its gateway allows the origins of these',
      `docs for CORS — ${DOCS_ORIGINS.map((o) => `\`${o}\``).join(', ')} (\`pnpm docs:dev\` and`,
      '`pnpm docs:preview`, run in `docs/`). A gateway of your own must list the docs origin in `GATEWAY_ALLOWED_ORIGINS`.',
      'When no gateway answers, each widget shows its own error.',
    ],
    attributes: ['Attributes', ['attribute', 'property', 'type', 'default', 'description']],
    properties: ['Properties (JavaScript only)', ['property', 'type', 'description']],
    events: ['Events', ['event', 'description']],
    slots: ['Slots', ['slot', 'description']],
    parts: ['CSS parts', ['part', 'description']],
    cssProperties: ['CSS custom properties', ['property', 'description']],
    defaultSlot: '(default)',
  },
};

/** The reference page in `locale` (`vi` or `en`), as lines. */
function page(locale) {
  const w = WORDS[locale];
  const text = (s) => cell(localize(s, locale));
  const out = [
    `# ${w.title}`,
    '',
    '<!-- Generated by docs/scripts/gen-elements.mjs from @dvc-kit/elements/dist/custom-elements.json. Do not edit. -->',
    '',
    ...w.intro,
    '',
    `## ${w.live}`,
    '',
    ...w.liveText,
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
    out.push(`## \`<${d.tagName}>\``, '', text(d.summary || d.description), '');
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
        ...w.attributes,
        (d.attributes ?? []).map((a) => [
          code(a.name),
          code(a.fieldName),
          code(a.type?.text),
          code(a.default),
          text(a.description),
        ]),
      ),
      ...table(
        ...w.properties,
        publicFields
          .filter((f) => !(d.attributes ?? []).some((a) => a.fieldName === f.name))
          .map((f) => [code(f.name), code(f.type?.text), text(f.description)]),
      ),
      ...table(
        ...w.events,
        (d.events ?? []).filter((e) => e.name).map((e) => [code(e.name), text(e.description)]),
      ),
      ...table(
        ...w.slots,
        (d.slots ?? []).map((s) => [s.name ? code(s.name) : w.defaultSlot, text(s.description)]),
      ),
      ...table(
        ...w.parts,
        (d.cssParts ?? []).map((p) => [code(p.name), text(p.description)]),
      ),
      ...table(
        ...w.cssProperties,
        (d.cssProperties ?? []).map((p) => [code(p.name), text(p.description)]),
      ),
    );
  }
  return out.join('\n');
}

// Both pages, under docs/ or the folder named by the first argument (the docs tests generate them to check).
const base = process.argv[2] ?? join(import.meta.dirname, '..');
const pages = { vi: join(base, 'reference', 'elements.md'), [EN]: join(base, EN, 'reference', 'elements.md') };
const texts = Object.fromEntries(Object.keys(pages).map((locale) => [locale, page(locale)]));
const stale = Object.keys(catalogue).filter((key) => !used.has(key));
if (untranslated.size || stale.length) {
  const list = (keys) => keys.map((k) => `  - ${JSON.stringify(k)}`).join('\n');
  if (untranslated.size)
    console.error(
      `✗ ${untranslated.size} mô tả chưa có bản tiếng Việt — description(s) without a Vietnamese text: add them to ${relative(process.cwd(), cataloguePath)}:\n${list([...untranslated])}`,
    );
  if (stale.length)
    console.error(
      `✗ ${stale.length} bản dịch không còn bản gốc tiếng Anh (mô tả đã đổi?) — Vietnamese text(s) whose English source changed or is gone: update or remove them in ${relative(process.cwd(), cataloguePath)}:\n${list(stale)}`,
    );
  process.exit(1);
}
for (const [locale, target] of Object.entries(pages)) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, texts[locale]);
  console.log(`${relative(process.cwd(), target)}: ${declarations.length} elements (${locale})`);
}
