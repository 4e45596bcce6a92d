/** How the sandbox clock is configured. */
export interface ClockOptions {
  /** The simulated instant to start at. @default the host's current time */
  start?: Date | string | number;
  /**
   * Frozen clocks move only when told to (`advance`, `set`, the admin endpoint);
   * running clocks also follow the wall clock.
   * @default true when `start` is given, false otherwise
   */
  frozen?: boolean;
}

/** The sandbox's simulated clock ("đồng hồ mô phỏng"). */
export interface SandboxClock {
  /** The current simulated instant. */
  now(): Date;
  /** Moves simulated time forward (or back, for a negative amount) by `ms`. */
  advance(ms: number): Date;
  /** Jumps to the given instant. */
  set(at: Date | string | number): Date;
  /** Whether the clock only moves when told to. */
  readonly frozen: boolean;
  /** Called after every `advance`/`set`. */
  onChange(listener: (now: Date) => void): () => void;
}

/** Parses a clock instant; throws a `RangeError` for an invalid one. */
export function toInstant(value: Date | string | number): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid clock instant: ${String(value)}`);
  return ms;
}

/**
 * Creates the simulated clock. A running clock keeps an offset from the wall
 * clock; a frozen one keeps an instant.
 *
 * @example
 * const clock = createClock({ start: '2025-10-01T08:00:00+07:00' }); // frozen
 * clock.advance(86_400_000); // one day later
 */
export function createClock(options: ClockOptions = {}, wall: () => number = Date.now): SandboxClock {
  const frozen = options.frozen ?? options.start !== undefined;
  const start = options.start === undefined ? wall() : toInstant(options.start);
  let instant = start;
  let offset = start - wall();
  const listeners = new Set<(now: Date) => void>();
  const current = () => (frozen ? instant : wall() + offset);
  const moved = (to: number) => {
    if (frozen) instant = to;
    else offset = to - wall();
    const now = new Date(to);
    for (const listener of listeners) listener(now);
    return now;
  };
  return {
    frozen,
    now: () => new Date(current()),
    advance: (ms) => moved(current() + ms),
    set: (at) => moved(toInstant(at)),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
