import { randomUUID } from 'node:crypto';
import { statusInfo } from '@dvc-kit/core';
import type { DossierStatus, SupplementRequest } from '@dvc-kit/core';
import type { JsonValue, OutboxMessage } from '../storage/types';

/** The events the gateway tells operators (webhooks) and citizens (e-mail) about. */
export type NotificationEventType =
  'dossier.received' | 'dossier.supplement-requested' | 'dossier.result-ready' | 'dossier.finished';

/** Topic of the outbox item that fans one event out to every webhook endpoint and the citizen's e-mail. */
export const NOTIFY_EVENT_TOPIC = 'notify.event';

/** What a fan-out item carries: everything the deliveries need, fixed when the event happened. */
export interface NotificationEvent {
  /** Unique id of the event; every delivery of it (and every retry) carries it as `webhook-id`. */
  id: string;
  type: NotificationEventType;
  /** Mã hồ sơ. */
  code: string;
  /** Status the dossier reached. */
  status: DossierStatus;
  /** When the gateway noticed (ISO 8601). */
  occurredAt: string;
  /** The supplement request, for `dossier.supplement-requested`. */
  supplement?: SupplementRequest;
}

/** Statuses after which nothing more happens to a dossier: the watch stops there. */
export const TERMINAL_STATUSES: ReadonlySet<string> = new Set(['returned', 'rejected', 'withdrawn']);

/**
 * The event a status change means, if any: 5 → supplement requested, 9 → result ready,
 * 10 / 3 / 7 → finished. Other moves (accepted, processing …) are recorded but not told.
 */
export function eventTypeFor(status: string): NotificationEventType | undefined {
  if (status === 'supplement-requested') return 'dossier.supplement-requested';
  if (status === 'processed') return 'dossier.result-ready';
  if (TERMINAL_STATUSES.has(status)) return 'dossier.finished';
  return undefined;
}

/** The fan-out outbox message of an event, ordered with the dossier's other items. */
export function eventMessage(event: NotificationEvent): OutboxMessage {
  return { topic: NOTIFY_EVENT_TOPIC, dossierCode: event.code, payload: event as unknown as JsonValue };
}

/**
 * The `dossier.received` event of a new submission, queued in the submission's own
 * transaction after its portal sync (same dossier, so it goes out once the portal has it).
 */
export function receivedEventMessage(code: string, at: Date): OutboxMessage {
  return eventMessage({
    id: `evt_${randomUUID()}`,
    type: 'dossier.received',
    code,
    status: 'registered',
    occurredAt: at.toISOString(),
  });
}

/** Status label in Vietnamese and English, for texts. */
export function statusLabel(status: string): { vi: string; en: string } {
  const label = statusInfo(status as DossierStatus)?.label;
  return { vi: label?.vi ?? status, en: label?.en ?? status };
}
