/**
 * @dvc-kit/core — the domain model of the National Public Service Portal
 * (Cổng Dịch vụ công Quốc gia): wire codecs, identifiers, statuses, working time,
 * forms, public API schemas and messages. Administrative units live in
 * `@dvc-kit/core/units` so a widget that does not need them does not download them.
 *
 * Explicit exports only (no `export *`), grouped by area.
 *
 * @packageDocumentation
 */

// ── errors ──
export { DvcError } from './errors/dvc-error';
export type { DvcErrorOptions, Language, LocalizedMessage } from './errors/dvc-error';

// ── time ──
export {
  VIETNAM_OFFSET_MINUTES,
  formatWireDate,
  fromVietnamTime,
  parseWireDate,
  toVietnamTime,
  vietnamDateKey,
} from './time/vietnam-time';
export type { VietnamDateTime } from './time/vietnam-time';

// ── wire codecs ──

// ── status lifecycle ──

// ── messages ──

// ── identifiers ──

// ── working time (holidays, lunar calendar, due dates) ──

// ── forms ──

// ── public API v1 ──
