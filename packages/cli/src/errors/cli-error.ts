import { DvcError } from '@dvc-kit/core';
import type { ExitCode } from '../exit-codes';
import { cliMessageBook } from '../messages';
import type { CliMessageCode, CliMessageParams } from '../messages';

/**
 * An error the `dvc` command reports to its user and turns into an exit code
 * (`code` is the stable message code, e.g. `cli.input.not-found`).
 *
 * @example
 * ```ts
 * throw new CliError('cli.input.not-found', EXIT_CODES.input, { file });
 * ```
 */
export class CliError extends DvcError {
  /** Process exit code for this error. */
  readonly exitCode: ExitCode;

  constructor(
    code: CliMessageCode,
    exitCode: ExitCode,
    params: CliMessageParams = {},
    options: { cause?: unknown } = {},
  ) {
    super(code, cliMessageBook.localize(code, params), options);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
