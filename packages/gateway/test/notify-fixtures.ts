import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';

/** A webhook event as a receiver kept it (after verifying and de-duplicating). */
export interface ReceivedEvent {
  id: string;
  type: string;
  code: string;
  body: { type: string; timestamp: string; data: Record<string, unknown> & { code: string } };
}

/** A test receiver: verifies Standard Webhooks signatures and de-duplicates by `webhook-id`, as the docs' example does. */
export interface WebhookReceiver {
  url: string;
  /** Events accepted once each, in arrival order. */
  events: ReceivedEvent[];
  /** Every delivery attempt that reached the handler (duplicates included). */
  attempts: number;
  /** Deliveries refused for a bad signature. */
  badSignatures: number;
  /** Answer 503 to everything while true (the receiver is "down"). */
  down: boolean;
  close(): Promise<void>;
}

export const TEST_SECRET = `whsec_${Buffer.from('dvc-kit-test-webhook-secret-32-bytes!!').toString('base64')}`;

export async function startWebhookReceiver(secret = TEST_SECRET): Promise<WebhookReceiver> {
  const wh = new Webhook(secret);
  const seen = new Set<string>();
  const state = { events: [] as ReceivedEvent[], attempts: 0, badSignatures: 0, down: false };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (state.down) {
        res.writeHead(503).end();
        return;
      }
      state.attempts++;
      const payload = Buffer.concat(chunks).toString('utf8');
      let body: ReceivedEvent['body'];
      try {
        body = wh.verify(payload, req.headers as Record<string, string>) as ReceivedEvent['body'];
      } catch {
        state.badSignatures++;
        res.writeHead(400).end();
        return;
      }
      const id = String(req.headers['webhook-id']);
      if (!seen.has(id)) {
        seen.add(id);
        state.events.push({ id, type: body.type, code: body.data.code, body });
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
export interface Mail {
  from: string;
  to: string[];
  raw: string;
  subject: string;
  /** The text/plain part, decoded. */
  text: string;
  /** The text/html part, decoded. */
  html: string;
}

/** A real SMTP server on loopback (smtp-server), keeping what it receives. */
export interface Mailbox {
  port: number;
  smtpUrl: string;
  mails: Mail[];
  close(): Promise<void>;
}

const decodeQp = (text: string) =>
  Buffer.from(
    text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');

function part(raw: string, type: string): string {
  const at = raw.indexOf(`Content-Type: ${type}`);
  if (at < 0) return '';
  const headerEnd = raw.indexOf('\r\n\r\n', at);
  const headers = raw.slice(at, headerEnd);
  const rest = raw.slice(headerEnd + 4);
  const boundary = /boundary="([^"]+)"/.exec(raw)?.[1];
  const end = boundary === undefined ? -1 : rest.indexOf(`\r\n--${boundary}`);
  const body = end >= 0 ? rest.slice(0, end) : rest;
  if (/base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(headers)) return decodeQp(body);
  return body;
}

function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return header
    .replace(/\r\n[ \t]/g, ' ')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQp(text.replace(/_/g, ' ')),
    )
    .trim();
}

export async function startMailbox(): Promise<Mailbox> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: subjectOf(raw),
          text: part(raw, 'text/plain'),
          html: part(raw, 'text/html'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls `check` until it returns a value (not undefined/false) or `ms` pass. */
export async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  ms = 15_000,
  what = 'condition',
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
