import type { LookedUpDossier } from '@dvc-kit/client';
import { storedSubmission } from '../dossiers/stored-dossier';
import { gatewayError } from '../errors/gateway-error';
import type { StatusChange } from '../storage/notify-types';
import type { GatewayStorage, OutboxItem, OutboxMessage } from '../storage/types';
import { supplementRequestView } from '../supplements/supplement-view';
import { consentedAddress, emailMessage } from './email-delivery';
import { eventMessage, eventTypeFor, statusLabel } from './events';
import type { NotificationEvent } from './events';
import { notificationMessages } from './messages';
import type { WebhookEndpoint } from './notify-config';
import { webhookMessage } from './webhook-delivery';
import type { WebhookBody } from './webhook-delivery';

/** Dependencies of {@link fanOutEvent}. */
export interface FanOutDeps {
  storage: GatewayStorage;
  endpoints: readonly WebhookEndpoint[];
  /** Whether e-mail is configured. */
  email: boolean;
  now: () => Date;
}

/**
 * Handles a `notify.event` item: one delivery item per webhook endpoint that wants the event
 * type (the body fixed now, so every retry sends the same bytes) and one e-mail item when the
 * citizen agreed. `dossier.received` also puts the dossier under the status watch. Should the
 * process die after the deliveries are queued but before this item completes, it runs again
 * and queues them again with the same event id — receivers de-duplicate by `webhook-id`.
 */
export async function fanOutEvent(item: OutboxItem, deps: FanOutDeps): Promise<{ log: Record<string, unknown> }> {
  const event = item.payload as unknown as NotificationEvent;
  const record = await deps.storage.getDossier(event.code);
  if (record === undefined) {
    throw gatewayError(notificationMessages, 'notify.dossier-missing', { status: 404 });
  }
  const stored = storedSubmission(record);
  const { applicant } = stored.submission;
  const body = (endpoint: WebhookEndpoint): WebhookBody => ({
    type: event.type,
    timestamp: event.occurredAt,
    data: {
      code: event.code,
      status: event.status,
      statusLabel: statusLabel(event.status),
      procedureCode: record.procedure,
      procedureName: stored.procedureName,
      agencyCode: record.agency,
      ...(event.supplement ? { supplement: event.supplement } : {}),
      ...(endpoint.includeContact
        ? {
            contact: {
              name: applicant.fullName,
              phone: applicant.phone,
              ...(applicant.email ? { email: applicant.email } : {}),
            },
          }
        : {}),
    },
  });
  const messages: OutboxMessage[] = deps.endpoints
    .filter((e) => e.events === undefined || e.events.includes(event.type))
    .map((e) => webhookMessage(e, event, body(e)));
  if (deps.email && consentedAddress(record.payload) !== undefined) messages.push(emailMessage(event));
  if (event.type === 'dossier.received') await deps.storage.notifications.watch(event.code, 'registered', deps.now());
  await deps.storage.enqueueOutbox(messages, deps.now());
  return { log: { event: event.id, type: event.type, deliveries: messages.length } };
}

/** The fan-out item of a recorded status change, when the change means an event. */
export function changeEvents(change: StatusChange, dossier: LookedUpDossier): OutboxMessage[] {
  const type = eventTypeFor(change.to);
  if (type === undefined) return [];
  const supplement = type === 'dossier.supplement-requested' ? supplementRequestView(dossier, []) : undefined;
  return [
    eventMessage({
      id: `evt_${change.id}`,
      type,
      code: change.dossierCode,
      status: dossier.status,
      occurredAt: change.at.toISOString(),
      ...(supplement ? { supplement } : {}),
    }),
  ];
}
