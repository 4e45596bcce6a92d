import * as z from 'zod/mini';
import { defineRecord } from './define-record';
import { CHANNELS } from './enums';
import { lenientEnum, lenientText, text } from './primitives';

/** Sub-records of a `LayThuTuc` procedure (uppercase wire names). Internal: reached through `Procedure`. */

export const procedureLevelRecord = defineRecord({
  /** Cấp thực hiện (code as published, e.g. `"4"`) — wire: CAPTHUCHIEN */
  code: ['CAPTHUCHIEN', z.optional(lenientText())],
  /** Tên cấp (e.g. `Cấp Xã`) — wire: TENCAP */
  name: ['TENCAP', z.optional(text())],
});

export const procedureFieldRecord = defineRecord({
  /** Mã lĩnh vực — wire: MALINHVUC */
  code: ['MALINHVUC', text()],
  /** Tên lĩnh vực — wire: TENLINHVUC */
  name: ['TENLINHVUC', text()],
});

export const procedureStepsRecord = defineRecord({
  /** Trường hợp (the case these steps apply to) — wire: TRUONGHOP */
  case: ['TRUONGHOP', z.optional(text())],
  /** Trình tự — wire: TRINHTU */
  steps: [
    'TRINHTU',
    z.array(defineRecord({ /** Tên trình tự — wire: TENTRINHTU */ name: ['TENTRINHTU', text()] }).codec),
  ],
});

export const procedureFeeRecord = defineRecord({
  /** Mã phí, lệ phí — wire: MAPHILEPHI */
  code: ['MAPHILEPHI', z.optional(text())],
  /** Số tiền (as published, e.g. `50.000`) — wire: SOTIEN */
  amount: ['SOTIEN', z.optional(lenientText())],
  /** Đơn vị (e.g. `Đồng`) — wire: DONVI */
  unit: ['DONVI', z.optional(text())],
  /** Mô tả — wire: MOTA */
  description: ['MOTA', z.optional(text())],
});

export const procedureTimeRecord = defineRecord({
  /** Thời gian giải quyết (as published, e.g. `5`) — wire: THOIGIANGIAIQUYET */
  duration: ['THOIGIANGIAIQUYET', z.optional(lenientText())],
  /** Đơn vị tính (e.g. `Ngày làm việc`) — wire: DONVITINH */
  unit: ['DONVITINH', z.optional(text())],
  /** Mô tả — wire: MOTA */
  description: ['MOTA', z.optional(text())],
  /** Phí, lệ phí — wire: PHILEPHI */
  fees: ['PHILEPHI', z.optional(z.array(procedureFeeRecord.codec))],
});

export const procedureMethodRecord = defineRecord({
  /** Kênh (1 trực tiếp, 2 trực tuyến, 3 bưu chính) — wire: KENH */
  channel: ['KENH', lenientEnum(CHANNELS)],
  /** Thời gian và phí theo kênh — wire: THOIGIAN */
  times: ['THOIGIAN', z.optional(z.array(procedureTimeRecord.codec))],
});

export const procedureDocumentRecord = defineRecord({
  /** Mã giấy tờ — wire: MAGIAYTO */
  code: ['MAGIAYTO', z.optional(text())],
  /** Tên giấy tờ — wire: TENGIAYTO */
  name: ['TENGIAYTO', text()],
  /** Số bản chính — wire: SOBANCHINH */
  originals: ['SOBANCHINH', z.optional(text())],
  /** Số bản sao — wire: SOBANSAO */
  copies: ['SOBANSAO', z.optional(text())],
  /** Tên mẫu đơn, tờ khai — wire: TENMAUDON */
  templateName: ['TENMAUDON', z.optional(text())],
  /** Đường dẫn mẫu đơn — wire: URL */
  templateUrl: ['URL', z.optional(text())],
});

export const procedureDossierPartRecord = defineRecord({
  /** Trường hợp — wire: TRUONGHOP */
  case: ['TRUONGHOP', z.optional(text())],
  /** Giấy tờ — wire: GIAYTO */
  documents: ['GIAYTO', z.array(procedureDocumentRecord.codec)],
});

export const procedureResultRecord = defineRecord({
  /** Mã kết quả — wire: MAKETQUA */
  code: ['MAKETQUA', z.optional(text())],
  /** Tên kết quả — wire: TENKETQUA */
  name: ['TENKETQUA', text()],
});

export const procedureLegalBasisRecord = defineRecord({
  /** Số văn bản (e.g. `123/2015/NĐ-CP`) — wire: SOVANBAN */
  number: ['SOVANBAN', z.optional(text())],
  /** Tên văn bản — wire: TENVANBAN */
  name: ['TENVANBAN', z.optional(text())],
});

export const procedureAgencyRecord = defineRecord({
  /** Mã đơn vị — wire: MADONVI */
  code: ['MADONVI', z.optional(text())],
  /** Tên đơn vị — wire: TENDONVI */
  name: ['TENDONVI', text()],
});
