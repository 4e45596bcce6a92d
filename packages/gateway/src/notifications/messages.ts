import { defineMessages } from '@dvc-kit/core';

/**
 * Texts of notifications: delivery problems by their stable `code` (kept in the outbox's
 * record of a failed attempt), each event's e-mail (`subject.*`, `body.*`, `email.*`) and the
 * opt-out pages (`opt-out.*`). The e-mail's Vietnamese part says more than its English one
 * (procedure, who asked, the look-up link, the footer): only the Vietnamese of those is sent;
 * their English is there because a book gives every code in both languages.
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
    'email.greeting': 'Kính gửi ông/bà,',
    'email.code': 'Mã hồ sơ: {code}',
    'email.procedure': 'Thủ tục: {procedure}',
    'email.status': 'Trạng thái: {status}',
    'email.supplement': 'Nội dung cần bổ sung: {content}',
    'email.requested-by': 'Người yêu cầu: {name}',
    'email.deadline': 'Hạn bổ sung: {date}',
    'email.lookup': 'Tra cứu hồ sơ: {url}',
    'email.lookup-link': 'Tra cứu hồ sơ',
    'email.footer':
      'Thư này được gửi tự động vì bạn đã đồng ý nhận thông báo khi nộp hồ sơ. Vui lòng không trả lời thư này.',
    'email.stop': 'Ngừng nhận thư',
    'opt-out.invalid.title': 'Liên kết không hợp lệ',
    'opt-out.invalid.text': 'Liên kết ngừng nhận thư không đúng hoặc đã bị sửa.',
    'opt-out.ask.title': 'Ngừng nhận thư thông báo',
    'opt-out.ask.heading': 'Ngừng nhận thư thông báo về hồ sơ',
    'opt-out.ask.text':
      'Bấm nút dưới đây để không nhận thư điện tử về tiến độ hồ sơ nữa. Bạn vẫn tra cứu được hồ sơ trên trang của xã.',
    'opt-out.ask.button': 'Ngừng nhận thư',
    'opt-out.done.title': 'Đã ngừng nhận thư',
    'opt-out.done.text': 'Bạn sẽ không nhận thư điện tử về hồ sơ nữa.',
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
    'email.greeting': 'Dear applicant,',
    'email.code': 'Dossier code: {code}',
    'email.procedure': 'Procedure: {procedure}',
    'email.status': 'Status: {status}',
    'email.supplement': 'Requested: {content}',
    'email.requested-by': 'Requested by: {name}',
    'email.deadline': 'Deadline: {date}',
    'email.lookup': 'Look up the dossier: {url}',
    'email.lookup-link': 'Look up the dossier',
    'email.footer':
      'This e-mail was sent automatically because you agreed to notifications when you filed. Please do not reply to it.',
    'email.stop': 'Stop these e-mails',
    'opt-out.invalid.title': 'Invalid link',
    'opt-out.invalid.text': 'This opt-out link is not valid.',
    'opt-out.ask.title': 'Stop notification e-mails',
    'opt-out.ask.heading': 'Stop e-mails about your dossiers',
    'opt-out.ask.text':
      "Press the button to stop e-mails about your dossiers. You can still look them up on the commune's site.",
    'opt-out.ask.button': 'Stop e-mails',
    'opt-out.done.title': 'E-mails stopped',
    'opt-out.done.text': 'You will receive no more e-mails about your dossiers.',
  },
});

/** The codes of {@link notificationMessages}. */
export type NotificationMessageCode = (typeof notificationMessages.codes)[number];
