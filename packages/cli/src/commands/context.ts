import type { Language } from '@dvc-kit/core';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { CliError } from '../errors/cli-error';
import { EXIT_CODES } from '../exit-codes';
import type { CliIo } from '../io/cli-io';
import { cliMessageBook, type CliMessageCode } from '../messages';

/** What every command gets. */
export interface CommandContext {
  io: CliIo;
  language: Language;
}

/** Options every command accepts besides its own. */
export const COMMON_FLAGS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const;

/**
 * `parseArgs` in strict mode; its errors (unknown flag, missing value) become
 * `cli.usage.bad-flag` (exit 2) with Node's own description.
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...COMMON_FLAGS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code);
    if (error instanceof TypeError && code.startsWith('ERR_PARSE_ARGS')) {
      // Node's messages are English only: name the flag in our own words instead.
      const flag = /'(-[^']*?)(?: <value>)?'/.exec(error.message)?.[1];
      if (flag && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        throw new CliError('cli.usage.unknown-flag', EXIT_CODES.usage, { flag }, { cause: error });
      if (flag && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
        throw new CliError('cli.usage.flag-value', EXIT_CODES.usage, { flag }, { cause: error });
      throw new CliError('cli.usage.bad-flag', EXIT_CODES.usage, { detail: error.message }, { cause: error });
    }
    throw error;
  }
}

/** A positive whole-number flag, or a usage error. */
export function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new CliError('cli.usage.bad-value', EXIT_CODES.usage, { flag, value, allowed: '1, 2, 3, …' });
  return n;
}

/** A flag restricted to `allowed` values, or a usage error. */
export function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError('cli.usage.bad-value', EXIT_CODES.usage, { flag, value, allowed: allowed.join(', ') });
}

/** The codes naming a command's arguments in messages (`cli.argument.*`). */
export type ArgumentNameCode = Extract<CliMessageCode, `cli.argument.${string}`>;

/** Exactly one positional argument, named in `language` by its `name` code when it is missing. */
export function onePositional(
  positionals: string[],
  command: string,
  name: ArgumentNameCode,
  language: Language,
): string {
  const [first, extra] = positionals;
  if (first === undefined)
    throw new CliError('cli.usage.missing-argument', EXIT_CODES.usage, {
      name: cliMessageBook.localize(name, undefined, language),
      command,
    });
  if (extra !== undefined) throw new CliError('cli.usage.extra-argument', EXIT_CODES.usage, { value: extra, command });
  return first;
}
