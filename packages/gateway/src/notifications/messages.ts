import { defineMessages } from '@dvc-kit/core';

/**
 * Texts of notifications: delivery problems by their stable `code` (kept in the outbox's
 * record of a failed attempt), and the subject and opening line of each event's e-mail.
 */
export const notificationMessages = defineMessages({
  vi: {
    'notify.dossier-missing': 'Không tìm thấy hồ sơ của sự kiện.',
    'email.refused': 'Máy chủ thư từ chối địa chỉ nhận.',
    'email.unavailable': 'Chưa gửi được thư (máy chủ thư tạm thời lỗi).',
    'webhook.endpoint-removed': 'Điểm nhận webhook đã bị gỡ khỏi cấu hình.',
    'webhook.unreachable': 'Không gửi được webhook (không kết nối được).',
    'webhook.gone': 'Điểm nhận webhook từ chối vĩnh viễn (410).',
    'webhook.refused': 'Điểm nhận webhook trả lời {status}.',
    'subject.dossier.received': 'Đã nhận hồ sơ',
    'subject.dossier.supplement-requested': 'Cần bổ sung giấy tờ',
    'subject.dossier.result-ready': 'Đã có kết quả',
    'subject.dossier.finished': 'Hồ sơ đã kết thúc',
    'body.dossier.received': 'Hồ sơ của bạn đã được gửi đến cơ quan tiếp nhận.',
    'body.dossier.supplement-requested':
      'Cơ quan yêu cầu bạn bổ sung hồ sơ. Bạn có thể gửi bổ sung trực tuyến, không cần đến Bộ phận Một cửa.',
    'body.dossier.result-ready': 'Hồ sơ của bạn đã được giải quyết xong. Kết quả đã sẵn sàng.',
    'body.dossier.finished': 'Hồ sơ của bạn đã kết thúc.',
  },
  en: {
    'notify.dossier-missing': 'The dossier of the event is missing.',
    'email.refused': 'The mail server refused the recipient.',
    'email.unavailable': 'The e-mail could not be sent yet (mail server unavailable).',
    'webhook.endpoint-removed': 'The webhook endpoint was removed from the configuration.',
    'webhook.unreachable': 'The webhook receiver could not be reached.',
    'webhook.gone': 'The webhook receiver answered 410 Gone.',
    'webhook.refused': 'The webhook receiver answered {status}.',
    'subject.dossier.received': 'Dossier received',
    'subject.dossier.supplement-requested': 'Documents requested',
    'subject.dossier.result-ready': 'Result ready',
    'subject.dossier.finished': 'Dossier finished',
    'body.dossier.received': 'Your dossier has been sent to the receiving agency.',
    'body.dossier.supplement-requested':
      'The agency asks you for more documents. You can send them online, without going to the one-stop desk.',
    'body.dossier.result-ready': 'Your dossier has been processed. The result is ready.',
    'body.dossier.finished': 'Your dossier is finished.',
  },
});
