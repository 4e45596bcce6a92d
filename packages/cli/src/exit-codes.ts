/**
 * Exit codes of the `dvc` command (also listed in `dvc --help` and the README).
 *
 * | code | meaning |
 * | --- | --- |
 * | 0 | success |
 * | 1 | nothing found (`dvc lookup` of an unknown dossier) |
 * | 2 | usage: unknown command, bad or missing flag, missing configuration |
 * | 3 | input file: missing, unreadable, unknown format, CSV without required columns |
 * | 4 | portal or login: wrong credentials, portal error, portal unreachable |
 * | 5 | partial sync failure: some rows invalid or refused (the others were synced) |
 * | 6 | `dvc doctor` found a problem (each is printed with its fix) |
 * | 70 | unexpected internal error |
 */
export const EXIT_CODES = {
  ok: 0,
  notFound: 1,
  usage: 2,
  input: 3,
  portal: 4,
  partialFailure: 5,
  checksFailed: 6,
  internal: 70,
} as const;

/** One of {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
