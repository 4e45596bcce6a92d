// A webhook receiver for DVC Kit gateway events (Standard Webhooks). It verifies the
// signature, answers 2xx fast, and de-duplicates by `webhook-id`: delivery is at-least-once,
// so the same event can arrive again after a retry or a gateway restart.
import { createServer } from 'node:http';
import { Webhook } from 'standardwebhooks';
import type { WebhookBody } from '@dvc-kit/gateway';

const webhook = new Webhook(process.env.DVC_WEBHOOK_SECRET ?? 'whsec_…'); // the same secret as in the gateway config
/** Ids already handled. Keep them in your database (unique key) for at least a week. */
const seen = new Set<string>();

async function handle(event: WebhookBody): Promise<void> {
  // e.g. queue an SMS / Zalo ZNS message (see the SMS and Zalo guide), update a CRM …
  console.log(event.type, event.data.code, event.data.statusLabel.vi);
}

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const payload = Buffer.concat(chunks).toString('utf8');
    let event: WebhookBody;
    try {
      // Checks webhook-signature (HMAC-SHA256) and that webhook-timestamp is within 5 minutes.
      event = webhook.verify(payload, req.headers as Record<string, string>) as WebhookBody;
    } catch {
      res.writeHead(400).end();
      return;
    }
    const id = String(req.headers['webhook-id']);
    if (seen.has(id)) {
      res.writeHead(204).end(); // a duplicate: acknowledge, do nothing
      return;
    }
    handle(event).then(
      () => {
        seen.add(id);
        res.writeHead(204).end();
      },
      () => res.writeHead(503).end(), // the gateway retries later with the same id
    );
  });
}).listen(8080);
