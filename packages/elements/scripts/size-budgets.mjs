/**
 * Gzip budgets (bytes, lit included, esbuild-minified ESM browser bundle) per
 * side-effect entry. `initial` counts what a page downloads before any lazy import
 * (the gateway client loads on a widget's first request, the unit tables when a unit
 * picker opens); lazily imported chunks are reported but not counted. The CDN entry is
 * measured as it is built: the gateway client and core's fallbacks bundled eagerly.
 * Issue targets: status widget ≤ 15 kB, dossier form with its inputs ≤ 40 kB, all widgets ≤ 60 kB.
 * Issues 10, 12, 14 and 15 landed together and each added bytes (see the comments below); the
 * budgets are the measured sizes rounded up. The CDN file now registers only `<dvc-provider>` and
 * loads every other widget's chunk when its tag appears (src/internal/cdn/autoload.ts), so a page pays for
 * what it shows: the `CDN …` rows measure the file and each lazy chunk with lit and the client
 * (what a page showing only those widgets downloads, less the shared parts it already has).
 * The retrying loader (dist/cdn/dvc-loader.js) ≤ 1 kB and fallback.css ≤ 1.5 kB: both are
 * fetched before the bundle on the weakest connections.
 */
export const BUDGETS = [
  { name: 'dvc-provider', entry: 'src/components/provider/provider.define.ts', limit: 10_000 },
  { name: 'dvc-citizen-id-input', entry: 'src/components/citizen-id-input/citizen-id-input.define.ts', limit: 15_000 },
  { name: 'dvc-phone-input', entry: 'src/components/phone-input/phone-input.define.ts', limit: 15_000 },
  { name: 'dvc-date-input', entry: 'src/components/date-input/date-input.define.ts', limit: 15_000 },
  // 16 kB: the gateway source (one province's units on demand, issue 12) replaces a 118 kB
  // lazy download of the whole table with a few kB per province.
  { name: 'dvc-unit-picker', entry: 'src/components/unit-picker/unit-picker.define.ts', limit: 16_000 },
  // 16 kB (was 15 kB): each file now shows its uploaded state with thumbnail and size, the bytes
  // sent, a reason for every failure and retries by itself when the connection returns (issue 12).
  { name: 'dvc-file-input', entry: 'src/components/file-input/file-input.define.ts', limit: 16_000 },
  { name: 'dvc-procedure-search', entry: 'src/components/procedure-search/procedure-search.define.ts', limit: 16_000 },
  // 45 kB (was 40 kB; measured 44.2 kB). Issue 12: validation and identifier messages that say how
  // to fix the answer, answers copied between sections, option search, the file input's uploaded
  // state and failure reasons (+ about 3 kB, less 2.6 kB for the lazy receipt view), the unit
  // picker's gateway source and reserved message space (+ 1.8 kB); issue 14: verified pre-fill and
  // the session (+ 1.3 kB); issue 15: the notification consent; issue 13: the origin check.
  { name: 'dvc-dossier-form (+ inputs)', entry: 'src/components/dossier-form/dossier-form.define.ts', limit: 45_000 },
  // 15.5 kB (was 15 kB; measured 15.06 kB): the supplement request (issue 15) and the refused-origin check (issue 13).
  { name: 'dvc-dossier-status', entry: 'src/components/dossier-status/dossier-status.define.ts', limit: 15_500 },
  { name: 'dvc-rating', entry: 'src/components/rating/rating.define.ts', limit: 15_000 },
  // 15.5 kB (was 15 kB; measured 15.29 kB): where the figures come from and how fresh they are (issue 10).
  // 15.6 kB: measured 15,500–15,501 B after issue 13 — the board names the lazily loaded client chunk,
  // whose content-hashed name changes with the client (ky), so the gzip size moves by a byte or two.
  {
    name: 'dvc-digitization-board',
    entry: 'src/components/digitization-board/digitization-board.define.ts',
    limit: 15_600,
  },
  // Issue 14: the sign-in control and "Hồ sơ của tôi" (which reuses <dvc-dossier-status> for the timeline).
  { name: 'dvc-sign-in', entry: 'src/components/sign-in/sign-in.define.ts', limit: 12_000 },
  // 24 kB (measured 23.4 kB with the status widget's issue-13/15 additions).
  { name: 'dvc-my-dossiers (+ status)', entry: 'src/components/my-dossiers/my-dossiers.define.ts', limit: 24_000 },
  // 65 kB (was 60 kB; measured 64.0 kB): everything above, plus <dvc-sign-in> and <dvc-my-dossiers>
  // (issue 14, + 5.4 kB) and <dvc-supplement-answer> (issue 15), for bundlers that want them all.
  { name: 'all elements (define/all)', entry: 'src/define/all.ts', limit: 65_000 },
  // 12.5 kB (was 73 kB, measured 71.9 kB with every widget eager; now 11.7 kB): lit, the client,
  // <dvc-provider> and the autoloader; the rest arrives in the chunks below, when a page uses it.
  { name: 'CDN file (dvc-elements.js)', entry: 'src/internal/cdn/dvc-elements.ts', limit: 12_500, eager: true },
  // Measured 35.8 kB: search, status look-up, scoreboard and rating, the home page's widgets.
  // + 5.1 kB for ky (5,077 B alone; issue 13 puts the client's HTTP layer on it): measured 41.3 kB.
  { name: 'CDN chunk: home widgets', entry: 'src/internal/cdn/home-widgets.ts', limit: 41_600, eager: true },
  // Measured 51.7 kB: the dossier form and its inputs (the receipt view stays lazy).
  // + 5.1 kB for ky (issue 13): measured 57.2 kB.
  { name: 'CDN chunk: form widgets', entry: 'src/internal/cdn/form-widgets.ts', limit: 57_600, eager: true },
  // Measured 11.0 kB, 30.5 kB and 26.8 kB: loaded only by pages that show them. The supplement answer
  // grew to 27.6 kB with the signed-in answer (issue 15, merged after): 28 kB.
  { name: 'CDN chunk: sign-in', entry: 'src/internal/cdn/sign-in-widget.ts', limit: 11_500, eager: true },
  // Both + 5.1 kB for ky (issue 13): measured 36.0 kB and 32.7 kB; 36.1 kB with the layout change of issue 13 (the shared gateway-request controller).
  {
    name: 'CDN chunk: my dossiers (+ status)',
    entry: 'src/internal/cdn/my-dossiers-widget.ts',
    limit: 36_200,
    eager: true,
  },
  {
    name: 'CDN chunk: supplement answer',
    entry: 'src/internal/cdn/supplement-answer-widget.ts',
    limit: 33_100,
    eager: true,
  },
  { name: 'dvc-loader.js (CDN)', entry: 'src/internal/loader/dvc-loader.ts', limit: 1_000 },
  { name: 'fallback.css', entry: 'src/internal/fallback/fallback.css', limit: 1_500 },
];
