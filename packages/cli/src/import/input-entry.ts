import { DvcError, WireFormatError, decodeDossier } from '@dvc-kit/core';
import type { Dossier, Localized } from '@dvc-kit/core';

/** One item read from an input file: a dossier ready to sync, or a bad row and why. */
export type InputEntry =
  | { ok: true; dossier: Dossier; line: number }
  | {
      ok: false;
      /** Line where the row starts (1-based). */
      line: number;
      /** Stable code, e.g. `wire.format`, `cli.row.json`. */
      code: string;
      /** Why, in Vietnamese and English (values of personal fields never appear). */
      reason: Localized;
      /** What was read (wire field names where known), written to the failure report so it can be fixed and re-run. */
      raw: unknown;
    };

/** Fills in what a row lacks from the procedure catalogue (`TenTTHC`, `MaLinhVuc`, `TenLinhVuc`). */
export type ProcedureLookup = (
  procedureCode: string,
) => Promise<{ name: string; fieldCode?: string; fieldName?: string } | undefined>;

/** The reason of a decoding error: every issue, not only the first three. */
export function reasonOf(error: unknown): { code: string; reason: Localized } {
  if (error instanceof WireFormatError && error.issues.length > 0) {
    return {
      code: error.code,
      reason: {
        vi: error.issues.map((i) => i.messages.vi).join(' '),
        en: error.issues.map((i) => i.messages.en).join(' '),
      },
    };
  }
  if (error instanceof DvcError) return { code: error.code, reason: error.messages };
  throw error;
}

/** Decodes a wire dossier into an entry; a decoding error becomes a bad-row entry. */
export function decodeEntry(wire: Record<string, unknown>, line: number): InputEntry {
  try {
    return { ok: true, dossier: decodeDossier(wire), line };
  } catch (error) {
    return { ok: false, line, raw: wire, ...reasonOf(error) };
  }
}

/**
 * Adds `TenTTHC`, `MaLinhVuc` and `TenLinhVuc` from the catalogue when the row lacks them.
 * A failed lookup leaves the row as it is (decoding then names the missing field).
 */
export async function completeFromCatalogue(
  wire: Record<string, unknown>,
  lookup: ProcedureLookup | undefined,
): Promise<void> {
  if (!lookup || typeof wire.MaTTHC !== 'string') return;
  if (wire.TenTTHC !== undefined && wire.MaLinhVuc !== undefined && wire.TenLinhVuc !== undefined) return;
  const procedure = await lookup(wire.MaTTHC);
  if (!procedure) return;
  wire.TenTTHC ??= procedure.name;
  if (procedure.fieldCode !== undefined) wire.MaLinhVuc ??= procedure.fieldCode;
  if (procedure.fieldName !== undefined) wire.TenLinhVuc ??= procedure.fieldName;
}
