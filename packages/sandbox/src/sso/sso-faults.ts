import * as z from 'zod';

/**
 * Faults of the sandbox identity provider, for testing how a relying party copes:
 * - `down`: every `/sso/*` request is answered 503 (discovery included);
 * - `slow`: every `/sso/*` request waits `latencyMs` first;
 * - `error`: the authorization endpoint sends the browser back with
 *   `error=temporarily_unavailable` (the standard way a provider reports a failure);
 * - `bad-token`: the token endpoint's `id_token` is tampered as `badToken` says.
 */
export const ssoFaultSchema = z.strictObject({
  mode: z.enum(['none', 'down', 'slow', 'error', 'bad-token']).default('none'),
  /** Delay for `slow`, in ms. @default 3000 */
  latencyMs: z.number().int().min(0).max(120_000).default(3000),
  /** How `bad-token` breaks the id_token. @default 'bad-signature' */
  badToken: z
    .enum(['wrong-issuer', 'wrong-audience', 'expired', 'bad-signature', 'wrong-nonce'])
    .default('bad-signature'),
});

/** SSO fault settings (defaults filled in). */
export type SsoFaults = z.output<typeof ssoFaultSchema>;
/** SSO fault settings as given. */
export type SsoFaultsInput = z.input<typeof ssoFaultSchema>;
