import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { storedSubmission } from '../dossiers/stored-dossier';
import { gatewayError } from '../errors/gateway-error';
import type { GatewayStorage, JsonValue, OutboxItem, OutboxMessage } from '../storage/types';
import { emailTexts } from './email-texts';
import { notificationMessages } from './messages';
import type { NotificationEvent } from './events';
import type { NotificationsConfig } from './notify-config';
import { addressHash } from './opt-out';
import type { OptOutLinks } from './opt-out';

/** Topic of the outbox item that e-mails one event to the citizen. */
export const EMAIL_TOPIC = 'email.send';

/** The e-mail item of an event (keyed `email:<dossier>`, so a dossier's e-mails go out in order). */
export function emailMessage(event: NotificationEvent): OutboxMessage {
  return { topic: EMAIL_TOPIC, dossierCode: `email:${event.code}`, payload: event as unknown as JsonValue };
}

/** The citizen's address when they gave one and agreed to notifications (`notifications.email`). */
export function consentedAddress(payload: JsonValue): string | undefined {
  const { submission } = payload as unknown as ReturnType<typeof storedSubmission>;
  const email = submission.applicant.email?.trim();
  return submission.notifications?.email === true && email ? email : undefined;
}

/** A nodemailer SMTP transport from the settings. */
export function createMailer(email: NonNullable<NotificationsConfig['email']>): Transporter {
  const options: SMTPTransport.Options = {
    url: email.smtpUrl,
    ...(email.allowInsecureTls ? { tls: { rejectUnauthorized: false } } : {}),
  };
  return nodemailer.createTransport(options);
}

/** Dependencies of {@link sendEventEmail}. */
export interface SendEmailDeps {
  storage: GatewayStorage;
  mailer: Transporter;
  from: string;
  optOut: OptOutLinks;
  /** Link to the dossier's status page. @default none */
  lookupUrl?: (code: string) => string | undefined;
}

/**
 * Sends the e-mail of one event over SMTP (nodemailer): Vietnamese first then English, plain
 * text and HTML, a working opt-out link and RFC 8058 one-click `List-Unsubscribe`. Skipped
 * (the item completes) when the citizen gave no address, did not agree, or opted out since.
 * A temporary SMTP failure retries; a permanent 5xx refusal of the address parks the item.
 */
export async function sendEventEmail(item: OutboxItem, deps: SendEmailDeps): Promise<{ log: Record<string, unknown> }> {
  const event = item.payload as unknown as NotificationEvent;
  const record = await deps.storage.getDossier(event.code);
  const address = record === undefined ? undefined : consentedAddress(record.payload);
  if (record === undefined || address === undefined) return { log: { event: event.id, skipped: 'no-consent' } };
  if (await deps.storage.notifications.isOptedOut(addressHash(address)))
    return { log: { event: event.id, skipped: 'opted-out' } };
  const optOutUrl = deps.optOut.url(address);
  const lookupUrl = deps.lookupUrl?.(event.code);
  const texts = emailTexts({
    event,
    procedureName: storedSubmission(record).procedureName.vi,
    optOutUrl,
    ...(lookupUrl ? { lookupUrl } : {}),
  });
  try {
    const info = await deps.mailer.sendMail({
      from: deps.from,
      to: address,
      subject: texts.subject,
      text: texts.text,
      html: texts.html,
      headers: {
        'List-Unsubscribe': `<${optOutUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'X-DVC-Event-Id': event.id,
      },
    });
    return { log: { event: event.id, type: event.type, messageId: info.messageId } };
  } catch (cause) {
    const code =
      typeof cause === 'object' && cause !== null && 'responseCode' in cause ? Number(cause.responseCode) : 0;
    const permanent = code >= 500 && code < 600;
    throw gatewayError(notificationMessages, permanent ? 'email.refused' : 'email.unavailable', {
      status: permanent ? 422 : 502,
      cause,
    });
  }
}
