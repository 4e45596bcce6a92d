import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startSandbox } from '@dvc-kit/sandbox';

/** What {@link useSandbox} gives the tests of a `describe` (read inside tests, after `beforeAll`). */
export interface SandboxFixture {
  /** The running sandbox portal's base URL. */
  readonly url: string;
  /** A fresh temporary directory for the tests' data. */
  readonly dataDir: string;
}

/**
 * Starts a real sandbox portal on a free port and makes a temporary data directory before the
 * calling `describe`'s tests; closes and removes both after them.
 *
 * @example
 * ```ts
 * const portal = useSandbox('dvc-docs-', { clock: '2025-10-01T08:00:00+07:00' });
 * test('…', async () => expect(await run(portal.url, portal.dataDir)).toBe(200));
 * ```
 */
export function useSandbox(
  prefix: string,
  options: Omit<NonNullable<Parameters<typeof startSandbox>[0]>, 'port'> = {},
): SandboxFixture {
  let sandbox: Awaited<ReturnType<typeof startSandbox>> | undefined;
  let dataDir: string | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ ...options, port: 0 });
    dataDir = mkdtempSync(join(tmpdir(), prefix));
  }, 120_000);
  afterAll(async () => {
    await sandbox?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    get url() {
      if (!sandbox) throw new Error('The sandbox is not running: read `url` inside a test.');
      return sandbox.url;
    },
    get dataDir() {
      if (!dataDir) throw new Error('No data directory yet: read `dataDir` inside a test.');
      return dataDir;
    },
  };
}
