import type { NotificationEvent } from './events';
import { statusLabel } from './events';

/** One e-mail, Vietnamese first then English, as plain text and HTML. */
export interface EmailTexts {
  subject: string;
  text: string;
  html: string;
}

/** What the texts are built from (no personal data beyond the name shown to its owner). */
export interface EmailContext {
  event: NotificationEvent;
  procedureName: string;
  /** Where the citizen looks the dossier up (commune site or gateway). */
  lookupUrl?: string;
  optOutUrl: string;
}

const WHAT: Record<NotificationEvent['type'], { subject: [string, string]; vi: string; en: string }> = {
  'dossier.received': {
    subject: ['Đã nhận hồ sơ', 'Dossier received'],
    vi: 'Hồ sơ của bạn đã được gửi đến cơ quan tiếp nhận.',
    en: 'Your dossier has been sent to the receiving agency.',
  },
  'dossier.supplement-requested': {
    subject: ['Cần bổ sung giấy tờ', 'Documents requested'],
    vi: 'Cơ quan yêu cầu bạn bổ sung hồ sơ. Bạn có thể gửi bổ sung trực tuyến, không cần đến Bộ phận Một cửa.',
    en: 'The agency asks you for more documents. You can send them online, without going to the one-stop desk.',
  },
  'dossier.result-ready': {
    subject: ['Đã có kết quả', 'Result ready'],
    vi: 'Hồ sơ của bạn đã được giải quyết xong. Kết quả đã sẵn sàng.',
    en: 'Your dossier has been processed. The result is ready.',
  },
  'dossier.finished': {
    subject: ['Hồ sơ đã kết thúc', 'Dossier finished'],
    vi: 'Hồ sơ của bạn đã kết thúc.',
    en: 'Your dossier is finished.',
  },
};

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The e-mail of one event. */
export function emailTexts(ctx: EmailContext): EmailTexts {
  const what = WHAT[ctx.event.type];
  const label = statusLabel(ctx.event.status);
  const s = ctx.event.supplement;
  const viLines = [
    'Kính gửi ông/bà,',
    '',
    what.vi,
    '',
    `Mã hồ sơ: ${ctx.event.code}`,
    `Thủ tục: ${ctx.procedureName}`,
    `Trạng thái: ${label.vi}`,
    ...(s
      ? [
          `Nội dung cần bổ sung: ${s.content}`,
          ...(s.requestedBy ? [`Người yêu cầu: ${s.requestedBy}`] : []),
          ...(s.deadline ? [`Hạn bổ sung: ${s.deadline.slice(0, 10)}`] : []),
        ]
      : []),
    ...(ctx.lookupUrl ? ['', `Tra cứu hồ sơ: ${ctx.lookupUrl}`] : []),
  ];
  const enLines = [
    'Dear applicant,',
    '',
    what.en,
    '',
    `Dossier code: ${ctx.event.code}`,
    `Status: ${label.en}`,
    ...(s ? [`Requested: ${s.content}`, ...(s.deadline ? [`Deadline: ${s.deadline.slice(0, 10)}`] : [])] : []),
  ];
  const footer = [
    'Thư này được gửi tự động vì bạn đã đồng ý nhận thông báo khi nộp hồ sơ. Vui lòng không trả lời thư này.',
    `Ngừng nhận thư / Stop these e-mails: ${ctx.optOutUrl}`,
  ];
  const text = [...viLines, '', '---', '', ...enLines, '', '---', ...footer].join('\n');
  const paragraph = (lines: string[]) =>
    lines
      .filter((l) => l !== '')
      .map((l) => `<p>${escape(l)}</p>`)
      .join('');
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escape(what.subject[0])}</title></head><body>
<div lang="vi">${paragraph(viLines.filter((l) => !l.startsWith('Tra cứu')))}${ctx.lookupUrl ? `<p><a href="${escape(ctx.lookupUrl)}">Tra cứu hồ sơ</a></p>` : ''}</div>
<hr><div lang="en">${paragraph(enLines)}</div>
<hr><p><small>${escape(footer[0] as string)}</small></p><p><small><a href="${escape(ctx.optOutUrl)}">Ngừng nhận thư / Stop these e-mails</a></small></p>
</body></html>`;
  return { subject: `[${ctx.event.code}] ${what.subject[0]} / ${what.subject[1]}`, text, html };
}
