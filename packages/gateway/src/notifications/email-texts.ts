import type { NotificationEvent } from './events';
import { statusLabel } from './events';
import type { Language, MessageParams } from '@dvc-kit/core';
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

/**
 * The lines of one language's part. The Vietnamese part also names the procedure and who asked
 * for the supplement (Vietnamese texts the English part would only repeat).
 */
function partLines(ctx: EmailContext, language: Language): string[] {
  const { event } = ctx;
  const say = (code: NotificationMessageCode, params?: MessageParams) =>
    notificationMessages.localize(code, params, language);
  const vi = language === 'vi';
  const s = event.supplement;
  const deadline = s?.deadline?.slice(0, 10);
  return [
    say('email.greeting'),
    '',
    say(`body.${event.type}`),
    '',
    say('email.code', { code: event.code }),
    ...(vi ? [say('email.procedure', { procedure: ctx.procedureName })] : []),
    say('email.status', { status: statusLabel(event.status)[language] }),
    ...(s
      ? [
          say('email.supplement', { content: s.content }),
          ...(vi && s.requestedBy ? [say('email.requested-by', { name: s.requestedBy })] : []),
          ...(deadline ? [say('email.deadline', { date: deadline })] : []),
        ]
      : []),
  ];
}

/** The e-mail of one event. */
export function emailTexts(ctx: EmailContext): EmailTexts {
  const { event } = ctx;
  const vi = (code: NotificationMessageCode, params?: MessageParams) =>
    notificationMessages.localize(code, params, 'vi');
  const en = (code: NotificationMessageCode) => notificationMessages.localize(code, undefined, 'en');
  const subject = notificationMessages.localize(`subject.${event.type}`);
  const viLines = partLines(ctx, 'vi');
  const enLines = partLines(ctx, 'en');
  const lookupLines = ctx.lookupUrl ? ['', vi('email.lookup', { url: ctx.lookupUrl })] : [];
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
