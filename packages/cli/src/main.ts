import { PortalClientError } from '@dvc-kit/client';
import type { Language } from '@dvc-kit/core';
import { version } from '../package.json';
import { runAgencies } from './commands/agencies';
import { runDoctor } from './commands/doctor';
import { runLookup } from './commands/lookup';
import { runReport } from './commands/report';
import { runScoreboard } from './commands/scoreboard';
import { runSync } from './commands/sync';
import type { CommandContext } from './commands/context';
import { helpBook } from './commands/help-texts';
import { resolveLanguage } from './config';
import { CliError } from './errors/cli-error';
import { EXIT_CODES } from './exit-codes';
import type { ExitCode } from './exit-codes';
import type { CliIo } from './io/cli-io';
import { cliMessageBook } from './messages';

const COMMANDS: Record<string, (args: string[], ctx: CommandContext) => Promise<ExitCode>> = {
  lookup: runLookup,
  sync: runSync,
  report: runReport,
  agencies: runAgencies,
  doctor: runDoctor,
  scoreboard: runScoreboard,
};

/** The `--lang` value, wherever it appears (`--lang en` or `--lang=en`). */
function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/** The message and exit code of anything a command threw. */
function describeError(error: unknown, language: Language): { text: string; code: ExitCode } {
  if (error instanceof CliError) return { text: error.messages[language], code: error.exitCode };
  if (error instanceof PortalClientError) {
    const id = error.requestId ? ` [${error.requestId}]` : '';
    return {
      text: cliMessageBook.localize('cli.portal.failed', { detail: error.messages[language] + id }, language),
      code: EXIT_CODES.portal,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { text: cliMessageBook.localize('cli.internal', { detail }, language), code: EXIT_CODES.internal };
}

/**
 * Runs the `dvc` command with `argv` (without `node` and the script) and returns its
 * exit code. Everything it prints goes through `io`, so tests run it in-process.
 *
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const flag = langFlag(argv);
  const resolved = resolveLanguage(flag, io.env);
  const language: Language = resolved ?? 'vi';
  const fail = (error: unknown) => {
    const { text, code } = describeError(error, language);
    io.stderr.write(`dvc: ${text}\n`);
    return code;
  };
  if (resolved === undefined)
    return fail(
      new CliError('cli.usage.bad-value', EXIT_CODES.usage, { flag: '--lang', value: flag ?? '', allowed: 'vi, en' }),
    );

  const index = argv.findIndex((arg, i) => !arg.startsWith('-') && argv[i - 1] !== '--lang');
  const name = index < 0 ? undefined : (argv[index] as string);
  if (name === undefined) {
    if (argv.includes('--version') || argv.includes('-V')) {
      io.stdout.write(`${version}\n`);
      return EXIT_CODES.ok;
    }
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout.write(helpBook.localize('main', undefined, language));
      return EXIT_CODES.ok;
    }
    const unknown = argv.find((a) => a.startsWith('-') && !a.startsWith('--lang'));
    if (unknown !== undefined) return fail(new CliError('cli.usage.unknown-flag', EXIT_CODES.usage, { flag: unknown }));
    io.stderr.write(helpBook.localize('main', undefined, language));
    return fail(new CliError('cli.usage.missing-command', EXIT_CODES.usage));
  }
  const run = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!run) return fail(new CliError('cli.usage.unknown-command', EXIT_CODES.usage, { command: name }));
  try {
    return await run([...argv.slice(0, index), ...argv.slice(index + 1)], { io, language });
  } catch (error) {
    return fail(error);
  }
}
