import { redact } from '@dvc-kit/client';
import { statusCode, statusInfo, toVietnamTime } from '@dvc-kit/core';
import type { Dossier, Language } from '@dvc-kit/core';
import { PORTAL_FLAGS, resolvePortalConfig } from '../config';
import { CliError } from '../errors/cli-error';
import { EXIT_CODES } from '../exit-codes';
import type { ExitCode } from '../exit-codes';
import { formatPairs } from '../io/table';
import { maskIdentifier } from '../mask';
import { cliMessageBook } from '../messages';
import type { CliMessageCode } from '../messages';
import { connect } from '../portal/connect';
import type { CommandContext } from './context';
import { onePositional, parseCommandArgs } from './context';
import { helpBook } from './help-texts';

const pad = (n: number) => String(n).padStart(2, '0');

/** `dd/MM/yyyy HH:mm`, Vietnam time. */
export function formatVietnamDate(date: Date | null | undefined): string {
  if (!date) return '';
  const t = toVietnamTime(date);
  return `${pad(t.day)}/${pad(t.month)}/${t.year} ${pad(t.hour)}:${pad(t.minute)}`;
}

/** Kênh thực hiện in words; an unknown channel shows its raw value. */
function channelLabel(channel: Dossier['channel'], language: Language): string | undefined {
  if (channel === 'direct' || channel === 'online' || channel === 'postal')
    return cliMessageBook.localize(`cli.channel.${channel}`, undefined, language);
  return channel;
}

/** The dossier with the applicant's ID numbers and phone masked. */
function masked(dossier: Dossier): Dossier {
  const out: Dossier = { ...dossier };
  if (dossier.ownerDocumentNumber !== undefined) out.ownerDocumentNumber = maskIdentifier(dossier.ownerDocumentNumber);
  if (dossier.phone !== undefined) out.phone = maskIdentifier(dossier.phone);
  // Fields this version does not know may hold personal data too: mask them by name.
  if (dossier.extraWireFields) out.extraWireFields = redact(dossier.extraWireFields) as Record<string, unknown>;
  if (dossier.ownerIdentities)
    out.ownerIdentities = dossier.ownerIdentities.map((i) => ({ ...i, number: maskIdentifier(i.number) }));
  return out;
}

function describe(dossier: Dossier, language: Language): string {
  const label = (code: CliMessageCode) => cliMessageBook.localize(code, undefined, language);
  const status = `${statusInfo(dossier.status)?.label[language] ?? dossier.status} (${statusCode(dossier.status)})`;
  const pairs: [string, string][] = [
    [label('cli.label.code'), dossier.code],
    [label('cli.label.procedure'), `${dossier.procedureCode} — ${dossier.procedureName}`],
    [label('cli.label.field'), `${dossier.fieldCode} — ${dossier.fieldName}`],
    [label('cli.label.status'), status],
    [label('cli.label.received'), formatVietnamDate(dossier.receivedAt)],
  ];
  const optional: [CliMessageCode, string | undefined][] = [
    ['cli.label.due', formatVietnamDate(dossier.dueAt)],
    ['cli.label.returned', formatVietnamDate(dossier.returnedAt)],
    ['cli.label.channel', channelLabel(dossier.channel, language)],
    ['cli.label.owner', dossier.ownerName],
    ['cli.label.owner-id', dossier.ownerDocumentNumber],
    ['cli.label.phone', dossier.phone],
    ['cli.label.summary', dossier.summary],
    ['cli.label.handling-unit', dossier.handlingUnit],
  ];
  for (const [code, value] of optional) if (value) pairs.push([label(code), value]);
  let text = formatPairs(pairs);
  const steps = dossier.extraWireFields?.QuaTrinhXuLy;
  if (Array.isArray(steps) && steps.length > 0) {
    text += `\n${label('cli.label.steps')}:\n`;
    for (const step of steps as Record<string, unknown>[]) {
      text += `  ${String(step.ThoiDiemXuLy ?? '')}  ${String(step.NoiDungXuLy ?? '')}\n`;
    }
  }
  return text;
}

/**
 * `dvc lookup <code>`: prints the dossier (masked unless `--show-personal-data`);
 * exit 1 when the portal does not have it.
 */
export async function runLookup(args: string[], ctx: CommandContext): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, {
    ...PORTAL_FLAGS,
    json: { type: 'boolean' },
    'show-personal-data': { type: 'boolean' },
  });
  if (values.help) {
    ctx.io.stdout.write(helpBook.localize('lookup', undefined, ctx.language));
    return EXIT_CODES.ok;
  }
  const code = onePositional(positionals, 'lookup', 'cli.argument.dossier-code', ctx.language);
  const config = resolvePortalConfig(values, ctx.io.env, ctx.language);
  const found = await connect(config, ctx.io.signal).lookupDossier(code);
  if (!found) throw new CliError('cli.lookup.not-found', EXIT_CODES.notFound, { code });
  const shown = values['show-personal-data'] ? found : masked(found);
  if (values.json) {
    ctx.io.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  } else {
    ctx.io.stdout.write(describe(shown, ctx.language));
    if (!values['show-personal-data'])
      ctx.io.stderr.write(`${cliMessageBook.localize('cli.label.masked-hint', undefined, ctx.language)}\n`);
  }
  return EXIT_CODES.ok;
}
