/**
 * What the sandbox can do beyond what the portal contract corpus (`portal-contract/`)
 * shows the real portal doing. `--profile extended` (the default) does all of it;
 * `--profile observed` does none of it. A client, gateway or widget may use an extension
 * only as an optional capability: detected, never assumed.
 */
export type SandboxProfile = 'observed' | 'extended';

/** One documented extension. */
export interface SandboxExtension {
  /** What kind of thing it adds. */
  kind: 'service' | 'field' | 'error-code' | 'behaviour';
  /** Wire names it adds (services, fields, codes). */
  names: readonly string[];
  /** What it is and what the observed profile does instead. */
  description: { vi: string; en: string };
}

/**
 * Every sandbox extension, by id. The observed profile turns each one off.
 *
 * @example SANDBOX_EXTENSIONS.progressInLookup.names // ['QuaTrinhXuLy']
 */
export const SANDBOX_EXTENSIONS = {
  perItemResult: {
    kind: 'field',
    names: ['result'],
    description: {
      vi: 'Phản hồi DongBoHoSoMC, CapNhatTienDoHoSoMC, DongBoTrangThaiHoSo, DongBoDanhGia có danh sách `result` theo từng bản ghi ([{ MaHoSo, error_code }]). Chế độ observed: một phản hồi chung cho cả lần gửi.',
      en: 'Answers to DongBoHoSoMC, CapNhatTienDoHoSoMC, DongBoTrangThaiHoSo and DongBoDanhGia list a per-record `result` ([{ MaHoSo, error_code }]). Observed: one answer for the whole call.',
    },
  },
  progressInLookup: {
    kind: 'field',
    names: ['QuaTrinhXuLy'],
    description: {
      vi: 'TraCuuHoSo trả kèm các bước xử lý (QuaTrinhXuLy). Chế độ observed: chỉ trả hồ sơ như đã gửi.',
      en: 'TraCuuHoSo returns the processing steps (QuaTrinhXuLy). Observed: only the record as sent.',
    },
  },
  digitizationReport: {
    kind: 'service',
    names: ['BaoCaoSoHoa'],
    description: {
      vi: 'Dịch vụ báo cáo số hóa BaoCaoSoHoa (Cổng chỉ công bố bảng điểm công khai). Chế độ observed: dịch vụ không tồn tại.',
      en: 'The digitization report service BaoCaoSoHoa (the portal only publishes a public scoreboard). Observed: no such service.',
    },
  },
  errorCodes: {
    kind: 'error-code',
    names: ['-1', '1', '2', '4', '5', 'reason', 'message_en', 'errors'],
    description: {
      vi: 'Mã lỗi riêng (1 phiên hết hạn, 2 dữ liệu sai, 4 không tìm thấy…) và các trường reason, message_en, errors. Chế độ observed: mọi lỗi là "-1" (giá trị giữ chỗ của kho mẫu) với message tiếng Việt.',
      en: 'Own error codes (1 session expired, 2 invalid request, 4 not found, …) and the reason, message_en, errors fields. Observed: every failure is "-1" (the corpus placeholder) with a Vietnamese message.',
    },
  },
  loginLifetime: {
    kind: 'field',
    names: ['expires_in'],
    description: {
      vi: 'Phản hồi đăng nhập có expires_in. Chế độ observed: chỉ { error_code, session }.',
      en: 'The login answer carries expires_in. Observed: only { error_code, session }.',
    },
  },
  catalogueFilters: {
    kind: 'field',
    names: ['MaCoQuanCha', 'MaLinhVuc', 'TuKhoa', 'BIEUMAU'],
    description: {
      vi: 'Lọc danh mục (MaCoQuanCha, MaLinhVuc, TuKhoa), cơ quan cha và biểu mẫu BIEUMAU trong LayThuTuc. Chế độ observed: danh mục đầy đủ, chỉ các khóa đã quan sát.',
      en: 'Catalogue filters (MaCoQuanCha, MaLinhVuc, TuKhoa), the parent agency and the BIEUMAU form in LayThuTuc. Observed: whole catalogues with only the observed keys.',
    },
  },
  portalTransitions: {
    kind: 'behaviour',
    names: ['status-simulation'],
    description: {
      vi: 'Cổng tự chuyển trạng thái hồ sơ theo thời gian mô phỏng. Chế độ observed: trạng thái chỉ đổi khi bên gửi đồng bộ.',
      en: 'The portal moves dossiers along by itself on the simulated clock. Observed: a status changes only when the sender syncs it.',
    },
  },
  transitionRules: {
    kind: 'behaviour',
    names: ['final-status'],
    description: {
      vi: 'Từ chối đổi trạng thái hồ sơ đã kết thúc. Chế độ observed: không có quy tắc (chưa biết Cổng có kiểm tra không).',
      en: 'Refuses to change a dossier in a final status. Observed: no such rule (unknown whether the portal checks).',
    },
  },
} as const satisfies Record<string, SandboxExtension>;

/** The id of a sandbox extension. */
export type SandboxExtensionId = keyof typeof SANDBOX_EXTENSIONS;
