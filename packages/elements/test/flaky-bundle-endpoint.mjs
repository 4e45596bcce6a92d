// wtr middleware for the loader tests (src/internal/loader/loader.test.ts): a widgets "bundle" that
// fails the first N times it is requested, and a page that loads it through dvc-loader under
// the strict host CSP. Real HTTP on the wtr server, same origin as the tests.
//
// - GET /__dvc-test/flaky-bundle.js?key=K&fail=N — 503 for the first N requests of key K
//   (any other query, e.g. the loader's `dvc-retry`, is ignored), then a module that
//   registers the real <dvc-dossier-status>.
// - GET /__dvc-test/flaky-bundle-log?key=K — JSON: the URLs key K was requested with.
// - GET /__dvc-test/loader.html?key=K&fail=N&retries=R — a page served with `csp` whose
//   <dvc-dossier-status> holds fallback content (fallback.css) and whose only script is
//   dvc-loader (retry wait 30 ms) pointed at the flaky bundle.

/** The bundle once it stops failing: the real element, served from its source by wtr. */
const BUNDLE = "import '/packages/elements/src/components/dossier-status/dossier-status.define.ts';\n";

const escape = (value) => String(value).replace(/[^0-9A-Za-z._-]/g, '');

/** @param {string} csp the Content-Security-Policy of the loader page */
export function flakyBundleEndpoint(csp) {
  /** @type {Map<string, string[]>} */
  const requests = new Map();
  return async (ctx, next) => {
    if (ctx.path === '/__dvc-test/flaky-bundle.js') {
      const key = String(ctx.query.key ?? '');
      const seen = requests.get(key) ?? [];
      seen.push(ctx.url);
      requests.set(key, seen);
      ctx.set('Cache-Control', 'no-store');
      if (seen.length <= Number(ctx.query.fail ?? 0)) {
        ctx.status = 503;
        ctx.body = 'unavailable';
        return;
      }
      ctx.type = 'text/javascript';
      ctx.body = BUNDLE;
      return;
    }
    if (ctx.path === '/__dvc-test/flaky-bundle-log') {
      ctx.body = { requests: requests.get(String(ctx.query.key ?? '')) ?? [] };
      return;
    }
    if (ctx.path === '/__dvc-test/loader.html') {
      const key = escape(ctx.query.key);
      const fail = Number(ctx.query.fail ?? 0);
      const retries = Number(ctx.query.retries ?? 3);
      ctx.set('Content-Security-Policy', csp);
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Loader</title>
<link rel="stylesheet" href="/packages/elements/src/internal/fallback/fallback.css">
<script type="module" src="/packages/elements/src/internal/loader/dvc-loader.ts" data-src="/__dvc-test/flaky-bundle.js?key=${key}&amp;fail=${fail}" data-retries="${retries}" data-retry-ms="30"></script>
</head><body><main>
<p id="notice" data-dvc-load-notice hidden>Không tải được công cụ tra cứu — the look-up tool could not be loaded.</p>
<dvc-dossier-status><p id="fallback">Tra cứu hồ sơ trên <a href="https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html">Cổng Dịch vụ công quốc gia</a>.</p></dvc-dossier-status>
</main></body></html>`;
      return;
    }
    return next();
  };
}
