import type { PublicClient } from '@dvc-kit/client/public';
import type { OpenClientOptions } from './open-client';

let loading: Promise<typeof import('./open-client')> | undefined;

/**
 * The gateway's public client, loaded on first use with a dynamic import (of
 * {@link import('./open-client').openClient}, which brings `@dvc-kit/client/public`), so a
 * widget given its data as properties renders without downloading it (about 20 kB gzipped).
 * A failed load is retried on the next call. A call that fails with no readable answer is
 * checked for a gateway that does not allow this site (`withOriginCheck`). With
 * `options.session`, a signed-in citizen's calls go with the gateway's session cookie and
 * those headers.
 *
 * @example
 * ```ts
 * const client = await publicClient('https://dvc.xa-ea-bung.gov.vn/api', 'vi');
 * ```
 */
export async function publicClient(
  endpoint: string,
  language: string,
  options: OpenClientOptions = {},
): Promise<PublicClient> {
  loading ??= import('./open-client').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return (await loading).openClient(endpoint, language, options);
}
