/**
 * The parts of core the status widget needs only when the gateway leaves a label or the
 * working-day count out; imported lazily so the widget's first download stays small.
 */
export { statusInfo, workingDaysBetween } from '@dvc-kit/core';
