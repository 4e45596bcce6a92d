import { createPublicClient, type PublicClient } from '@dvc-kit/client/public';
import { withOriginCheck } from './origin-check';

/** Options of {@link openClient} (and of `publicClient`). */
export interface OpenClientOptions {
  /**
   * Headers the gateway requires on a signed-in citizen's cookie-authenticated writes (e.g.
   * `{ 'X-DVC-Request': '1' }`); with them, calls also carry the gateway's httpOnly session
   * cookie (`credentials: 'include'`). @default no session: no cookie, no extra header
   */
  session?: Record<string, string>;
}

/**
 * The gateway's public client for a widget: in the widget's language, with the session when
 * asked, and with {@link withOriginCheck}. This module is the lazily loaded half of
 * `publicClient` (lazy-client.ts imports it dynamically), so it, the origin check and the
 * client stay out of every widget's first download.
 *
 * @example
 * ```ts
 * const client = openClient('https://dvc.xa-ea-bung.gov.vn/api', 'en', { session: { 'X-DVC-Request': '1' } });
 * ```
 */
export function openClient(endpoint: string, language: string, options: OpenClientOptions = {}): PublicClient {
  const client = createPublicClient({
    endpoint,
    language: language.toLowerCase().startsWith('en') ? 'en' : 'vi',
    ...(options.session && {
      fetch: (input, init) => fetch(input, { ...init, credentials: 'include' }),
      headers: options.session,
    }),
  });
  return withOriginCheck(client, endpoint);
}
