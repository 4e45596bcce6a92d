import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { text } from './primitives';

const record = defineRecord({
  /**
   * Mã cơ sở dữ liệu — wire: MaCSDL. One-stop systems always send `"7"`; its meaning
   * is not documented publicly (domain.md §1.1).
   */
  databaseCode: ['MaCSDL', text()],
});

/** Codec of one connected national database (kết nối CSDL) — wire: DSKetNoiCSDL[] item. */
export const databaseLinkCodec: WireCodec<DatabaseLink, DatabaseLinkWire> = record.codec;
/** A database link as on the wire. */
export type DatabaseLinkWire = WireOf<typeof record.fields>;
/** Kết nối cơ sở dữ liệu — a national database the dossier was checked against. */
export interface DatabaseLink extends ExtraWireFields {
  /**
   * Mã cơ sở dữ liệu — wire: MaCSDL. One-stop systems always send `"7"`; its meaning
   * is not documented publicly (domain.md §1.1).
   */
  databaseCode: string;
}

/** @internal Field table of {@link DatabaseLink}: `model-interfaces.test.ts` keeps the two equal. */
export type DatabaseLinkFields = typeof record.fields;
