import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';

/** One event a receiver accepted (signature verified, first delivery of its `webhook-id`). */
export interface HookEvent {
  id: string;
  type: string;
  body: { type: string; timestamp: string; data: Record<string, unknown> & { code: string } };
}

/**
 * An operator's webhook receiver on loopback, as the notifications guide writes one: it verifies
 * the Standard Webhooks signature with the `standardwebhooks` package and de-duplicates by
 * `webhook-id`.
 */
export interface HookReceiver {
  url: string;
  /** Accepted events, once each, in arrival order. */
  events: HookEvent[];
  /** Deliveries that reached the receiver, repeats included. */
  deliveries: number;
  /** Deliveries refused for a missing or wrong signature. */
  badSignatures: number;
  close(): Promise<void>;
}

/** A random signing secret in the Standard Webhooks format (`whsec_` + base64 of 32 bytes). */
export function webhookSecret(): string {
  return `whsec_${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64')}`;
}

export async function startHookReceiver(secret: string): Promise<HookReceiver> {
  const verifier = new Webhook(secret);
  const seen = new Set<string>();
  const state = { events: [] as HookEvent[], deliveries: 0, badSignatures: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.deliveries++;
      let body: HookEvent['body'];
      try {
        body = verifier.verify(
          Buffer.concat(chunks).toString('utf8'),
          req.headers as Record<string, string>,
        ) as HookEvent['body'];
      } catch {
        state.badSignatures++;
        res.writeHead(400).end();
        return;
      }
      const id = String(req.headers['webhook-id']);
      if (!seen.has(id)) {
        seen.add(id);
        state.events.push({ id, type: body.type, body });
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/hooks/dvc`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** One message the test SMTP server accepted. */
export interface ReceivedMail {
  to: string[];
  /** The Subject header, RFC 2047 words decoded. */
  subject: string;
  /** The whole message as sent (headers and MIME parts, transfer-encoded). */
  raw: string;
}

/** A real SMTP server on loopback (smtp-server) that keeps every message: the citizen's mailbox. */
export interface TestMailbox {
  smtpUrl: string;
  mails: ReceivedMail[];
  close(): Promise<void>;
}

const decodeWords = (header: string) =>
  header
    .replace(/\r\n[ \t]/g, ' ')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    )
    .trim();

export async function startMailbox(): Promise<TestMailbox> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const subject = decodeWords(/^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? '');
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject, raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls `check` every 100 ms until it gives a value (not undefined/false); throws after `ms`. */
export async function waitUntil<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  ms = 30_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
