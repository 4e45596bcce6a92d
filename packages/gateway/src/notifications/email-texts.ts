import type { NotificationEvent } from './events';
import { statusLabel } from './events';
import { notificationMessages } from './messages';

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

/** Subject (vi, en) and opening line of each event's e-mail. */
function what(type: NotificationEvent['type']) {
  const subject = notificationMessages.localize(`subject.${type}`);
  const body = notificationMessages.localize(`body.${type}`);
  return { subject: [subject.vi, subject.en] as const, vi: body.vi, en: body.en };
}

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The e-mail of one event. */
export function emailTexts(ctx: EmailContext): EmailTexts {
  const texts = what(ctx.event.type);
  const label = statusLabel(ctx.event.status);
  const s = ctx.event.supplement;
  const viLines = [
    'Kính gửi ông/bà,',
    '',
    texts.vi,
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
    texts.en,
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
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escape(texts.subject[0])}</title></head><body>
<div lang="vi">${paragraph(viLines.filter((l) => !l.startsWith('Tra cứu')))}${ctx.lookupUrl ? `<p><a href="${escape(ctx.lookupUrl)}">Tra cứu hồ sơ</a></p>` : ''}</div>
<hr><div lang="en">${paragraph(enLines)}</div>
<hr><p><small>${escape(footer[0] as string)}</small></p><p><small><a href="${escape(ctx.optOutUrl)}">Ngừng nhận thư / Stop these e-mails</a></small></p>
</body></html>`;
  return { subject: `[${ctx.event.code}] ${texts.subject[0]} / ${texts.subject[1]}`, text, html };
}
