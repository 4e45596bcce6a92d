import type { MessageParams } from '@dvc-kit/core';
import { json } from '../server/respond';
import { adminMessages, type AdminMessageCode } from './messages';

/**
 * An admin API refusal: `{ error, message, message_en, ...extra }` with HTTP `status`, its text
 * from {@link adminMessages} (`error` repeats the English text, as the admin API always sent it).
 *
 * @example adminProblem(404, 'dossier.missing', { code: 'H66-1' })
 */
export function adminProblem(
  status: number,
  code: AdminMessageCode,
  params?: MessageParams,
  extra: Record<string, unknown> = {},
): Response {
  const { vi, en } = adminMessages.localize(code, params);
  return json({ error: en, message: vi, message_en: en, ...extra }, status);
}
