import { defineRecord, type ModelOf, type RecordSchema, type WireOf, type WireSchema } from './define-record';
import { text } from './primitives';

const record = defineRecord({
  /**
   * Mã cơ sở dữ liệu — wire: MaCSDL. One-stop systems always send `"7"`; its meaning
   * is not documented publicly (domain.md §1.1).
   */
  databaseCode: ['MaCSDL', text()],
});

/** Codec of one connected national database (kết nối CSDL) — wire: DSKetNoiCSDL[] item. */
export const databaseLinkCodec: RecordSchema<DatabaseLink, DatabaseLinkWire> = record.codec;
/** Wire schema of a database link. */
export const databaseLinkWireSchema: WireSchema<DatabaseLinkWire> = record.wireSchema;
/** A database link as on the wire. */
export type DatabaseLinkWire = WireOf<typeof record.fields>;
/** Kết nối cơ sở dữ liệu — a national database the dossier was checked against. */
export type DatabaseLink = ModelOf<typeof record.fields>;

/** Decodes a `DSKetNoiCSDL` item; throws `WireFormatError`. */
export const decodeDatabaseLink: (input: unknown) => DatabaseLink = record.decode;

/** Encodes a database link to its wire form. */
export const encodeDatabaseLink: (model: DatabaseLink) => DatabaseLinkWire = record.encode;
