/**
 * Attribute the loader sets on `<html>` when the widgets' bundle could not be loaded after
 * every retry (removed again if a later retry, e.g. on `online`, succeeds). Style with
 * `html[data-dvc-load-failed]`; fallback.css shows `[data-dvc-load-notice][hidden]` then.
 */
export const LOAD_FAILED_ATTRIBUTE = 'data-dvc-load-failed';

/** Query parameter that makes each retry a new URL (a failed module URL is not fetched again). */
export const RETRY_PARAM = 'dvc-retry';

/** How {@link loadWithRetry} loads the widgets' bundle. */
export interface RetryOptions {
  /** URL of the bundle (`dvc-elements.js`), absolute or relative to the page. */
  src: string;
  /** Retries after the first attempt. @default 3 */
  retries?: number;
  /** Wait before the first retry, in ms; each next wait is 3× longer (1 s, 3 s, 9 s). @default 1000 */
  retryMs?: number;
}

/**
 * The URL of attempt `attempt` (0 = the first): `src` unchanged, then `src` with
 * `?dvc-retry=<attempt>` so the browser fetches it again instead of reusing the failure.
 *
 * @example
 * ```ts
 * retryUrl('/vendor/dvc-elements.js', 2); // 'http://site/vendor/dvc-elements.js?dvc-retry=2'
 * ```
 */
export function retryUrl(src: string, attempt: number): string {
  const url = new URL(src, document.baseURI);
  if (attempt > 0) url.searchParams.set(RETRY_PARAM, String(attempt));
  return url.href;
}

/**
 * Imports the bundle, retrying with backoff (`retryMs`, ×3 each time) and at once when the
 * browser fires `online`. Resolves `true` once loaded; `false` after the last retry failed,
 * having set {@link LOAD_FAILED_ATTRIBUTE} on `<html>` — the widgets' fallback content stays
 * visible. An `online` event after that still tries again (and clears the attribute on success).
 *
 * @example
 * ```ts
 * const loaded = await loadWithRetry({ src: '/vendor/dvc-elements.js', retries: 3, retryMs: 1000 });
 * ```
 */
export function loadWithRetry({ src, retries = 3, retryMs = 1000 }: RetryOptions): Promise<boolean> {
  const root = document.documentElement;
  let attempt = 0;
  let busy = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise((resolve) => {
    // `load` never rejects (every failure is caught); `retry` is what timers and events call.
    const retry = () => void load();
    const load = async (): Promise<void> => {
      clearTimeout(timer);
      if (busy) return;
      busy = true;
      try {
        await import(/* @vite-ignore */ retryUrl(src, attempt));
        removeEventListener('online', retry);
        root.removeAttribute(LOAD_FAILED_ATTRIBUTE);
        resolve(true);
      } catch {
        attempt++;
        if (attempt <= retries) timer = setTimeout(retry, retryMs * 3 ** (attempt - 1));
        else {
          root.setAttribute(LOAD_FAILED_ATTRIBUTE, '');
          resolve(false);
        }
      }
      busy = false;
    };
    addEventListener('online', retry);
    retry();
  });
}
