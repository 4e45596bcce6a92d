import * as z from 'zod/mini';
import { WireFormatError } from './wire-format-error';

/** The public report service that lists the 766 scoreboard rows of a province (domain.md §1.5). */
export const PUBLIC_SCOREBOARD_SERVICE = 'report_tinh_766_service';

/**
 * One row of the portal's public scoreboard (`report_tinh_766_service`, seen only in public
 * scraper code — unofficial). Score columns may be numbers or numeric strings; an absent or
 * non-numeric one is `undefined` (not reported), never 0. The part meanings other than MDSH
 * (mức độ số hóa) follow the 766 group names and are not confirmed; CLGQ's is unknown.
 */
export interface PublicScoreboardRow {
  /** wire: ID */
  id?: string;
  /** Mã cơ quan — wire: MA_COQUAN */
  agencyCode: string;
  /** Tên cơ quan — wire: TEN */
  name: string;
  /** Cấp đơn vị — wire: CAPDONVIID */
  level?: string;
  /** Công khai, minh bạch — wire: CKMB */
  publicity?: number;
  /** Tiến độ giải quyết — wire: TDGQ */
  progress?: number;
  /** Thanh toán trực tuyến (by the column name; unconfirmed) — wire: TTTT */
  onlinePayment?: number;
  /** Meaning unknown (kept, not mapped) — wire: CLGQ */
  clgq?: number;
  /** Mức độ hài lòng — wire: MDHL */
  satisfaction?: number;
  /** Mức độ số hóa — wire: MDSH */
  digitization?: number;
  /** Tổng điểm — wire: TONG_SCORE */
  total?: number;
  /** The row as received, every key kept. */
  raw: Record<string, unknown>;
}

const figure = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+([.,]\d+)?$/.test(v.trim())) return Number(v.trim().replace(',', '.'));
  return undefined;
};
const textOf = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
const row = z.looseObject({ MA_COQUAN: z.union([z.string(), z.number()]), TEN: z.optional(z.unknown()) });
const isRow = (v: unknown) => z.safeParse(row, v).success;

/** The list of rows inside an answer: the array itself, or the first array of rows under any key. */
function rowsOf(input: unknown): unknown[] | undefined {
  if (Array.isArray(input)) return input;
  if (input !== null && typeof input === 'object') {
    for (const value of Object.values(input)) {
      if (Array.isArray(value) && (value.length === 0 || isRow(value[0]))) return value;
      const inner = typeof value === 'object' && value !== null && !Array.isArray(value) ? rowsOf(value) : undefined;
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * Decodes a public scoreboard answer as received — a bare array of rows, or an object holding
 * one (the wrapping is not known) — leniently: keys are kept, figures may be strings. Throws
 * `WireFormatError` when there is no list of rows or a row has no MA_COQUAN.
 *
 * @example decodePublicScoreboard(await res.json()).find((r) => r.agencyCode === '000.01.20.H66')?.digitization
 */
export function decodePublicScoreboard(input: unknown): PublicScoreboardRow[] {
  const rows = rowsOf(input);
  if (rows === undefined) {
    throw new WireFormatError('wire.format', [
      {
        path: '',
        code: 'wire.rows',
        messages: { vi: 'Không có danh sách dòng báo cáo.', en: 'No list of report rows.' },
      },
    ]);
  }
  return rows.map((r, i) => {
    if (!isRow(r)) {
      throw new WireFormatError('wire.format', [
        {
          path: `[${i}].MA_COQUAN`,
          code: 'wire.required',
          messages: { vi: `Dòng ${i + 1} thiếu MA_COQUAN.`, en: `Row ${i + 1} has no MA_COQUAN.` },
        },
      ]);
    }
    const raw = r as Record<string, unknown>;
    const out: PublicScoreboardRow = { agencyCode: String(raw.MA_COQUAN), name: textOf(raw.TEN) ?? '', raw };
    const set = <K extends keyof PublicScoreboardRow>(key: K, value: PublicScoreboardRow[K] | undefined) => {
      if (value !== undefined) out[key] = value;
    };
    set('id', textOf(raw.ID));
    set('level', textOf(raw.CAPDONVIID));
    set('publicity', figure(raw.CKMB));
    set('progress', figure(raw.TDGQ));
    set('onlinePayment', figure(raw.TTTT));
    set('clgq', figure(raw.CLGQ));
    set('satisfaction', figure(raw.MDHL));
    set('digitization', figure(raw.MDSH));
    set('total', figure(raw.TONG_SCORE));
    return out;
  });
}
