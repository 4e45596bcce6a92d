// Texts for SMS brandname and Zalo ZNS senders fed by the gateway's webhooks. Providers
// approve templates in advance: register these, with {placeholders}, under your contract.
// SMS: no diacritics keeps one message at 160 characters (with diacritics: 70, UCS-2).
import type { WebhookBody } from '@dvc-kit/gateway';

type EventType = WebhookBody['type'];

/** SMS brandname templates (ASCII, ≤ 160 characters once filled). */
export const SMS_TEMPLATES: Record<EventType, string> = {
  'dossier.received': 'UBND {commune}: Da nhan ho so {code}. Tra cuu: {url}',
  'dossier.supplement-requested':
    'UBND {commune}: Ho so {code} can bo sung giay to. Xem va gui bo sung truc tuyen: {url}',
  'dossier.result-ready': 'UBND {commune}: Ho so {code} da co ket qua. Moi ong/ba den nhan hoac xem: {url}',
  'dossier.finished': 'UBND {commune}: Ho so {code} da ket thuc. Cam on ong/ba.',
};

/** Zalo ZNS template parameters (the template text itself lives in the Zalo OA console). */
export function znsParams(event: WebhookBody, lookupUrl: string): Record<string, string> {
  return {
    ma_ho_so: event.data.code,
    thu_tuc: event.data.procedureName.vi.slice(0, 100),
    trang_thai: event.data.statusLabel.vi,
    noi_dung: event.data.supplement?.content.slice(0, 200) ?? '',
    han: event.data.supplement?.deadline?.slice(0, 10) ?? '',
    link: lookupUrl,
  };
}

/** Fills an SMS template; only for endpoints with `includeContact` (the phone number). */
export function smsFor(
  event: WebhookBody,
  commune: string,
  lookupUrl: string,
): { to: string; text: string } | undefined {
  const phone = event.data.contact?.phone;
  if (phone === undefined) return undefined;
  const text = SMS_TEMPLATES[event.type]
    .replace('{commune}', commune)
    .replace('{code}', event.data.code)
    .replace('{url}', lookupUrl);
  return { to: phone, text };
}
