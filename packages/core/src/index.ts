/**
 * @dvc-kit/core — the domain model of the National Public Service Portal
 * (Cổng Dịch vụ công Quốc gia): wire codecs, identifiers, statuses, working time
 * and messages. Administrative units live in `@dvc-kit/core/units`.
 *
 * @packageDocumentation
 */
export {};
