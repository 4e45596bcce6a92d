import { createPublicClient, type PublicAgency } from '@dvc-kit/client/public';
import { foldVietnamese } from '@dvc-kit/core';
import { CliError } from '../errors/cli-error';
import { EXIT_CODES } from '../exit-codes';
import type { ExitCode } from '../exit-codes';
import { GATEWAY_FLAG, resolveGatewayUrl } from '../gateway/gateway-url';
import { formatTable } from '../io/table';
import { cliMessageBook } from '../messages';
import type { CliMessageCode } from '../messages';
import type { CommandContext } from './context';
import { parseCommandArgs } from './context';
import { helpBook } from './help-texts';

/** Mã tỉnh: two digits, e.g. `66` (Đắk Lắk). */
const PROVINCE = /^\d{2}$/;

/**
 * `dvc agencies --province 66 [--search "ea bung"] [--json]`: the receiving agencies (mã cơ
 * quan) the gateway knows in a province, from its public API (`GET /v1/agencies`), so a
 * commune web team can find the code its widgets need. `--search` matches the name with or
 * without diacritics; exit 1 when nothing matches.
 */
export async function runAgencies(args: string[], ctx: CommandContext): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, {
    ...GATEWAY_FLAG,
    province: { type: 'string' },
    search: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    ctx.io.stdout.write(helpBook.localize('agencies', undefined, ctx.language));
    return EXIT_CODES.ok;
  }
  if (positionals[0] !== undefined)
    throw new CliError('cli.usage.extra-argument', EXIT_CODES.usage, { value: positionals[0], command: 'agencies' });
  const province = values.province;
  if (province !== undefined && !PROVINCE.test(province)) {
    throw new CliError('cli.usage.bad-value', EXIT_CODES.usage, {
      flag: '--province',
      value: province,
      allowed: '01…96, ví dụ/e.g. 66',
    });
  }
  const gateway = resolveGatewayUrl(values.gateway, ctx.io.env);
  const client = createPublicClient({ endpoint: gateway, language: ctx.language });
  let agencies: PublicAgency[] = await client.agencies(province ? { province } : {}, { signal: ctx.io.signal });
  if (values.search) {
    const words = foldVietnamese(values.search).split(' ').filter(Boolean);
    agencies = agencies.filter((a) =>
      words.every((w) => foldVietnamese(`${a.name.vi} ${a.name.en ?? ''} ${a.code}`).includes(w)),
    );
  }
  if (values.json) {
    ctx.io.stdout.write(`${JSON.stringify(agencies, null, 2)}\n`);
  } else if (agencies.length > 0) {
    const label = (code: CliMessageCode) => cliMessageBook.localize(code, undefined, ctx.language);
    const rows = agencies.map((a) => [
      a.code,
      a.name[ctx.language] ?? a.name.vi,
      label(`cli.agencies.level.${a.level}`),
    ]);
    ctx.io.stdout.write(
      formatTable([label('cli.agencies.code'), label('cli.agencies.name'), label('cli.agencies.level')], rows),
    );
    ctx.io.stderr.write(`${cliMessageBook.localize('cli.agencies.hint', { count: agencies.length }, ctx.language)}\n`);
  }
  if (agencies.length === 0) {
    ctx.io.stderr.write(`${cliMessageBook.localize('cli.agencies.none', undefined, ctx.language)}\n`);
    return EXIT_CODES.notFound;
  }
  return EXIT_CODES.ok;
}
