import type { Language } from '@dvc-kit/core';

/** Hono environment of the gateway app: what middlewares put on the context. */
export interface GatewayEnv {
  Variables: {
    /** Id of this request (from a safe `X-Request-Id` header, or generated). */
    requestId: string;
  };
}

/**
 * The language to answer in, from `Accept-Language`: Vietnamese unless English is
 * preferred (higher q) over Vietnamese. Unknown languages fall back to Vietnamese.
 *
 * @example
 * ```ts
 * negotiateLanguage('en-US,en;q=0.9'); // 'en'
 * negotiateLanguage(undefined);        // 'vi'
 * ```
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (header === undefined) return 'vi';
  let best: Language = 'vi';
  let bestQ = 0;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0];
    if (primary !== 'vi' && primary !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (Number.isFinite(q) && q > bestQ) {
      best = primary;
      bestQ = q;
    }
  }
  return best;
}
