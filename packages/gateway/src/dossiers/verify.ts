import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isValidDossierCode, normalizeDossierCode } from '@dvc-kit/core';
import type { Context } from 'hono';
import { gatewayError } from '../errors/gateway-error';
import { dossierMessages } from './messages';
import type { ClientKeyer } from '../http/client-key';
import type { GatewayEnv } from '../http/env';
import type { DossierRecord, GatewayStorage } from '../storage/types';
import { tooManyRequests } from '../http/client-limit';
import { takeSliding, windowPosition, type WindowCounter } from '../http/sliding-window';
import { lastFour } from './mask';
import { storedSubmission } from './stored-dossier';

/** Options of {@link createVerifier}. */
export interface VerifierOptions {
  storage: GatewayStorage;
  /** Failed look-ups allowed per client per window. */
  maxFailures: number;
  /** Window length in ms: failures are counted over the last `windowMs` (a sliding window). */
  windowMs: number;
  /** The clock (ms since the epoch). @default Date.now */
  now?: () => number;
  /** Rate-limit key of a request (HMAC of the client address). */
  keyOf: ClientKeyer;
}

/** A client's failed look-ups as a sliding-window counter (one failure at a time; a refund never goes below zero). */
const lookupFailures = (storage: GatewayStorage, clientKey: string): WindowCounter => ({
  take: (windowStart) => storage.recordLookupFailure({ clientKey, windowStart }),
  giveBack: (windowStart) => storage.refundLookupFailure({ clientKey, windowStart }),
  read: (windowStart) => storage.countLookupFailures({ clientKey, windowStart }),
});

/** Checks a look-up's `verify` digits; see {@link createVerifier}. */
export interface Verifier {
  /**
   * The dossier when `verify` matches; else throws the one uniform 404 (or 429 when rate-limited).
   * `code` is normalised first (`normalizeDossierCode`: case, spaces, keyboard artefacts); a code
   * that is not well-formed and not stored gets a 400 that does not count as a failed look-up.
   */
  verify(c: Context<GatewayEnv>, code: string, verify: string): Promise<DossierRecord>;
}

/** What a miss compares against: never the last four digits of anything (not digits). */
const DECOY_DIGITS = { phone: 'decoy-phone', citizenId: 'decoy-citizen-id' };

/** The single answer to "no such dossier" and "wrong digits" alike, so neither leaks which it was. */
export const notFoundOrUnverified = () =>
  gatewayError(dossierMessages, 'dossier.not-found-or-unverified', {
    status: 404,
    errors: [
      {
        path: 'verify',
        code: 'dossier.not-found-or-unverified',
        messages: dossierMessages.localize('dossier.not-found-or-unverified.field'),
      },
    ],
  });

/**
 * A code that cannot be a dossier code even after normalising: a typing mistake, not a guess,
 * so it does not count toward the look-up limit and says what a code looks like.
 */
export const malformedCode = () =>
  gatewayError(dossierMessages, 'dossier.code-format', {
    status: 400,
    errors: [
      { path: 'code', code: 'dossier.code-format', messages: dossierMessages.localize('dossier.code-format.field') },
    ],
  });

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Timing-safe verification of status look-ups and ratings. Both candidates (phone and ID
 * number) are always compared, in constant time, as HMACs; an unknown code is compared
 * against decoy digits, so the work — and the answer — is the same whether the code exists
 * or not; the storage's `lookUpDossier` reads and decodes one full row for a miss too (another
 * dossier, dropped), so the database work does not tell them apart either. Every look-up first
 * reserves a failure for its client (HMAC of the address) in ONE statement that returns
 * the window's count, in storage shared by every instance; a match gives it back, and so does
 * a refusal. So a burst of parallel guesses gets at most `maxFailures` answers and then 429
 * with `Retry-After`, on SQLite and PostgreSQL alike. Failures are counted over a sliding
 * window (this window's count plus the previous window's, weighted by how much of it is still
 * within `windowMs`), so spending the allowance just before a window boundary does not buy a
 * fresh one just after it. The code is normalised first; a code that is
 * not well-formed and not stored is a 400 that never counts toward the limit.
 */
export function createVerifier(options: VerifierOptions): Verifier {
  const key = randomBytes(32);
  const mac = (digits: string) => createHmac('sha256', key).update(digits).digest();

  return {
    async verify(c, code, verify) {
      // A control character (a NUL in the path, say) is no typing mistake and no code: the
      // uniform "not found", before storage sees it, and without counting toward the limit.
      if (CONTROL_CHARACTER.test(code)) throw notFoundOrUnverified();
      const canonical = normalizeDossierCode(code);
      // Both spellings are read whenever they differ, hit or miss (a second read only on a miss would time it).
      const asNormalised = await options.storage.lookUpDossier(canonical);
      const asTyped = canonical === code ? undefined : await options.storage.lookUpDossier(code);
      const record = asNormalised ?? asTyped;
      const wellFormed = isValidDossierCode(canonical);
      // A malformed code is a typing mistake, not a guess: answered before the limit is touched.
      if (record === undefined && !wellFormed) throw malformedCode();
      const failures = lookupFailures(options.storage, options.keyOf(c));
      const at = windowPosition((options.now ?? Date.now)(), options.windowMs);
      // A refused look-up tells the guesser nothing, so takeSliding gives it back.
      const retryAfter = await takeSliding(failures, at, options.maxFailures);
      if (retryAfter !== undefined) throw tooManyRequests(dossierMessages, 'dossier.lookup-rate-limited', retryAfter);
      const applicant = record === undefined ? undefined : storedSubmission(record).submission.applicant;
      const given = mac(verify);
      // The same two HMACs run for a miss (over decoy digits) as for a hit.
      const phone = mac(lastFour(applicant?.phone ?? DECOY_DIGITS.phone));
      const citizenId = mac(lastFour(applicant?.citizenId ?? DECOY_DIGITS.citizenId));
      // Both comparisons always run (no short circuit).
      const matches = Number(timingSafeEqual(given, phone)) | Number(timingSafeEqual(given, citizenId));
      if (record === undefined || matches === 0) throw notFoundOrUnverified();
      await failures.giveBack(at.current, 1);
      return record;
    },
  };
}
