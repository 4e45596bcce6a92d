import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { IDENTITY_KINDS, type IdentityKind } from './enums';
import { enumWithUnknown, text } from './primitives';

const record = defineRecord({
  /** Loại định danh — wire: LoaiDinhDanh */
  kind: ['LoaiDinhDanh', enumWithUnknown(IDENTITY_KINDS)],
  /** Số định danh (one-stop systems send `000000001` when unknown) — wire: SoDinhDanh */
  number: ['SoDinhDanh', text()],
});

/** Codec of one identity of the dossier owner (định danh chủ hồ sơ) — wire: DinhDanhCHS[] item. */
export const ownerIdentityCodec: WireCodec<OwnerIdentity, OwnerIdentityWire> = record.codec;
/** An owner identity as on the wire. */
export type OwnerIdentityWire = WireOf<typeof record.fields>;
/** Định danh chủ hồ sơ — an identity number of the dossier owner. */
export interface OwnerIdentity extends ExtraWireFields {
  /** Loại định danh — wire: LoaiDinhDanh */
  kind: IdentityKind;
  /** Số định danh (one-stop systems send `000000001` when unknown) — wire: SoDinhDanh */
  number: string;
}

/** @internal Field table of {@link OwnerIdentity}: `model-interfaces.test.ts` keeps the two equal. */
export type OwnerIdentityFields = typeof record.fields;
