import { Webhook } from 'standardwebhooks';
import { gatewayError } from '../errors/gateway-error';
import type { JsonValue, OutboxItem, OutboxMessage } from '../storage/types';
import type { NotificationEvent } from './events';
import { notificationMessages } from './messages';
import type { WebhookEndpoint } from './notify-config';

/** Topic of the outbox item that delivers one event to one endpoint. */
export const WEBHOOK_TOPIC = 'webhook.deliver';

/** What a delivery item carries: the endpoint and the exact body, fixed at fan-out so retries send the same bytes. */
export interface WebhookDelivery {
  endpoint: string;
  eventId: string;
  body: string;
}

/** Body of a webhook (Standard Webhooks envelope: `type`, `timestamp`, `data`). */
export interface WebhookBody {
  type: NotificationEvent['type'];
  timestamp: string;
  data: {
    code: string;
    status: string;
    statusLabel: { vi: string; en: string };
    procedureCode: string;
    procedureName: { vi: string; en?: string };
    agencyCode: string;
    supplement?: NotificationEvent['supplement'];
    /** Only for endpoints with `includeContact`. */
    contact?: { name: string; phone: string; email?: string };
  };
}

/**
 * The delivery item of one event to one endpoint. Its ordering key is
 * `webhook:<endpoint>:<dossier>`: events of one dossier reach one endpoint in order, and a
 * receiver that is down holds back only its own deliveries — never the portal sync.
 */
export function webhookMessage(endpoint: WebhookEndpoint, event: NotificationEvent, body: WebhookBody): OutboxMessage {
  const delivery: WebhookDelivery = { endpoint: endpoint.id, eventId: event.id, body: JSON.stringify(body) };
  return {
    topic: WEBHOOK_TOPIC,
    dossierCode: `webhook:${endpoint.id}:${event.code}`,
    payload: delivery as unknown as JsonValue,
  };
}

/** Options of {@link deliverWebhook}. */
export interface DeliverWebhookOptions {
  endpoints: readonly WebhookEndpoint[];
  /** Per attempt. @default 10000 */
  timeoutMs?: number;
}

/**
 * POSTs one delivery, signed per the Standard Webhooks specification (`webhook-id` = the
 * event id, the same on every retry; `webhook-timestamp`; `webhook-signature` v1 HMAC-SHA256).
 * A 2xx answer completes it. Anything else — refused connection, timeout, 429, 5xx, other
 * 4xx — throws a 502 so the outbox retries with back-off: delivery is at-least-once, and a
 * receiver must de-duplicate by `webhook-id`. Only 410 Gone parks the item (the receiver
 * said it wants no more).
 */
export async function deliverWebhook(
  item: OutboxItem,
  options: DeliverWebhookOptions,
): Promise<{ log: Record<string, unknown> }> {
  const delivery = item.payload as unknown as WebhookDelivery;
  const endpoint = options.endpoints.find((e) => e.id === delivery.endpoint);
  if (endpoint === undefined) {
    throw gatewayError(notificationMessages, 'webhook.endpoint-removed', { status: 410 });
  }
  // Wall-clock time, even under a simulated clock: receivers check it against their own (±5 min).
  const timestamp = new Date();
  const signature = new Webhook(endpoint.secret).sign(delivery.eventId, timestamp, delivery.body);
  let status: number;
  try {
    const res = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': delivery.eventId,
        'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
        'webhook-signature': signature,
        'user-agent': 'dvc-kit-gateway',
      },
      body: delivery.body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      redirect: 'manual',
    });
    status = res.status;
    await res.body?.cancel();
  } catch (cause) {
    throw gatewayError(notificationMessages, 'webhook.unreachable', { status: 502, cause });
  }
  if (status >= 200 && status < 300) return { log: { endpoint: endpoint.id, event: delivery.eventId, status } };
  if (status === 410) {
    throw gatewayError(notificationMessages, 'webhook.gone', { status: 410 });
  }
  throw gatewayError(notificationMessages, 'webhook.refused', { status: 502, params: { status } });
}
