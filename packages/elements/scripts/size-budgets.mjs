/**
 * Gzip budgets (bytes, lit included, esbuild-minified ESM browser bundle) per
 * side-effect entry. `initial` counts what a page downloads before any lazy import
 * (the gateway client loads on a widget's first request, the unit tables when a unit
 * picker opens); lazily imported chunks are reported but not counted. The CDN entry is
 * measured as it is built: the gateway client and core's fallbacks bundled eagerly.
 * Issue targets: status widget ≤ 15 kB, dossier form with its inputs ≤ 40 kB, all widgets ≤ 60 kB
 * (raised to 41 kB and 61 kB for issue 12, see below).
 * The retrying loader (dist/cdn/dvc-loader.js) ≤ 1 kB and fallback.css ≤ 1.5 kB: both are
 * fetched before the bundle on the weakest connections.
 */
export const BUDGETS = [
  { name: 'dvc-provider', entry: 'src/define/provider.ts', limit: 10_000 },
  { name: 'dvc-citizen-id-input', entry: 'src/define/citizen-id-input.ts', limit: 15_000 },
  { name: 'dvc-phone-input', entry: 'src/define/phone-input.ts', limit: 15_000 },
  { name: 'dvc-date-input', entry: 'src/define/date-input.ts', limit: 15_000 },
  // 16 kB: the gateway source (one province's units on demand, issue 12) replaces a 118 kB
  // lazy download of the whole table with a few kB per province.
  { name: 'dvc-unit-picker', entry: 'src/define/unit-picker.ts', limit: 16_000 },
  // 16 kB (was 15 kB): each file now shows its uploaded state with thumbnail and size, the bytes
  // sent, a reason for every failure and retries by itself when the connection returns (issue 12).
  { name: 'dvc-file-input', entry: 'src/define/file-input.ts', limit: 16_000 },
  { name: 'dvc-procedure-search', entry: 'src/define/procedure-search.ts', limit: 16_000 },
  // 41 kB (was 40 kB), issue 12: validation and identifier messages that say how to fix the answer,
  // answers copied between sections, option search, the file input's uploaded state and failure
  // reasons (+ about 3 kB), offset in part by loading the receipt view and QR encoder lazily (− 2.6 kB).
  { name: 'dvc-dossier-form (+ inputs)', entry: 'src/define/dossier-form.ts', limit: 41_000 },
  { name: 'dvc-dossier-status', entry: 'src/define/dossier-status.ts', limit: 15_000 },
  { name: 'dvc-rating', entry: 'src/define/rating.ts', limit: 15_000 },
  { name: 'dvc-digitization-board', entry: 'src/define/digitization-board.ts', limit: 15_000 },
  // Issue 14: the sign-in control and "Hồ sơ của tôi" (which reuses <dvc-dossier-status> for the timeline).
  { name: 'dvc-sign-in', entry: 'src/define/sign-in.ts', limit: 12_000 },
  { name: 'dvc-my-dossiers (+ status)', entry: 'src/define/my-dossiers.ts', limit: 22_000 },
  { name: 'all elements (define/all)', entry: 'src/define/all.ts', limit: 60_000 },
  // 60 kB before issue 12 (uploads, receipt, ethnic groups: +1 kB) and issue 14 (<dvc-sign-in>,
  // <dvc-my-dossiers>: +5.4 kB gzip, measured); the receipt view stays a lazy chunk.
  { name: 'all widgets (CDN file)', entry: 'src/cdn/dvc-elements.ts', limit: 63_000, eager: true },
  { name: 'dvc-loader.js (CDN)', entry: 'src/loader/dvc-loader.ts', limit: 1_000 },
  { name: 'fallback.css', entry: 'src/fallback/fallback.css', limit: 1_500 },
];
