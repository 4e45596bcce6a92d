import { dossierCodec, encodeWire } from '@dvc-kit/core';
import type { Dossier } from '@dvc-kit/core';
import { readLines } from '../io/text-file';
import { cliMessageBook } from '../messages';
import { completeFromCatalogue, decodeEntry, reasonOf } from './input-entry';
import type { InputEntry, ProcedureLookup } from './input-entry';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** JSON turns the model's `Date`s into ISO strings; every model date field ends in `At`. */
function reviveDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reviveDates);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      key.endsWith('At') && typeof inner === 'string' && ISO_DATE.test(inner)
        ? new Date(inner)
        : key === 'extraWireFields'
          ? inner
          : reviveDates(inner);
  }
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads NDJSON dossiers lazily: one per line, either in wire shape (`MaHoSo`, …) or in
 * core's model shape (`code`, … with ISO dates). Lines of a `dvc sync --report` file
 * (`{ "dossier": …, "error": … }`) are accepted too, so failed items can be re-run.
 * Blank lines are skipped; a bad line becomes an entry with its line number and reason.
 *
 * @example for await (const entry of readNdjsonDossiers(readTextChunks(path))) …
 */
export async function* readNdjsonDossiers(
  chunks: AsyncIterable<string>,
  lookup?: ProcedureLookup,
): AsyncGenerator<InputEntry> {
  for await (const { text, line } of readLines(chunks)) {
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield { ok: false, line, code: 'cli.row.json', reason: cliMessageBook.localize('cli.row.json'), raw: text };
      continue;
    }
    if (isRecord(value) && isRecord(value.dossier) && value.MaHoSo === undefined && value.code === undefined)
      value = value.dossier;
    if (!isRecord(value)) {
      yield {
        ok: false,
        line,
        code: 'cli.row.not-object',
        reason: cliMessageBook.localize('cli.row.not-object'),
        raw: value,
      };
      continue;
    }
    if (value.MaHoSo === undefined && value.code !== undefined) {
      try {
        yield decodeEntry(encodeWire(dossierCodec, reviveDates(value) as Dossier) as Record<string, unknown>, line);
      } catch (error) {
        yield { ok: false, line, raw: value, ...reasonOf(error) };
      }
      continue;
    }
    await completeFromCatalogue(value, lookup);
    yield decodeEntry(value, line);
  }
}
