import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/main';

/** Output captured from one in-process run of `dvc`. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fixed clock so progress lines are deterministic: each call advances 100 ms. */
function steppingClock() {
  let t = 0;
  return () => (t += 100);
}

/** Runs `main(argv)` with captured stdout/stderr and the given environment. */
export async function runCli(
  argv: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string; tty?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.tty ?? false, columns: 100 },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    now: steppingClock(),
  });
  return { code, stdout, stderr };
}

/** A fresh temporary directory, and its removal. */
export async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'dvc-cli-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
