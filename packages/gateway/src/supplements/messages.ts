import { defineMessages } from '@dvc-kit/core';

/**
 * Texts of supplement answers: problems by their stable `code`, and the status view's next
 * step while a supplement is asked (`next.*`).
 */
export const supplementMessages = defineMessages({
  vi: {
    'supplement.verify-required': 'Cần nhập 4 số cuối của số điện thoại hoặc số định danh.',
    'supplement.not-requested': 'Hồ sơ này hiện không có yêu cầu bổ sung.',
    'supplement.unknown-request': 'Yêu cầu bổ sung này không còn hiệu lực. Vui lòng tải lại trang.',
    'supplement.already-answered': 'Yêu cầu bổ sung này đã được trả lời.',
    'supplement.unknown-upload': 'Tệp đính kèm không tồn tại hoặc đã hết hạn. Vui lòng tải lên lại.',
    'supplement.empty': 'Vui lòng đính kèm ít nhất một tệp hoặc ghi chú.',
    'supplement.portal-unavailable':
      'Chưa kiểm tra được yêu cầu bổ sung với Cổng DVC quốc gia. Vui lòng thử lại sau ít phút.',
    'supplement.portal-lagging': 'Cổng DVC quốc gia chưa có hồ sơ này.',
    'supplement.round-gone': 'Lần yêu cầu bổ sung không còn trên Cổng.',
    'next.answered': 'Đã gửi bổ sung trực tuyến. Cơ quan đang kiểm tra giấy tờ bổ sung.',
    'next.requested': 'Cơ quan yêu cầu bổ sung: {content} Bạn có thể gửi bổ sung trực tuyến.',
  },
  en: {
    'supplement.verify-required': 'Enter the last 4 digits of the phone or ID number.',
    'supplement.not-requested': 'This dossier has no open supplement request.',
    'supplement.unknown-request': 'This supplement request is no longer current. Please reload the page.',
    'supplement.already-answered': 'This supplement request has already been answered.',
    'supplement.unknown-upload': 'An attached file does not exist or has expired. Please upload it again.',
    'supplement.empty': 'Attach at least one file or write a note.',
    'supplement.portal-unavailable':
      'The supplement request could not be checked with the national portal. Please try again in a few minutes.',
    'supplement.portal-lagging': 'The portal does not have this dossier yet.',
    'supplement.round-gone': 'The supplement round is no longer on the portal.',
    'next.answered': 'Your supplement was sent online. The agency is checking it.',
    'next.requested': 'The agency asks for more: {content} You can answer online.',
  },
});
