import type { Fee, ProcessingTime } from '@dvc-kit/core';

type T = (
  key: 'time.same-day' | `time.${ProcessingTime['unit']}` | 'search.free',
  params?: Record<string, string | number>,
) => string;

/**
 * A procedure's time limit as citizens read it: "1 ngày làm việc", "Trong ngày".
 *
 * @example timeLimitText(t, { amount: 3, unit: 'working-days' }) // '3 ngày làm việc'
 */
export function timeLimitText(t: T, time: ProcessingTime, lang: string): string {
  if (time.amount === 0) return t('time.same-day');
  return t(`time.${time.unit}`, { amount: time.amount.toLocaleString(lang) });
}

/**
 * The total of a procedure's fees in đồng ("50.000 ₫"), or "Miễn phí" when there are none.
 *
 * @example feeText(t, [{ code: 'LP', name: { vi: 'Lệ phí' }, amountVnd: 8000 }], 'vi') // '8.000 ₫'
 */
export function feeText(t: T, fees: readonly Fee[], lang: string): string {
  const total = fees.reduce((sum, f) => sum + f.amountVnd, 0);
  if (total === 0) return t('search.free');
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : lang, {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(total);
}
