import type { Selectable } from 'kysely';
import type { DossiersTable, OutboxTable, RatingsTable, UploadsTable } from './schema';
import type { DossierRecord, JsonValue, OutboxItem, RatingRecord, UploadRecord } from './types';

/** Epoch milliseconds from a `bigint` column (PostgreSQL hands them over as strings). */
export function millis(value: number | string): number {
  return typeof value === 'number' ? value : Number(value);
}

const at = (value: number | string) => new Date(millis(value));
const json = (text: string) => JSON.parse(text) as JsonValue;

export function toDossier(row: Selectable<DossiersTable>): DossierRecord {
  return {
    code: row.code,
    agency: row.agency,
    procedure: row.procedure,
    payload: json(row.payload),
    receipt: json(row.receipt),
    status: row.status,
    createdAt: at(row.created_at),
    updatedAt: at(row.updated_at),
    ...(row.portal_code ? { portalCode: row.portal_code } : {}),
    ...(row.portal_sent_at === null || row.portal_sent_at === undefined
      ? {}
      : { portalSentAt: at(row.portal_sent_at) }),
  };
}

export function toOutboxItem(row: Selectable<OutboxTable>): OutboxItem {
  return {
    id: Number(row.id),
    topic: row.topic,
    dossierCode: row.dossier_code,
    payload: json(row.payload),
    status: row.status as OutboxItem['status'],
    attempts: row.attempts,
    nextAttemptAt: at(row.next_attempt_at),
    lastError: row.last_error,
    createdAt: at(row.created_at),
  };
}

export function toUpload(row: Selectable<UploadsTable>): UploadRecord {
  return {
    id: row.id,
    sha256: row.sha256,
    name: row.name,
    size: millis(row.size),
    type: row.type,
    createdAt: at(row.created_at),
    ...(row.client_key ? { clientKey: row.client_key } : {}),
  };
}

export function toRating(row: Selectable<RatingsTable>): RatingRecord {
  return { dossierCode: row.dossier_code, score: row.score, comment: row.comment, createdAt: at(row.created_at) };
}
