import { toVietnamTime } from '@dvc-kit/core';
import type { FormMessageKey } from '../../components/dossier-form/form-messages';
import type { receiptMessages } from './receipt-messages';

/** What the receipt needs from its widget. */
export interface ReceiptHost {
  t(key: FormMessageKey | keyof typeof receiptMessages.vi, params?: Record<string, string | number>): string;
  text(value: { vi: string; en?: string }): string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO 8601 instant as Vietnam civil time: "09:12, ngày 01/07/2025 (giờ Việt Nam)".
 * The host computer's time zone never matters.
 *
 * @example formatVietnamDateTime(t, '2025-07-01T02:12:00Z') // '09:12, ngày 01/07/2025 (giờ Việt Nam)'
 */
export function formatVietnamDateTime(t: ReceiptHost['t'], iso: string): string {
  const v = toVietnamTime(new Date(iso));
  return t('receipt.datetime', {
    date: `${pad(v.day)}/${pad(v.month)}/${v.year}`,
    time: `${pad(v.hour)}:${pad(v.minute)}`,
  });
}
