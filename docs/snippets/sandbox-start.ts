import { startSandbox } from '@dvc-kit/sandbox';

/** Starts the simulated portal in memory on a free port, frozen at 1 October 2025, 08:00 Vietnam time. */
export async function runSandbox(): Promise<string> {
  const sandbox = await startSandbox({ port: 0, clock: '2025-10-01T08:00:00+07:00' });
  try {
    sandbox.clock.advance(3 * 86_400_000); // three days later: seeded dossiers move on
    return sandbox.url;
  } finally {
    await sandbox.close();
  }
}
