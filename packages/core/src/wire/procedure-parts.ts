import * as z from 'zod/mini';
import { defineRecord, type ExtraWireFields } from './define-record';
import { CHANNELS, type DossierChannel } from './enums';
import { lenientEnum, lenientText, text } from './primitives';

/** Sub-records of a `LayThuTuc` procedure (uppercase wire names). Internal: reached through `Procedure`. */

export const procedureLevelRecord = defineRecord({
  /** Cấp thực hiện (code as published, e.g. `"4"`) — wire: CAPTHUCHIEN */
  code: ['CAPTHUCHIEN', z.optional(lenientText())],
  /** Tên cấp (e.g. `Cấp Xã`) — wire: TENCAP */
  name: ['TENCAP', z.optional(text())],
});

/** Cấp thực hiện — one level a procedure is carried out at. */
export interface ProcedureLevel extends ExtraWireFields {
  /** Cấp thực hiện (code as published, e.g. `"4"`) — wire: CAPTHUCHIEN */
  code?: string;
  /** Tên cấp (e.g. `Cấp Xã`) — wire: TENCAP */
  name?: string;
}

export const procedureFieldRecord = defineRecord({
  /** Mã lĩnh vực — wire: MALINHVUC */
  code: ['MALINHVUC', text()],
  /** Tên lĩnh vực — wire: TENLINHVUC */
  name: ['TENLINHVUC', text()],
});

/** Lĩnh vực — a field a procedure belongs to. */
export interface ProcedureField extends ExtraWireFields {
  /** Mã lĩnh vực — wire: MALINHVUC */
  code: string;
  /** Tên lĩnh vực — wire: TENLINHVUC */
  name: string;
}

export const procedureStepsRecord = defineRecord({
  /** Trường hợp (the case these steps apply to) — wire: TRUONGHOP */
  case: ['TRUONGHOP', z.optional(text())],
  /** Trình tự — wire: TRINHTU */
  steps: [
    'TRINHTU',
    z.array(defineRecord({ /** Tên trình tự — wire: TENTRINHTU */ name: ['TENTRINHTU', text()] }).codec),
  ],
});

/** One step of a {@link ProcedureSteps} list. */
export interface ProcedureStep extends ExtraWireFields {
  /** Tên trình tự — wire: TENTRINHTU */
  name: string;
}

/** Trình tự thực hiện — the steps of one case. */
export interface ProcedureSteps extends ExtraWireFields {
  /** Trường hợp (the case these steps apply to) — wire: TRUONGHOP */
  case?: string;
  /** Trình tự — wire: TRINHTU */
  steps: ProcedureStep[];
}

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

/** Phí, lệ phí — one fee of a procedure method. */
export interface ProcedureFee extends ExtraWireFields {
  /** Mã phí, lệ phí — wire: MAPHILEPHI */
  code?: string;
  /** Số tiền (as published, e.g. `50.000`) — wire: SOTIEN */
  amount?: string;
  /** Đơn vị (e.g. `Đồng`) — wire: DONVI */
  unit?: string;
  /** Mô tả — wire: MOTA */
  description?: string;
}

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

/** Thời gian giải quyết — time limit and fees of one method. */
export interface ProcedureTime extends ExtraWireFields {
  /** Thời gian giải quyết (as published, e.g. `5`) — wire: THOIGIANGIAIQUYET */
  duration?: string;
  /** Đơn vị tính (e.g. `Ngày làm việc`) — wire: DONVITINH */
  unit?: string;
  /** Mô tả — wire: MOTA */
  description?: string;
  /** Phí, lệ phí — wire: PHILEPHI */
  fees?: ProcedureFee[];
}

export const procedureMethodRecord = defineRecord({
  /** Kênh (1 trực tiếp, 2 trực tuyến, 3 bưu chính) — wire: KENH */
  channel: ['KENH', lenientEnum(CHANNELS)],
  /** Thời gian và phí theo kênh — wire: THOIGIAN */
  times: ['THOIGIAN', z.optional(z.array(procedureTimeRecord.codec))],
});

/** Cách thức thực hiện — one channel with its time limits and fees. */
export interface ProcedureMethod extends ExtraWireFields {
  /** Kênh (1 trực tiếp, 2 trực tuyến, 3 bưu chính) — wire: KENH */
  channel: DossierChannel;
  /** Thời gian và phí theo kênh — wire: THOIGIAN */
  times?: ProcedureTime[];
}

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

/** Giấy tờ — one document of a dossier part. */
export interface ProcedureDocument extends ExtraWireFields {
  /** Mã giấy tờ — wire: MAGIAYTO */
  code?: string;
  /** Tên giấy tờ — wire: TENGIAYTO */
  name: string;
  /** Số bản chính — wire: SOBANCHINH */
  originals?: string;
  /** Số bản sao — wire: SOBANSAO */
  copies?: string;
  /** Tên mẫu đơn, tờ khai — wire: TENMAUDON */
  templateName?: string;
  /** Đường dẫn mẫu đơn — wire: URL */
  templateUrl?: string;
}

export const procedureDossierPartRecord = defineRecord({
  /** Trường hợp — wire: TRUONGHOP */
  case: ['TRUONGHOP', z.optional(text())],
  /** Giấy tờ — wire: GIAYTO */
  documents: ['GIAYTO', z.array(procedureDocumentRecord.codec)],
});

/** Thành phần hồ sơ — the documents of one case. */
export interface ProcedureDossierPart extends ExtraWireFields {
  /** Trường hợp — wire: TRUONGHOP */
  case?: string;
  /** Giấy tờ — wire: GIAYTO */
  documents: ProcedureDocument[];
}

export const procedureResultRecord = defineRecord({
  /** Mã kết quả — wire: MAKETQUA */
  code: ['MAKETQUA', z.optional(text())],
  /** Tên kết quả — wire: TENKETQUA */
  name: ['TENKETQUA', text()],
});

/** Kết quả thực hiện — one result a procedure produces. */
export interface ProcedureResult extends ExtraWireFields {
  /** Mã kết quả — wire: MAKETQUA */
  code?: string;
  /** Tên kết quả — wire: TENKETQUA */
  name: string;
}

export const procedureLegalBasisRecord = defineRecord({
  /** Số văn bản (e.g. `123/2015/NĐ-CP`) — wire: SOVANBAN */
  number: ['SOVANBAN', z.optional(text())],
  /** Tên văn bản — wire: TENVANBAN */
  name: ['TENVANBAN', z.optional(text())],
});

/** Căn cứ pháp lý — one legal document. */
export interface ProcedureLegalBasis extends ExtraWireFields {
  /** Số văn bản (e.g. `123/2015/NĐ-CP`) — wire: SOVANBAN */
  number?: string;
  /** Tên văn bản — wire: TENVANBAN */
  name?: string;
}

export const procedureAgencyRecord = defineRecord({
  /** Mã đơn vị — wire: MADONVI */
  code: ['MADONVI', z.optional(text())],
  /** Tên đơn vị — wire: TENDONVI */
  name: ['TENDONVI', text()],
});

/** Cơ quan thực hiện — one agency that carries a procedure out. */
export interface ProcedureAgency extends ExtraWireFields {
  /** Mã đơn vị — wire: MADONVI */
  code?: string;
  /** Tên đơn vị — wire: TENDONVI */
  name: string;
}

/** @internal Field table of {@link ProcedureLevel}: `model-interfaces.test.ts` keeps the two equal. */
export type ProcedureLevelFields = typeof procedureLevelRecord.fields;
/** @internal Field table of {@link ProcedureField}: `model-interfaces.test.ts` keeps the two equal. */
export type ProcedureFieldFields = typeof procedureFieldRecord.fields;
/** @internal Field table of {@link ProcedureSteps}: `model-interfaces.test.ts` keeps the two equal. */
export type ProcedureStepsFields = typeof procedureStepsRecord.fields;
/** @internal Field table of {@link ProcedureFee}: `model-interfaces.test.ts` keeps the two equal. */
export type ProcedureFeeFields = typeof procedureFeeRecord.fields;
/** @internal Field table of {@link ProcedureTime}: `model-interfaces.test.ts` keeps the two equal. */
export type ProcedureTimeFields = typeof procedureTimeRecord.fields;
/** @internal Field table of {@link ProcedureMethod}: `model-interfaces.test.ts` keeps the two equal. */
export type ProcedureMethodFields = typeof procedureMethodRecord.fields;
/** @internal Field table of {@link ProcedureDocument}: `model-interfaces.test.ts` keeps the two equal. */
export type ProcedureDocumentFields = typeof procedureDocumentRecord.fields;
/** @internal Field table of {@link ProcedureDossierPart}: `model-interfaces.test.ts` keeps the two equal. */
export type ProcedureDossierPartFields = typeof procedureDossierPartRecord.fields;
/** @internal Field table of {@link ProcedureResult}: `model-interfaces.test.ts` keeps the two equal. */
export type ProcedureResultFields = typeof procedureResultRecord.fields;
/** @internal Field table of {@link ProcedureLegalBasis}: `model-interfaces.test.ts` keeps the two equal. */
export type ProcedureLegalBasisFields = typeof procedureLegalBasisRecord.fields;
/** @internal Field table of {@link ProcedureAgency}: `model-interfaces.test.ts` keeps the two equal. */
export type ProcedureAgencyFields = typeof procedureAgencyRecord.fields;
