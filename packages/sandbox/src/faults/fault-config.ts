import * as z from 'zod';

const share = z.number().min(0).max(1);

/**
 * Fault injection settings ("tiêm lỗi"), for testing how clients cope with an
 * unreliable portal. Every share is a probability per request (0–1). Faults
 * apply to `/auth/login` and `/integration`, never to `/admin`.
 */
export const faultConfigSchema = z.strictObject({
  /** Added latency per request in ms. @default 0 */
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  /** Extra random latency, uniformly 0…jitter ms. @default 0 */
  latencyJitterMs: z.number().int().min(0).max(120_000).optional(),
  /** Share of requests answered `503 Service Unavailable`. @default 0 */
  errorRate503: share.optional(),
  /** Share of requests answered `429 Too Many Requests` with a `Retry-After` header. */
  rateLimit429: z
    .strictObject({ rate: share, retryAfterSeconds: z.number().int().min(0).max(3600).default(1) })
    .optional(),
  /** Share of requests whose connection is reset before any answer. @default 0 */
  resetRate: share.optional(),
  /** Share of requests answered 200 with a truncated, unparseable JSON body. @default 0 */
  malformedRate: share.optional(),
  /** Share of requests whose session is treated as expired (and revoked). @default 0 */
  sessionExpiryRate: share.optional(),
  /** Share of WRITE requests that are committed and then get no answer (socket destroyed). @default 0 */
  commitThenDropRate: share.optional(),
  /** Only these services are affected (all when absent); `login` names the login endpoint. */
  services: z.array(z.string()).optional(),
  /** Seed of the fault PRNG; with it, the sequence of fault decisions is reproducible. */
  seed: z.number().int().optional(),
});

/** Fault injection settings; see {@link faultConfigSchema}. */
export type FaultConfig = z.infer<typeof faultConfigSchema>;
/** Fault settings as accepted in input (defaults not yet applied). */
export type FaultConfigInput = z.input<typeof faultConfigSchema>;
