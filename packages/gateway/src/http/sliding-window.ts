/**
 * Where an instant falls among fixed windows of `windowMs`, for a sliding count: the window it
 * is in, the one before, and how far into its own window it is.
 */
export interface WindowPosition {
  /** Start of the window `now` is in. */
  current: Date;
  /** Start of the window before. */
  previous: Date;
  /** Milliseconds since `current` began (0 ≤ elapsedMs < windowMs). */
  elapsedMs: number;
  windowMs: number;
}

/** The counts a sliding allowance is judged on: this window's and the one before's. */
export interface WindowCounts {
  /** Counted in the current window (including the request being judged, if it was reserved). */
  current: number;
  /** Counted in the previous window. */
  previous: number;
}

/**
 * Where `now` (ms since the epoch) falls among fixed windows of `windowMs`.
 *
 * @example
 * ```ts
 * const at = windowPosition(Date.now(), 15 * 60_000);
 * await storage.recordLookupFailure({ clientKey, windowStart: at.current });
 * ```
 */
export function windowPosition(now: number, windowMs: number): WindowPosition {
  const elapsedMs = now % windowMs;
  const start = now - elapsedMs;
  return { current: new Date(start), previous: new Date(start - windowMs), elapsedMs, windowMs };
}

/**
 * The sliding count: the current window's count plus the previous window's, weighted by how
 * much of the previous window still lies within one window-length of `now` (the estimate
 * Cloudflare describes for its rate limiting). Unlike a fixed window, a client that spends its
 * allowance just before a boundary does not get a fresh one just after it: the allowance
 * comes back gradually over the next window.
 *
 * @example
 * ```ts
 * slidingCount({ current: 2, previous: 10 }, windowPosition(start + windowMs / 4, windowMs)); // 2 + ⌊10 × 0.75⌋ = 9
 * ```
 */
export function slidingCount(counts: WindowCounts, at: WindowPosition): number {
  return counts.current + Math.floor(counts.previous * (1 - at.elapsedMs / at.windowMs));
}

/**
 * Milliseconds from `at` until `amount` more (one event, or an upload's bytes) would be allowed
 * under `max`, assuming nothing else is counted meanwhile; `counts.current` excludes the refused
 * amount (it was given back). 0 when it is allowed now; the rest of the window when `amount`
 * alone is over `max` (it will be refused then too).
 *
 * @example
 * ```ts
 * const wait = msUntilAllowed({ current: 10, previous: 0 }, at, 10); // the rest of this window, and a moment
 * ```
 */
export function msUntilAllowed(counts: WindowCounts, at: WindowPosition, max: number, amount = 1): number {
  const { windowMs, elapsedMs } = at;
  // `amount` more is allowed at elapsed e when current + amount + ⌊previous × (1 − e/W)⌋ ≤ max,
  // i.e. previous × (1 − e/W) < room − current: e > W × (1 − (room − current) / previous).
  const room = max - amount + 1;
  if (room <= 0) return windowMs - elapsedMs;
  const allowedAfter = (current: number, previous: number) =>
    previous === 0 ? 0 : Math.floor(windowMs * (1 - (room - current) / previous)) + 1;
  if (counts.current < room) return Math.max(0, allowedAfter(counts.current, counts.previous) - elapsedMs);
  // This window is spent: in the next, it becomes the previous one, weighing less as time goes.
  return windowMs - elapsedMs + Math.max(0, allowedAfter(0, counts.current));
}

/** A per-client count kept per fixed window in storage (look-up failures, a counter). */
export interface WindowCounter {
  /** Adds `amount` in the window that starts at `windowStart` and returns its new total, in one statement. */
  take(windowStart: Date, amount: number): Promise<number>;
  /** Takes `amount` back from that window. */
  giveBack(windowStart: Date, amount: number): Promise<void>;
  /** The total counted in that window (0 when none). */
  read(windowStart: Date): Promise<number>;
}

/**
 * Counts `amount` in the current window of `at`, then judges the sliding count against `max`.
 * Resolves to `undefined` when it fits (the amount stays counted); otherwise gives the amount
 * back — a refused request does not push the wait further away — and resolves to the whole
 * seconds until it would fit (at least 1), for `Retry-After`.
 *
 * @example
 * ```ts
 * const retryAfter = await takeSliding(counter, windowPosition(Date.now(), windowMs), 30);
 * if (retryAfter !== undefined) throw tooManyRequests(messages, code, retryAfter);
 * ```
 */
export async function takeSliding(
  counter: WindowCounter,
  at: WindowPosition,
  max: number,
  amount = 1,
): Promise<number | undefined> {
  const current = await counter.take(at.current, amount);
  const previous = await counter.read(at.previous);
  if (slidingCount({ current, previous }, at) <= max) return undefined;
  await counter.giveBack(at.current, amount);
  return Math.max(1, Math.ceil(msUntilAllowed({ current: current - amount, previous }, at, max, amount) / 1000));
}
