import type { Context } from 'hono';
import type { MessageBook } from '@dvc-kit/core';
import { gatewayError } from '../errors/gateway-error';
import type { GatewayStorage } from '../storage/types';
import type { ClientKeyer } from './client-key';
import type { GatewayEnv } from './env';
import { takeSliding, windowPosition, type WindowCounter } from './sliding-window';

/** A per-client allowance over a sliding window, counted in storage (so it holds across instances). */
export interface ClientLimit {
  /** Counts `amount` for the request's client; throws 429 with `Retry-After` past the allowance. */
  take(c: Context<GatewayEnv>, amount?: number): Promise<void>;
}

/** Settings of {@link createClientLimit}. */
export interface ClientLimitOptions<Code extends string = string> {
  storage: GatewayStorage;
  keyOf: ClientKeyer;
  /** Counter name, e.g. `submissions`. */
  scope: string;
  /** Allowance per window. */
  max: number;
  /** The window: what was counted in the last `windowMs` (sliding) must stay within `max`. */
  windowMs: number;
  /** The clock (ms since the epoch). @default Date.now */
  now?: () => number;
  /** The 429's stable code, a code of `messages` (its `{minutes}` placeholder is filled in). */
  code: Code;
  /** The book holding the 429's texts. */
  messages: MessageBook<Code>;
}

/**
 * The 429 a per-client limit answers: `code`'s texts from `messages` with `{minutes}` filled in,
 * and `Retry-After` in seconds.
 */
export function tooManyRequests<Code extends string>(messages: MessageBook<Code>, code: Code, retryAfter: number) {
  return gatewayError(messages, code, {
    status: 429,
    headers: { 'retry-after': String(retryAfter) },
    params: { minutes: Math.ceil(retryAfter / 60) },
  });
}

/**
 * The counter is added to and read back in one statement, so parallel requests cannot all
 * see a low count (the look-up limit's race on PostgreSQL, issue 11). The allowance slides
 * ({@link takeSliding}): the current window's count plus the previous window's, weighted by
 * how much of it is still within `windowMs`, so a client that used it all just before a window
 * boundary does not get it all again just after. A refused amount is given back, so retrying
 * too soon does not push the wait further away; `Retry-After` says when `amount` would fit.
 */
export function createClientLimit<Code extends string>(options: ClientLimitOptions<Code>): ClientLimit {
  const { storage, scope } = options;
  return {
    async take(c, amount = 1) {
      const clientKey = options.keyOf(c);
      const counter: WindowCounter = {
        take: (windowStart, n) => storage.addToCounter({ scope, clientKey, windowStart, amount: n }),
        giveBack: async (windowStart, n) =>
          void (await storage.addToCounter({ scope, clientKey, windowStart, amount: -n })),
        read: (windowStart) => storage.readCounter({ scope, clientKey, windowStart }),
      };
      const at = windowPosition((options.now ?? Date.now)(), options.windowMs);
      const retryAfter = await takeSliding(counter, at, options.max, amount);
      if (retryAfter !== undefined) throw tooManyRequests(options.messages, options.code, retryAfter);
    },
  };
}
