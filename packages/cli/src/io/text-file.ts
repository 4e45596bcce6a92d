import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../errors/cli-error';
import { EXIT_CODES } from '../exit-codes';

/**
 * Checks that `file` (relative to `cwd`) is a readable regular file and returns its
 * absolute path; throws `cli.input.not-found` / `cli.input.unreadable` (exit 3).
 */
export async function checkInputFile(file: string, cwd: string): Promise<string> {
  const path = resolve(cwd, file);
  try {
    const info = await stat(path);
    if (!info.isFile())
      throw new CliError('cli.input.unreadable', EXIT_CODES.input, { file, detail: 'not a regular file' });
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError('cli.input.not-found', EXIT_CODES.input, { file });
    throw new CliError(
      'cli.input.unreadable',
      EXIT_CODES.input,
      { file, detail: code ?? String(error) },
      { cause: error },
    );
  }
  return path;
}

/**
 * The UTF-8 text of a file as a stream of chunks (64 KiB reads; characters split
 * across reads are joined by the decoder). A read error becomes `cli.input.unreadable`.
 */
export async function* readTextChunks(path: string, displayName = path): AsyncGenerator<string> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream) yield chunk as string;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      'cli.input.unreadable',
      EXIT_CODES.input,
      { file: displayName, detail: code ?? String(error) },
      { cause: error },
    );
  } finally {
    stream.destroy();
  }
}

/** One line of a text stream with its 1-based line number (line end and a leading BOM removed). */
export interface TextLine {
  text: string;
  line: number;
}

/**
 * Splits a chunked text stream into lines (LF or CRLF), lazily.
 *
 * @example for await (const { text, line } of readLines(readTextChunks(path))) JSON.parse(text);
 */
export async function* readLines(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<TextLine> {
  let rest = '';
  let line = 0;
  let first = true;
  for await (let chunk of chunks) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    rest += chunk;
    let start = 0;
    for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n', start)) {
      const text = rest.slice(start, nl);
      yield { text: text.endsWith('\r') ? text.slice(0, -1) : text, line: ++line };
      start = nl + 1;
    }
    rest = rest.slice(start);
  }
  if (rest !== '') yield { text: rest.endsWith('\r') ? rest.slice(0, -1) : rest, line: line + 1 };
}
