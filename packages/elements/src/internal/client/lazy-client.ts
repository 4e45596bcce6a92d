import type { PublicClient } from '@dvc-kit/client/public';
import { withOriginCheck } from './origin-check';

let loading: Promise<typeof import('@dvc-kit/client/public')> | undefined;

/**
 * The gateway's public client, loaded on first use with a dynamic import, so a widget
 * given its data as properties renders without downloading it (about 20 kB gzipped).
 * A failed load is retried on the next call. A call that fails with no readable answer is
 * checked for a gateway that does not allow this site ({@link withOriginCheck}).
 *
 * @example
 * ```ts
 * const client = await publicClient('https://dvc.xa-ea-bung.gov.vn/api', 'vi');
 * ```
 */
export async function publicClient(
  endpoint: string,
  language: string,
  options: { session?: Record<string, string> } = {},
): Promise<PublicClient> {
  loading ??= import('@dvc-kit/client/public').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  const { createPublicClient } = await loading;
  const lang = language.toLowerCase().startsWith('en') ? 'en' : 'vi';
  // A signed-in citizen's submission goes with the gateway's httpOnly session cookie and the
  // headers the gateway requires on cookie-authenticated writes (`options.session`).
  const client = options.session
    ? createPublicClient({
        endpoint,
        language: lang,
        fetch: (input, init) => fetch(input, { ...init, credentials: 'include' }),
        headers: options.session,
      })
    : createPublicClient({ endpoint, language: lang });
  return withOriginCheck(client, endpoint);
}
