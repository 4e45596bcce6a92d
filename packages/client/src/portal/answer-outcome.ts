/**
 * What a portal answer means, as the corpus (`portal-contract/`) observes it. Nothing else
 * is read into an answer: an unobserved `error_code` is never given a meaning.
 *
 * - `success`: `error_code` is numerically 0 (`0`, `"0"`, `"00"`) and the message does not
 *   say "đã tồn tại"; a plain-text answer (`CapNhatTienDoHoSoMC` may answer in text)
 *   counts when it contains "thành công".
 * - `exists`: the message contains "đã tồn tại" ("already exists"), whatever the code —
 *   TH sees it with codes `"0"`, `"3"` and `"-3"`.
 * - `failure`: any other answer.
 */
export type AnswerOutcome = 'success' | 'exists' | 'failure';

/** A portal answer with its meaning and everything it carried. */
export interface ClassifiedAnswer {
  /** What the answer means. */
  outcome: AnswerOutcome;
  /** `error_code` as written (`"0"`, `"-3"`, …); `undefined` for a plain-text answer or when absent. */
  code: string | undefined;
  /** `message` (or the plain-text body), `''` when none. */
  message: string;
  /** The answer exactly as received. */
  raw: unknown;
}

const EXISTS = 'đã tồn tại';
const SUCCESS = 'thành công';

/** Lower-cased, NFC-normalised text, so "Đã tồn tại" written in decomposed form still matches. */
const fold = (text: string) => text.normalize('NFC').toLowerCase();

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `code` (number or string) is numerically zero: `0`, `"0"`, `"00"`. */
export function isZeroCode(code: unknown): boolean {
  if (typeof code === 'number') return code === 0;
  return typeof code === 'string' && /^\s*-?0+\s*$/.test(code);
}

/**
 * Classifies a portal answer (parsed JSON, or text when the body is not JSON).
 *
 * @example
 * ```ts
 * classifyAnswer({ error_code: '3', message: 'Hồ sơ đã tồn tại' }).outcome; // 'exists'
 * classifyAnswer({ error_code: 0, message: 'Hồ sơ … đã tồn tại, không thêm mới' }).outcome; // 'exists'
 * classifyAnswer({ error_code: '00' }).outcome; // 'success'
 * classifyAnswer('Cập nhật tiến độ thành công').outcome; // 'success'
 * ```
 */
export function classifyAnswer(raw: unknown): ClassifiedAnswer {
  if (typeof raw === 'string') {
    const text = fold(raw);
    const outcome = text.includes(EXISTS) ? 'exists' : text.includes(SUCCESS) ? 'success' : 'failure';
    return { outcome, code: undefined, message: raw, raw };
  }
  if (!isRecord(raw)) return { outcome: 'failure', code: undefined, message: '', raw };
  const message = typeof raw.message === 'string' ? raw.message : '';
  const code = raw.error_code === undefined || raw.error_code === null ? undefined : String(raw.error_code);
  const outcome = fold(message).includes(EXISTS) ? 'exists' : isZeroCode(raw.error_code) ? 'success' : 'failure';
  return { outcome, code, message, raw };
}
