import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  decodePublicScoreboard,
  parseScoreboardFile,
  PUBLIC_SCOREBOARD_SERVICE,
  SCOREBOARD_FILE_FORMAT,
  WireFormatError,
} from '@dvc-kit/core';
import type { ScoreboardFile } from '@dvc-kit/core';
import { CliError } from '../errors/cli-error';
import { EXIT_CODES } from '../exit-codes';
import type { ExitCode } from '../exit-codes';
import { cliMessageBook } from '../messages';
import { checkInputFile } from '../io/text-file';
import type { CommandContext } from './context';
import { oneOf, parseCommandArgs } from './context';
import { helpBook } from './help-texts';

/** The report parameters the flags set (`p_tinh_id`, `p_nam`). */
function paramsOf(values: { province?: string; year?: string }): Record<string, string | number> {
  return {
    ...(values.province ? { p_tinh_id: values.province } : {}),
    ...(values.year ? { p_nam: Number(values.year) } : {}),
  };
}

async function write(ctx: CommandContext, out: string, file: ScoreboardFile): Promise<void> {
  const path = resolve(ctx.io.cwd, out);
  try {
    await writeFile(path, `${JSON.stringify(file, null, 2)}\n`);
  } catch (error) {
    throw new CliError(
      'cli.input.write',
      EXIT_CODES.input,
      { file: out, detail: (error as NodeJS.ErrnoException).code ?? String(error) },
      { cause: error },
    );
  }
  ctx.io.stderr.write(
    `${cliMessageBook.localize('cli.scoreboard.written', { count: file.rows.length, exportedAt: file.exportedAt, file: out }, ctx.language)}\n`,
  );
}

/** The rows of a saved answer: a scoreboard file as it is, or the public report's raw answer. */
function rowsOf(
  text: string,
  file: string,
  language: CommandContext['language'],
): { rows: unknown[]; saved?: ScoreboardFile } {
  try {
    const json: unknown = JSON.parse(text);
    if (json !== null && typeof json === 'object' && (json as { format?: unknown }).format === SCOREBOARD_FILE_FORMAT) {
      const { file: saved } = parseScoreboardFile(text);
      return { rows: saved.rows, saved };
    }
    return { rows: decodePublicScoreboard(json).map((r) => r.raw) };
  } catch (error) {
    const detail =
      error instanceof WireFormatError
        ? (error.issues[0]?.messages[language] ?? error.message)
        : error instanceof Error
          ? error.message
          : String(error);
    throw new CliError('cli.scoreboard.shape', EXIT_CODES.input, { file, detail }, { cause: error });
  }
}

/**
 * `dvc scoreboard export|import`: a report file of the portal's public scoreboard
 * (`report_tinh_766_service`, unofficial) for the gateway's `scoreboard.file`.
 * `export --url` asks the public page (POST, form field `params`) and writes the rows with the
 * time they were taken; `import <answer.json>` checks an answer saved from a browser (or a file
 * exported elsewhere) and writes it in the same format. Rows are kept as received.
 */
export async function runScoreboard(args: string[], ctx: CommandContext): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, {
    url: { type: 'string' },
    out: { type: 'string', short: 'o' },
    province: { type: 'string' },
    year: { type: 'string' },
    service: { type: 'string' },
    'exported-at': { type: 'string' },
    source: { type: 'string' },
  });
  const { io, language } = ctx;
  if (values.help) {
    io.stdout.write(helpBook.localize('scoreboard', undefined, language));
    return EXIT_CODES.ok;
  }
  const action = oneOf('scoreboard', positionals[0], ['export', 'import'] as const, 'export');
  if (positionals[0] === undefined)
    throw new CliError('cli.usage.missing-argument', EXIT_CODES.usage, {
      name: 'export | import',
      command: 'scoreboard',
    });
  if (!values.out)
    throw new CliError('cli.usage.missing-config', EXIT_CODES.usage, {
      name: cliMessageBook.localize('cli.argument.output-file', undefined, language),
      flag: '--out',
      env: '—',
    });
  const service = values.service ?? PUBLIC_SCOREBOARD_SERVICE;
  const params = paramsOf(values);
  const now = new Date().toISOString();

  if (action === 'export') {
    const url = values.url;
    if (!url)
      throw new CliError('cli.usage.missing-config', EXIT_CODES.usage, { name: 'URL', flag: '--url', env: '—' });
    let text: string;
    try {
      const res = await fetch(url, {
        method: 'POST',
        body: new URLSearchParams({ params: JSON.stringify({ service, ...params }) }),
        signal: io.signal ?? null,
      });
      text = await res.text();
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
    } catch (error) {
      throw new CliError(
        'cli.scoreboard.fetch',
        EXIT_CODES.portal,
        { url, detail: error instanceof Error ? error.message : String(error) },
        { cause: error },
      );
    }
    const { rows } = rowsOf(text, url, language);
    await write(ctx, values.out, {
      format: SCOREBOARD_FILE_FORMAT,
      exportedAt: now,
      importedAt: now,
      source: url,
      service,
      params,
      rows,
    });
    return EXIT_CODES.ok;
  }

  const input = positionals[1];
  if (input === undefined)
    throw new CliError('cli.usage.missing-argument', EXIT_CODES.usage, {
      name: cliMessageBook.localize('cli.argument.answer-file', undefined, language),
      command: 'scoreboard import',
    });
  const path = await checkInputFile(input, io.cwd);
  const { rows, saved } = rowsOf(await readFile(path, 'utf8'), input, language);
  const exportedAt = values['exported-at'] ?? saved?.exportedAt;
  if (exportedAt === undefined || Number.isNaN(Date.parse(exportedAt))) {
    // Freshness is the point of the file: the operator says when the answer was taken.
    throw new CliError('cli.usage.missing-config', EXIT_CODES.usage, {
      name: cliMessageBook.localize('cli.argument.exported-at', undefined, language),
      flag: '--exported-at',
      env: '—',
    });
  }
  const source = values.source ?? saved?.source;
  await write(ctx, values.out, {
    format: SCOREBOARD_FILE_FORMAT,
    exportedAt: new Date(exportedAt).toISOString(),
    importedAt: now,
    ...(source ? { source } : {}),
    service: saved?.service ?? service,
    params: { ...saved?.params, ...params },
    rows,
  });
  return EXIT_CODES.ok;
}
