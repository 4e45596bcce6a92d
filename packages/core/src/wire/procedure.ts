import * as z from 'zod/mini';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { lenientEnum, text, type Unknown } from './primitives';
import {
  procedureAgencyRecord,
  procedureDossierPartRecord,
  procedureFieldRecord,
  procedureLegalBasisRecord,
  procedureLevelRecord,
  procedureMethodRecord,
  procedureResultRecord,
  procedureStepsRecord,
  type ProcedureAgency,
  type ProcedureDossierPart,
  type ProcedureField,
  type ProcedureLegalBasis,
  type ProcedureLevel,
  type ProcedureMethod,
  type ProcedureResult,
  type ProcedureSteps,
} from './procedure-parts';

/** Trạng thái thủ tục — wire: TRANGTHAI. `"1"` is active; `"0"` is read as inactive. */
export const PROCEDURE_STATES = { '1': 'active', '0': 'inactive' } as const;

const record = defineRecord({
  /** Mã thủ tục hành chính (e.g. `1.004194`) — wire: MATTHC */
  code: ['MATTHC', text()],
  /** Tên thủ tục hành chính — wire: TENTTHC */
  name: ['TENTTHC', text()],
  /** Loại thủ tục (code as published) — wire: LOAITTHC */
  kind: ['LOAITTHC', z.optional(text())],
  /** Cấp thực hiện (a list of `{ CAPTHUCHIEN, TENCAP }`; codes as published) — wire: CAPTHUCHIEN */
  levels: ['CAPTHUCHIEN', z.optional(z.array(procedureLevelRecord.codec))],
  /** Trạng thái (`"1"` or `1`) — wire: TRANGTHAI */
  state: ['TRANGTHAI', z.optional(lenientEnum(PROCEDURE_STATES))],
  /** Mã quyết định công bố — wire: IDQUYETDINHCONGBO */
  decisionId: ['IDQUYETDINHCONGBO', z.optional(text())],
  /** Yêu cầu, điều kiện thực hiện — wire: YEUCAU */
  requirements: ['YEUCAU', z.optional(text())],
  /** Mô tả đối tượng thực hiện — wire: MOTADOITUONGTHUCHIEN */
  applicantDescription: ['MOTADOITUONGTHUCHIEN', z.optional(text())],
  /** Địa chỉ tiếp nhận — wire: DIACHITIEPNHAN */
  receivingAddress: ['DIACHITIEPNHAN', z.optional(text())],
  /** Lĩnh vực thực hiện — wire: LINHVUCTHUCHIEN */
  fields: ['LINHVUCTHUCHIEN', z.optional(z.array(procedureFieldRecord.codec))],
  /** Trình tự thực hiện — wire: TRINHTUTHUCHIEN */
  steps: ['TRINHTUTHUCHIEN', z.optional(z.array(procedureStepsRecord.codec))],
  /** Cách thức thực hiện (per channel: time limits and fees) — wire: CACHTHUCTHUCHIEN */
  methods: ['CACHTHUCTHUCHIEN', z.optional(z.array(procedureMethodRecord.codec))],
  /** Thành phần hồ sơ — wire: THANHPHANHOSO */
  dossierParts: ['THANHPHANHOSO', z.optional(z.array(procedureDossierPartRecord.codec))],
  /** Kết quả thực hiện — wire: KETQUATHUCHIEN */
  results: ['KETQUATHUCHIEN', z.optional(z.array(procedureResultRecord.codec))],
  /** Căn cứ pháp lý — wire: CANCUPHAPLY */
  legalBases: ['CANCUPHAPLY', z.optional(z.array(procedureLegalBasisRecord.codec))],
  /** Cơ quan thực hiện — wire: COQUANTHUCHIEN */
  agencies: ['COQUANTHUCHIEN', z.optional(z.array(procedureAgencyRecord.codec))],
});

/**
 * Codec of a procedure (thủ tục hành chính) — wire: `LayThuTuc` `result[0]`, uppercase names.
 *
 * @example decodeWire(procedureCodec, body.result[0]).methods?.[0]?.channel // 'direct'
 */
export const procedureCodec: WireCodec<Procedure, ProcedureWire> = record.codec;
/** A procedure as on the wire. */
export type ProcedureWire = WireOf<typeof record.fields>;
/** Thủ tục hành chính — an administrative procedure as the national catalogue publishes it. */
export interface Procedure extends ExtraWireFields {
  /** Mã thủ tục hành chính (e.g. `1.004194`) — wire: MATTHC */
  code: string;
  /** Tên thủ tục hành chính — wire: TENTTHC */
  name: string;
  /** Loại thủ tục (code as published) — wire: LOAITTHC */
  kind?: string;
  /** Cấp thực hiện (a list of `{ CAPTHUCHIEN, TENCAP }`; codes as published) — wire: CAPTHUCHIEN */
  levels?: ProcedureLevel[];
  /** Trạng thái (`"1"` or `1`) — wire: TRANGTHAI */
  state?: Unknown | 'active' | 'inactive';
  /** Mã quyết định công bố — wire: IDQUYETDINHCONGBO */
  decisionId?: string;
  /** Yêu cầu, điều kiện thực hiện — wire: YEUCAU */
  requirements?: string;
  /** Mô tả đối tượng thực hiện — wire: MOTADOITUONGTHUCHIEN */
  applicantDescription?: string;
  /** Địa chỉ tiếp nhận — wire: DIACHITIEPNHAN */
  receivingAddress?: string;
  /** Lĩnh vực thực hiện — wire: LINHVUCTHUCHIEN */
  fields?: ProcedureField[];
  /** Trình tự thực hiện — wire: TRINHTUTHUCHIEN */
  steps?: ProcedureSteps[];
  /** Cách thức thực hiện (per channel: time limits and fees) — wire: CACHTHUCTHUCHIEN */
  methods?: ProcedureMethod[];
  /** Thành phần hồ sơ — wire: THANHPHANHOSO */
  dossierParts?: ProcedureDossierPart[];
  /** Kết quả thực hiện — wire: KETQUATHUCHIEN */
  results?: ProcedureResult[];
  /** Căn cứ pháp lý — wire: CANCUPHAPLY */
  legalBases?: ProcedureLegalBasis[];
  /** Cơ quan thực hiện — wire: COQUANTHUCHIEN */
  agencies?: ProcedureAgency[];
}

/** @internal Field table of {@link Procedure}: `model-interfaces.test.ts` keeps the two equal. */
export type ProcedureFields = typeof record.fields;
