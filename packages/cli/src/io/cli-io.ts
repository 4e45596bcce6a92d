/** Where the command writes: a process stream or, in tests, a capture. */
export interface OutputStream {
  write(chunk: string): unknown;
  /** True on a terminal: the progress bar redraws one line. @default false */
  isTTY?: boolean;
  /** Terminal width in characters. @default 80 */
  columns?: number;
}

/**
 * The world the `dvc` command runs in, passed to {@link main} so tests can run it
 * in-process with captured output.
 *
 * @example
 * ```ts
 * const code = await main(['lookup', 'H66-1'], { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
 * ```
 */
export interface CliIo {
  /** Results (tables, JSON, CSV). */
  stdout: OutputStream;
  /** Progress, warnings and errors. */
  stderr: OutputStream;
  /** Environment variables (`DVC_PORTAL_URL`, `DVC_USERNAME`, `DVC_PASSWORD`, `DVC_AGENCY`, `LANG`). */
  env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Stops a sync between batches (Ctrl-C). */
  signal?: AbortSignal;
  /** Clock for progress rates. @default Date.now */
  now?: () => number;
}
