import type { Context } from 'hono';
import type { MessageBook } from '@dvc-kit/core';
import { gatewayError } from '../errors/gateway-error';
import type { GatewayStorage } from '../storage/types';
import type { ClientKeyer } from './client-key';
import type { GatewayEnv } from './env';

/** A per-client allowance in fixed windows, counted in storage (so it holds across instances). */
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
  windowMs: number;
  /** The 429's stable code, a code of `messages` (its `{minutes}` placeholder is filled in). */
  code: Code;
  /** The book holding the 429's texts. */
  messages: MessageBook<Code>;
}

/**
 * The counter is added to and read back in one statement, so parallel requests cannot all
 * see a low count (the look-up limit's race on PostgreSQL, issue 11).
 */
export function createClientLimit<Code extends string>(options: ClientLimitOptions<Code>): ClientLimit {
  return {
    async take(c, amount = 1) {
      const now = Date.now();
      const windowStart = new Date(now - (now % options.windowMs));
      const total = await options.storage.addToCounter({
        scope: options.scope,
        clientKey: options.keyOf(c),
        windowStart,
        amount,
      });
      if (total <= options.max) return;
      const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + options.windowMs - now) / 1000));
      const minutes = String(Math.ceil(retryAfter / 60));
      throw gatewayError(options.messages, options.code, {
        status: 429,
        headers: { 'retry-after': String(retryAfter) },
        params: { minutes },
      });
    },
  };
}
