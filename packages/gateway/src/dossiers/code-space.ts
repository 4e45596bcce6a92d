import { formatDossierCode } from '@dvc-kit/core';
import { gatewayError } from '../errors/gateway-error';
import { dossierMessages } from './messages';

/** The sequence range a gateway numbers its dossiers in (see the `codeSpace` setting). */
export interface CodeSpace {
  /** First sequence number, 1–9999. */
  first: number;
  /** Last sequence number, 1–9999. */
  last: number;
}

/** The whole 4-digit range, what the gateway used before issue 11 (tests that need `-0001`). */
export const FULL_CODE_SPACE: CodeSpace = { first: 1, last: 9999 };

/**
 * The dossier code of the `sequence`-th number (1-based, from storage's per-agency per-day
 * counter) inside `space`: `{agency}-{yyMMdd}-{first + sequence - 1}`. Throws 503
 * `dossier.code-space-exhausted` when the day's range is used up, rather than step into a
 * range another receiver owns.
 *
 * @example
 * ```ts
 * codeInSpace('000.00.06.H56', receivedAt, 1, { first: 5001, last: 9999 }) // '000.00.06.H56-231027-5001'
 * ```
 */
export function codeInSpace(agency: string, receivedAt: Date, sequence: number, space: CodeSpace): string {
  const number = space.first + sequence - 1;
  if (number > space.last) {
    throw gatewayError(dossierMessages, 'dossier.code-space-exhausted', {
      status: 503,
      headers: { 'retry-after': '3600' },
    });
  }
  return formatDossierCode(agency, receivedAt, number);
}
