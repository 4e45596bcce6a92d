import { createRandom, type Random } from '../random/prng';
import { faultConfigSchema, type FaultConfig, type FaultConfigInput } from './fault-config';

/** What the injector decided for one request, before it is handled. */
export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'reset' }
  | { kind: '503' }
  | { kind: '429'; retryAfterSeconds: number }
  | { kind: 'session-expired' };

/** Holds the current fault settings and rolls the dice for each request. */
export interface FaultInjector {
  /** The current settings. */
  get(): FaultConfig;
  /** Replaces the settings (validated; throws a ZodError on bad input). */
  set(config: FaultConfigInput): FaultConfig;
  /** Whether the settings touch the given service. */
  applies(service: string): boolean;
  /** Latency to add for one request, in ms. */
  latency(service: string): number;
  /** Faults decided before handling a request. */
  before(service: string): FaultDecision;
  /** Whether a (committed) write should lose its answer. */
  dropAfterCommit(service: string): boolean;
  /** Whether the answer should be a malformed body. */
  malformed(service: string): boolean;
}

/**
 * Creates the fault injector. Without a `seed`, decisions use `Math.random`.
 *
 * @example
 * const faults = createFaultInjector({ errorRate503: 0.1, seed: 1 });
 */
export function createFaultInjector(initial: FaultConfigInput = {}): FaultInjector {
  let config: FaultConfig = faultConfigSchema.parse(initial);
  let random: Random = createRandom(config.seed ?? 0);
  const roll = (p: number | undefined) =>
    p !== undefined && p > 0 && (config.seed === undefined ? Math.random() : random.next()) < p;
  const applies = (service: string) => !config.services || config.services.includes(service);
  return {
    get: () => config,
    set(next) {
      config = faultConfigSchema.parse(next);
      random = createRandom(config.seed ?? 0);
      return config;
    },
    applies,
    latency(service) {
      if (!applies(service)) return 0;
      const jitter = config.latencyJitterMs
        ? Math.floor((config.seed === undefined ? Math.random() : random.next()) * config.latencyJitterMs)
        : 0;
      return (config.latencyMs ?? 0) + jitter;
    },
    before(service) {
      if (!applies(service)) return { kind: 'none' };
      if (roll(config.resetRate)) return { kind: 'reset' };
      if (roll(config.errorRate503)) return { kind: '503' };
      if (config.rateLimit429 && roll(config.rateLimit429.rate))
        return { kind: '429', retryAfterSeconds: config.rateLimit429.retryAfterSeconds };
      if (roll(config.sessionExpiryRate)) return { kind: 'session-expired' };
      return { kind: 'none' };
    },
    dropAfterCommit: (service) => applies(service) && roll(config.commitThenDropRate),
    malformed: (service) => applies(service) && roll(config.malformedRate),
  };
}
