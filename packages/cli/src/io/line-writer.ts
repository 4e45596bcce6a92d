import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../errors/cli-error';
import { EXIT_CODES } from '../exit-codes';

/** Appends lines to a file in order; `close()` waits for every write. */
export interface LineWriter {
  write(line: string): void;
  close(): Promise<void>;
  /** Lines written. */
  readonly count: number;
}

/**
 * Creates (or truncates) `file` now — so an unwritable path fails before any work,
 * as `cli.input.write` (exit 3) — and returns a writer whose writes are queued in order.
 *
 * @example const out = await createLineWriter('failed.ndjson', cwd); out.write('{}'); await out.close();
 */
export async function createLineWriter(file: string, cwd: string): Promise<LineWriter> {
  let handle: FileHandle;
  const fail = (error: unknown) =>
    new CliError(
      'cli.input.write',
      EXIT_CODES.input,
      { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) },
      { cause: error },
    );
  try {
    handle = await open(resolve(cwd, file), 'w');
  } catch (error) {
    throw fail(error);
  }
  let queue: Promise<unknown> = Promise.resolve();
  let failure: unknown;
  let count = 0;
  return {
    write(line) {
      count++;
      queue = queue
        .then(() => handle.write(`${line}\n`))
        .catch((error: unknown) => {
          failure ??= error;
        });
    },
    async close() {
      await queue;
      await handle.close();
      if (failure !== undefined) throw fail(failure);
    },
    get count() {
      return count;
    },
  };
}
