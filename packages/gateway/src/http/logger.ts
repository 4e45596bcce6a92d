/** A log field value: only plain scalars, so nothing nested (like a request body) slips in. */
export type LogValue = string | number | boolean | null | undefined;

/** Structured JSON logger, one line per event. */
export interface Logger {
  info(event: string, fields?: Record<string, LogValue>): void;
  warn(event: string, fields?: Record<string, LogValue>): void;
  error(event: string, fields?: Record<string, LogValue>): void;
}

/** Options for {@link createJsonLogger}. */
export interface JsonLoggerOptions {
  /** Where lines go. @default process.stdout.write */
  write?: (line: string) => void;
  /** Drop `info` lines (errors and warnings still go out). @default false */
  quiet?: boolean;
  /** Clock. @default () => new Date() */
  now?: () => Date;
}

/**
 * A logger writing JSON lines `{ time, level, event, ...fields }`. Callers pass ids,
 * codes, counts and timings only — never names, ID numbers, phones or bodies.
 *
 * @example
 * ```ts
 * const logger = createJsonLogger();
 * logger.info('dossier.received', { requestId, agency: '000.00.00.H12' });
 * ```
 */
export function createJsonLogger(options: JsonLoggerOptions = {}): Logger {
  const write = options.write ?? ((line: string) => void process.stdout.write(line));
  const now = options.now ?? (() => new Date());
  const log =
    (level: string) =>
    (event: string, fields: Record<string, LogValue> = {}) => {
      if (level === 'info' && options.quiet === true) return;
      write(`${JSON.stringify({ time: now().toISOString(), level, event, ...fields })}\n`);
    };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}
