import type { Unknown } from './primitives';

/** The model values of a wire enumeration table, plus `unknown:<raw>`. */
export type EnumValue<M> = M[keyof M] | Unknown;

/** Kênh thực hiện — wire: KenhThucHien / KENH. 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích. */
export const CHANNELS = { '1': 'direct', '2': 'online', '3': 'postal' } as const;
/** How a dossier was submitted: `'direct'` (at the counter), `'online'`, `'postal'`. */
export type DossierChannel = EnumValue<typeof CHANNELS>;

/** Loại đối tượng — wire: LoaiDoiTuong. 1 công dân, 2 doanh nghiệp, 3 cơ quan nhà nước, 4 tổ chức/khác. */
export const APPLICANT_KINDS = { '1': 'citizen', '2': 'business', '3': 'state-agency', '4': 'organization' } as const;
/** Who applies: citizen, business, state agency, other organisation. */
export type ApplicantKind = EnumValue<typeof APPLICANT_KINDS>;

/**
 * Hình thức (trả kết quả) — wire: HinhThuc, `"0"`/`"1"`. Read here as how the result is
 * handed over (at the counter / by post); the public sources do not spell it out.
 */
export const RESULT_DELIVERY = { '0': 'at-counter', '1': 'by-post' } as const;
/** How the result is handed over. */
export type ResultDelivery = EnumValue<typeof RESULT_DELIVERY>;

/** Được thanh toán trực tuyến — wire: DuocThanhToanTrucTuyen. One-stop systems send `"1"` or `"3"`. */
export const ONLINE_PAYMENT = { '1': 'paid-online', '3': 'not-paid-online' } as const;
/** Whether a dossier's fees were paid online. */
export type OnlinePayment = EnumValue<typeof ONLINE_PAYMENT>;

/** Được tái sử dụng — wire: DuocTaiSuDung. `"2"`: reused from another dossier's result. */
export const DOCUMENT_REUSE = { '0': 'not-reused', '1': 'reused', '2': 'reused-from-result' } as const;
/** Whether a submitted document was reused. */
export type DocumentReuse = EnumValue<typeof DOCUMENT_REUSE>;

/**
 * Loại định danh — wire: LoaiDinhDanh. `"1"`: 12-digit personal identification number
 * (số định danh cá nhân / CCCD); `"2"`: 9-digit former ID card (CMND).
 */
export const IDENTITY_KINDS = { '1': 'personal-id', '2': 'former-id-card' } as const;
/** The kind of an owner identity number. */
export type IdentityKind = EnumValue<typeof IDENTITY_KINDS>;

/**
 * Trạng thái số hóa (a one-stop system's per-component state, shown on digitization
 * boards): 0 chưa số hóa, 1 được số hóa, 2 tái sử dụng, 3 tái sử dụng từ kết quả hồ sơ khác.
 */
export const DIGITIZATION_STATES = {
  '0': 'not-digitized',
  '1': 'digitized',
  '2': 'reused',
  '3': 'reused-from-result',
} as const;
/** A component's digitization state. */
export type DigitizationState = EnumValue<typeof DIGITIZATION_STATES>;
