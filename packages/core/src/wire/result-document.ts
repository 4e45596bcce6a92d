import * as z from 'zod/mini';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { text } from './primitives';

const record = defineRecord({
  /** Tên giấy tờ — wire: TenGiayTo */
  name: ['TenGiayTo', text()],
  /** Mã thành phần hồ sơ — wire: MaThanhPhanHoSo */
  componentCode: ['MaThanhPhanHoSo', z.optional(text())],
  /** Mã giấy tờ (local id) — wire: GiayToId */
  documentId: ['GiayToId', z.optional(text())],
  /** Đường dẫn tệp tin kết quả (public download URL) — wire: DuongDanTepTinKetQua */
  fileUrl: ['DuongDanTepTinKetQua', text()],
  /** Mã giấy tờ kết quả (result type code of the procedure; 2024 field — OpenCPS and HG entries lack it) — wire: MaGiayToKetQua */
  resultCode: ['MaGiayToKetQua', z.optional(text())],
});

/** Codec of one result document (giấy tờ kết quả) — wire: DanhSachGiayToKetQua[] item. */
export const resultDocumentCodec: WireCodec<ResultDocument, ResultDocumentWire> = record.codec;
/** A result document as on the wire. */
export type ResultDocumentWire = WireOf<typeof record.fields>;
/** Giấy tờ kết quả — an electronic result issued for a dossier. */
export interface ResultDocument extends ExtraWireFields {
  /** Tên giấy tờ — wire: TenGiayTo */
  name: string;
  /** Mã thành phần hồ sơ — wire: MaThanhPhanHoSo */
  componentCode?: string;
  /** Mã giấy tờ (local id) — wire: GiayToId */
  documentId?: string;
  /** Đường dẫn tệp tin kết quả (public download URL) — wire: DuongDanTepTinKetQua */
  fileUrl: string;
  /** Mã giấy tờ kết quả (result type code of the procedure; 2024 field — OpenCPS and HG entries lack it) — wire: MaGiayToKetQua */
  resultCode?: string;
}

/** @internal Field table of {@link ResultDocument}: `model-interfaces.test.ts` keeps the two equal. */
export type ResultDocumentFields = typeof record.fields;
