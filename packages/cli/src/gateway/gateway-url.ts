import { CliError } from '../errors/cli-error';
import { EXIT_CODES } from '../exit-codes';

/** The `--gateway` flag both gateway commands accept (for `parseArgs`). */
export const GATEWAY_FLAG = { gateway: { type: 'string' } } as const;

/**
 * The gateway's base URL: flag `--gateway`, else env `DVC_GATEWAY_URL`; without a trailing
 * slash. Missing or not http(s): a usage error naming the flag and the variable.
 *
 * @example resolveGatewayUrl('http://127.0.0.1:8787/', {}) // 'http://127.0.0.1:8787'
 */
export function resolveGatewayUrl(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  const value = (flag ?? env.DVC_GATEWAY_URL ?? '').trim();
  if (!value) throw new CliError('cli.usage.missing-gateway', EXIT_CODES.usage);
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol))
    throw new CliError('cli.usage.bad-url', EXIT_CODES.usage, { value });
  return value.replace(/\/+$/, '');
}

/** A URL flag (`--site`), checked like the gateway's. */
export function httpUrl(value: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol))
    throw new CliError('cli.usage.bad-url', EXIT_CODES.usage, { value });
  return value;
}
