import { defineMessages } from '@dvc-kit/core';

/** Texts of the sandbox profiles: what each extension adds and what the observed profile does instead. */
export const profileMessages = defineMessages({
  vi: {
    'extension.perItemResult':
      'Phản hồi DongBoHoSoMC, CapNhatTienDoHoSoMC, DongBoTrangThaiHoSo, DongBoDanhGia có danh sách `result` theo từng bản ghi ([{ MaHoSo, error_code }]). Chế độ observed: một phản hồi chung cho cả lần gửi.',
    'extension.progressInLookup':
      'TraCuuHoSo trả kèm các bước xử lý (QuaTrinhXuLy). Chế độ observed: chỉ trả hồ sơ như đã gửi.',
    'extension.digitizationReport':
      'Dịch vụ báo cáo số hóa BaoCaoSoHoa (Cổng chỉ công bố bảng điểm công khai). Chế độ observed: dịch vụ không tồn tại.',
    'extension.errorCodes':
      'Mã lỗi riêng (1 phiên hết hạn, 2 dữ liệu sai, 4 không tìm thấy…) và các trường reason, message_en, errors. Chế độ observed: mọi lỗi là "-1" (giá trị giữ chỗ của kho mẫu) với message tiếng Việt.',
    'extension.loginLifetime': 'Phản hồi đăng nhập có expires_in. Chế độ observed: chỉ { error_code, session }.',
    'extension.catalogueFilters':
      'Lọc danh mục (MaCoQuanCha, MaLinhVuc, TuKhoa), cơ quan cha và biểu mẫu BIEUMAU trong LayThuTuc. Chế độ observed: danh mục đầy đủ, chỉ các khóa đã quan sát.',
    'extension.portalTransitions':
      'Cổng tự chuyển trạng thái hồ sơ theo thời gian mô phỏng. Chế độ observed: trạng thái chỉ đổi khi bên gửi đồng bộ.',
    'extension.transitionRules':
      'Từ chối đổi trạng thái hồ sơ đã kết thúc. Chế độ observed: không có quy tắc (chưa biết Cổng có kiểm tra không).',
  },
  en: {
    'extension.perItemResult':
      'Answers to DongBoHoSoMC, CapNhatTienDoHoSoMC, DongBoTrangThaiHoSo and DongBoDanhGia list a per-record `result` ([{ MaHoSo, error_code }]). Observed: one answer for the whole call.',
    'extension.progressInLookup':
      'TraCuuHoSo returns the processing steps (QuaTrinhXuLy). Observed: only the record as sent.',
    'extension.digitizationReport':
      'The digitization report service BaoCaoSoHoa (the portal only publishes a public scoreboard). Observed: no such service.',
    'extension.errorCodes':
      'Own error codes (1 session expired, 2 invalid request, 4 not found, …) and the reason, message_en, errors fields. Observed: every failure is "-1" (the corpus placeholder) with a Vietnamese message.',
    'extension.loginLifetime': 'The login answer carries expires_in. Observed: only { error_code, session }.',
    'extension.catalogueFilters':
      'Catalogue filters (MaCoQuanCha, MaLinhVuc, TuKhoa), the parent agency and the BIEUMAU form in LayThuTuc. Observed: whole catalogues with only the observed keys.',
    'extension.portalTransitions':
      'The portal moves dossiers along by itself on the simulated clock. Observed: a status changes only when the sender syncs it.',
    'extension.transitionRules':
      'Refuses to change a dossier in a final status. Observed: no such rule (unknown whether the portal checks).',
  },
});
