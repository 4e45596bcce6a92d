import { decodeWire, dossierCodec } from '@dvc-kit/core';
import type { WireRecord } from '../store/dossier-columns';
import { fieldError, fieldIssue, type FieldIssue, invalidPayload, wireIssues } from './portal-error';

const STATUS_CODES = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);

/**
 * Checks one dossier of a DongBoHoSoMC payload with core's `decodeWire(dossierCodec, …)` (plus the
 * portal's own rules: non-empty MaHoSo, a known status) and returns it as sent.
 * Throws a PortalError naming every wrong field (path like `data[0].NgayTiepNhan`).
 */
export function readDossier(input: unknown, path: string): WireRecord {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw fieldError(path, 'type', 'field.dossier-object');
  const wire = input as WireRecord;
  const issues: FieldIssue[] = [];
  try {
    // Checked as one-stop systems mean it: a null is "not given", a number is its text
    // (TH writes nulls, some writers numbers). The record is kept exactly as sent.
    decodeWire(dossierCodec, asWireText(wire));
  } catch (error) {
    issues.push(...wireIssues(error, path));
  }
  if (wire.MaHoSo === undefined || wire.MaHoSo === null)
    issues.push(fieldIssue(`${path}.MaHoSo`, 'wire.required', 'field.required'));
  if (typeof wire.MaHoSo === 'string' && wire.MaHoSo.trim() === '')
    issues.push(fieldIssue(`${path}.MaHoSo`, 'wire.required', 'field.not-blank'));
  if (typeof wire.MaHoSo === 'string' && wire.MaHoSo.length > 50)
    issues.push(fieldIssue(`${path}.MaHoSo`, 'wire.too-long', 'field.max-length', { max: 50 }));
  if (
    (typeof wire.TrangThaiHoSo === 'string' || typeof wire.TrangThaiHoSo === 'number') &&
    !STATUS_CODES.has(String(wire.TrangThaiHoSo))
  )
    issues.push(fieldIssue(`${path}.TrangThaiHoSo`, 'wire.enum-value', 'field.status-code'));
  if (issues.length > 0) throw invalidPayload(issues);
  return { ...wire, MaHoSo: String(wire.MaHoSo).trim() };
}

/** `value` with nulls dropped and numbers written as text, recursively (for checking only). */
function asWireText(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(asWireText);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== null) out[key] = asWireText(v);
  return out;
}
