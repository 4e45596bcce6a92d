import type { Language } from '@dvc-kit/core';
import { cliMessageBook } from '../messages';
import type { OutputStream } from './cli-io';

/** Options of {@link createProgressBar}. */
export interface ProgressBarOptions {
  /** Where to draw (stderr, so stdout stays clean for results). */
  stream: OutputStream;
  /** Items expected in all. */
  total: number;
  language: Language;
  /** Clock. @default Date.now */
  now?: () => number;
  /** Minimum time between TTY redraws, ms. @default 100 */
  redrawMs?: number;
  /** Minimum time between plain lines when not on a terminal, ms. @default 5000 */
  lineMs?: number;
}

/** A progress display: `update(done)` as items finish, `finish()` at the end. */
export interface ProgressBar {
  update(done: number): void;
  finish(): void;
}

/** `m:ss` or `h:mm:ss`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/**
 * Progress of a bulk sync: on a terminal one line redrawn in place (bar, count/total,
 * rate, ETA); elsewhere (CI logs, files) a plain line at most every `lineMs` and at the end.
 *
 * @example
 * const bar = createProgressBar({ stream: process.stderr, total: 1000, language: 'vi' });
 * bar.update(10); bar.finish();
 */
export function createProgressBar(options: ProgressBarOptions): ProgressBar {
  const { stream, total, language, now = Date.now, redrawMs = 100, lineMs = 5000 } = options;
  const tty = stream.isTTY === true;
  const started = now();
  let last = -Infinity;
  let done = 0;
  let drawn = false;

  const text = () => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    return cliMessageBook.localize(
      'cli.sync.progress',
      {
        done,
        total,
        percent,
        rate: rate.toFixed(1),
        eta: formatDuration(done >= total ? 0 : eta),
      },
      language,
    );
  };
  const draw = () => {
    const info = text();
    if (!tty) {
      stream.write(`${info}\n`);
      return;
    }
    const columns = stream.columns ?? 80;
    const barWidth = Math.max(10, Math.min(30, columns - info.length - 4));
    const filled = total > 0 ? Math.round((Math.min(done, total) / total) * barWidth) : barWidth;
    const line = `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${info}`;
    stream.write(`\r${line.slice(0, columns - 1)}\x1b[K`);
    drawn = true;
  };

  return {
    update(value) {
      done = value;
      const t = now();
      if (t - last >= (tty ? redrawMs : lineMs)) {
        last = t;
        draw();
      }
    },
    finish() {
      draw();
      if (tty && drawn) stream.write('\n');
    },
  };
}
