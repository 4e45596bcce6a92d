import * as z from 'zod/mini';
import { defineRecord, type ModelOf, type WireOf } from './define-record';
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
export type ResultDocument = ModelOf<typeof record.fields>;
