/**
 * dvc-loader.js — a tiny module that loads the widgets' bundle and survives a flaky network:
 * it retries with backoff and when the browser comes back `online`, and if the bundle never
 * arrives it marks `<html data-dvc-load-failed>` and leaves the widgets' fallback content
 * (the HTML inside each tag, styled by fallback.css) in place. No inline script, no eval:
 * it runs under `script-src 'self'; require-trusted-types-for 'script'`.
 *
 * Attributes of its own `<script>` tag:
 * - `data-src` — the bundle. @default `dvc-elements.js` next to the loader
 * - `data-retries` — retries after the first attempt. @default 3
 * - `data-retry-ms` — first wait in ms, ×3 each retry (1 s, 3 s, 9 s). @default 1000
 *
 * @example
 * ```html
 * <link rel="stylesheet" href="/vendor/fallback.css">
 * <script type="module" src="/vendor/dvc-loader.js" data-src="/vendor/dvc-elements.js"></script>
 * ```
 */
import { loadWithRetry } from './load-with-retry';

const tag = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => s.src === import.meta.url);
const data = tag?.dataset ?? {};
/** A non-negative number attribute; absent or invalid → `undefined`, so `loadWithRetry`'s default applies. */
const count = (value: string | undefined): number | undefined =>
  value && Number(value) >= 0 ? Number(value) : undefined;

void loadWithRetry({
  src: data.src ?? new URL('dvc-elements.js', import.meta.url).href,
  retries: count(data.retries),
  retryMs: count(data.retryMs),
});
