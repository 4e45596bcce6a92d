import type { NotificationEvent } from './events';
import { statusLabel } from './events';
import type { MessageParams } from '@dvc-kit/core';
import { notificationMessages, type NotificationMessageCode } from './messages';

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

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The e-mail of one event. */
export function emailTexts(ctx: EmailContext): EmailTexts {
  const { event } = ctx;
  const vi = (code: NotificationMessageCode, params?: MessageParams) =>
    notificationMessages.localize(code, params, 'vi');
  const en = (code: NotificationMessageCode, params?: MessageParams) =>
    notificationMessages.localize(code, params, 'en');
  const subject = notificationMessages.localize(`subject.${event.type}`);
  const body = notificationMessages.localize(`body.${event.type}`);
  const label = statusLabel(event.status);
  const s = event.supplement;
  const deadline = s?.deadline?.slice(0, 10);
  const viLines = [
    vi('email.greeting'),
    '',
    body.vi,
    '',
    vi('email.code', { code: event.code }),
    vi('email.procedure', { procedure: ctx.procedureName }),
    vi('email.status', { status: label.vi }),
    ...(s
      ? [
          vi('email.supplement', { content: s.content }),
          ...(s.requestedBy ? [vi('email.requested-by', { name: s.requestedBy })] : []),
          ...(deadline ? [vi('email.deadline', { date: deadline })] : []),
        ]
      : []),
  ];
  const lookupLines = ctx.lookupUrl ? ['', vi('email.lookup', { url: ctx.lookupUrl })] : [];
  const enLines = [
    en('email.greeting'),
    '',
    body.en,
    '',
    en('email.code', { code: event.code }),
    en('email.status', { status: label.en }),
    ...(s
      ? [
          en('email.supplement', { content: s.content }),
          ...(deadline ? [en('email.deadline', { date: deadline })] : []),
        ]
      : []),
  ];
  const stop = `${vi('email.stop')} / ${en('email.stop')}`;
  const footer = [vi('email.footer'), `${stop}: ${ctx.optOutUrl}`];
  const text = [...viLines, ...lookupLines, '', '---', '', ...enLines, '', '---', ...footer].join('\n');
  const paragraph = (lines: string[]) =>
    lines
      .filter((l) => l !== '')
      .map((l) => `<p>${escape(l)}</p>`)
      .join('');
  const lookupLink = ctx.lookupUrl
    ? `<p><a href="${escape(ctx.lookupUrl)}">${escape(vi('email.lookup-link'))}</a></p>`
    : '';
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escape(subject.vi)}</title></head><body>
<div lang="vi">${paragraph(viLines)}${lookupLink}</div>
<hr><div lang="en">${paragraph(enLines)}</div>
<hr><p><small>${escape(footer[0] as string)}</small></p><p><small><a href="${escape(ctx.optOutUrl)}">${escape(stop)}</a></small></p>
</body></html>`;
  return { subject: `[${event.code}] ${subject.vi} / ${subject.en}`, text, html };
}
