/**
 * The parts of core the status widget needs only at look-up time (the code's normalisation)
 * or when the gateway leaves a label or the working-day count out; imported lazily so the
 * widget's first download stays small.
 */
export { normalizeDossierCode, statusInfo, workingDaysBetween } from '@dvc-kit/core';
