import { startSandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createPortalClient } from '../src/portal/create-portal-client';
import type { PortalClientOptions } from '../src/portal/create-portal-client';
import { AGENCY } from './dossier-fixtures';

/** The sandbox's default login. */
export const CREDENTIALS = { username: 'dvc-sandbox', password: 'dvc-sandbox' };
/** Fast retries for tests. */
export const FAST_RETRY = { limit: 4, baseDelayMs: 5, maxDelayMs: 50 };

/**
 * Starts an in-memory sandbox on a random port for the test file (faults cleared before
 * each test) and returns accessors for it and a client factory.
 */
export function useSandbox(clock = '2025-07-15T03:00:00Z') {
  let sandbox: Awaited<ReturnType<typeof startSandbox>> | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ memory: true, port: 0, clock });
  }, 60_000);
  afterAll(() => sandbox?.close());
  beforeEach(() => void sandbox?.setFaults({}));
  const current = () => {
    if (!sandbox) throw new Error('sandbox not started');
    return sandbox;
  };
  return {
    sandbox: current,
    client: (extra: Partial<PortalClientOptions> = {}) =>
      createPortalClient({
        baseUrl: current().url,
        agencyCode: AGENCY,
        credentials: CREDENTIALS,
        retry: FAST_RETRY,
        ...extra,
      } as PortalClientOptions),
    /** GET an admin path of the sandbox as JSON. */
    admin: async <T>(path: string): Promise<T> => (await (await fetch(`${current().adminUrl}${path}`)).json()) as T,
  };
}
