import { EXIT_CODES } from '../exit-codes';
import type { ExitCode } from '../exit-codes';
import { runDoctorChecks } from '../gateway/doctor-checks';
import { GATEWAY_FLAG, httpUrl, resolveGatewayUrl } from '../gateway/gateway-url';
import { cliMessageBook } from '../messages';
import type { CommandContext } from './context';
import { parseCommandArgs } from './context';
import { helpBook } from './help-texts';
import { CliError } from '../errors/cli-error';

const MARK = { ok: '✓', warn: '!', fail: '✗' } as const;

/**
 * `dvc doctor --gateway URL [--site URL] [--agency CODE]`: checks what a commune site needs
 * from its gateway — the gateway answers and is ready, it reads the portal's catalogue, the
 * site's page points at it, CORS allows the site's origin, the agency code is known — and
 * prints each finding with its fix, in Vietnamese or English. Exit 6 when a check failed.
 */
export async function runDoctor(args: string[], ctx: CommandContext): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, {
    ...GATEWAY_FLAG,
    site: { type: 'string' },
    agency: { type: 'string', multiple: true },
  });
  if (values.help) {
    ctx.io.stdout.write(helpBook.localize('doctor', undefined, ctx.language));
    return EXIT_CODES.ok;
  }
  if (positionals[0] !== undefined)
    throw new CliError('cli.usage.extra-argument', EXIT_CODES.usage, { value: positionals[0], command: 'doctor' });
  const gateway = resolveGatewayUrl(values.gateway, ctx.io.env);
  const site = values.site === undefined ? undefined : httpUrl(values.site);
  const results = await runDoctorChecks({
    gateway,
    ...(site ? { site } : {}),
    agencies: values.agency ?? [],
    ...(ctx.io.signal ? { signal: ctx.io.signal } : {}),
  });
  for (const r of results) {
    ctx.io.stdout.write(`${MARK[r.level]} ${cliMessageBook.localize(r.text, r.params, ctx.language)}\n`);
    if (r.fix)
      ctx.io.stdout.write(
        `  → ${cliMessageBook.localize(r.fix, { gateway, origin: site ? new URL(site).origin : '', ...r.params }, ctx.language)}\n`,
      );
  }
  const failed = results.filter((r) => r.level === 'fail').length;
  ctx.io.stdout.write(
    `${cliMessageBook.localize(failed ? 'cli.doctor.summary-failed' : 'cli.doctor.summary-ok', { count: failed }, ctx.language)}\n`,
  );
  return failed ? EXIT_CODES.checksFailed : EXIT_CODES.ok;
}
