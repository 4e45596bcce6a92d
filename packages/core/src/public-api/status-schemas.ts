import * as z from 'zod/mini';
import { DOSSIER_STATUSES } from '../status/dossier-status';

/**
 * Trạng thái hồ sơ on the public API: a status name (`processing`, …) or `unknown:<code>`
 * for a portal code this version does not know.
 */
export const dossierStatusSchema = z.union([
  z.enum(DOSSIER_STATUSES.map((s) => s.name)),
  z.templateLiteral(['unknown:', z.string()]),
]);

/** Nhóm trạng thái: in-progress | paused | finished | unknown (see `statusGroup`). */
export const statusGroupSchema = z.enum(['in-progress', 'paused', 'finished', 'unknown']);

/** A label in both shipped languages. */
export const localizedMessageSchema = z.object({ vi: z.string(), en: z.string() });
