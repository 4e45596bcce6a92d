/** A field of administrative procedures (lĩnh vực — wire: MaLinhVuc / TenLinhVuc). Codes are simulated. */
export interface ProcedureField {
  /** Mã lĩnh vực — wire: MaLinhVuc (simulated code) */
  code: string;
  /** Tên lĩnh vực — wire: TenLinhVuc */
  name: string;
}

/** The fields the seeded commune-level procedures belong to. */
export const PROCEDURE_FIELDS: readonly ProcedureField[] = [
  { code: 'HT', name: 'Hộ tịch' },
  { code: 'CT', name: 'Chứng thực' },
  { code: 'CTR', name: 'Đăng ký, quản lý cư trú' },
  { code: 'BTXH', name: 'Bảo trợ xã hội' },
  { code: 'NCC', name: 'Người có công' },
  { code: 'XD', name: 'Hoạt động xây dựng' },
  { code: 'TLDN', name: 'Thành lập và hoạt động của hộ kinh doanh' },
  { code: 'DD', name: 'Đất đai' },
  { code: 'GDDT', name: 'Giáo dục và Đào tạo' },
];
