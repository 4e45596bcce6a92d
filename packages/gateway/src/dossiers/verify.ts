import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { isValidDossierCode, normalizeDossierCode } from '@dvc-kit/core';
import type { Context } from 'hono';
import { GatewayError } from '../errors/gateway-error';
import type { GatewayEnv } from '../http/env';
import type { DossierRecord, GatewayStorage } from '../storage/types';
import { lastFour } from './mask';
import { storedSubmission } from './stored-dossier';

/** Options of {@link createVerifier}. */
export interface VerifierOptions {
  storage: GatewayStorage;
  /** Failed look-ups allowed per client per window. */
  maxFailures: number;
  /** Window length in ms. */
  windowMs: number;
}

/** Checks a look-up's `verify` digits; see {@link createVerifier}. */
export interface Verifier {
  /**
   * The dossier when `verify` matches; else throws the one uniform 404 (or 429 when rate-limited).
   * `code` is normalised first (`normalizeDossierCode`: case, spaces, keyboard artefacts); a code
   * that is not well-formed and not stored gets a 400 that does not count as a failed look-up.
   */
  verify(c: Context<GatewayEnv>, code: string, verify: string): Promise<DossierRecord>;
}

/** The single answer to "no such dossier" and "wrong digits" alike, so neither leaks which it was. */
export const notFoundOrUnverified = () =>
  new GatewayError('dossier.not-found-or-unverified', {
    vi: 'Không tìm thấy hồ sơ với mã và 4 số cuối đã nhập. Hãy kiểm tra lại mã hồ sơ và 4 số cuối của số điện thoại hoặc số định danh.',
    en: 'No dossier matches this code and these 4 digits. Check the dossier code and the last 4 digits of the phone or ID number.',
  }, { status: 404, errors: [{ path: 'verify', code: 'dossier.not-found-or-unverified', messages: {
    vi: 'Mã hồ sơ hoặc 4 số cuối không khớp.', en: 'The dossier code or the 4 digits do not match.' } }] });

/**
 * A code that cannot be a dossier code even after normalising: a typing mistake, not a guess,
 * so it does not count toward the look-up limit and says what a code looks like.
 */
export const malformedCode = () =>
  new GatewayError('dossier.code-format', {
    vi: 'Mã hồ sơ chưa đúng dạng. Mã hồ sơ in trên phiếu hẹn, có dạng 000.50.20.H66-250701-0007; vui lòng nhập lại đủ các số.',
    en: 'The dossier code is not in the right form. It is printed on the receipt, like 000.50.20.H66-250701-0007; enter it again in full.',
  }, { status: 400, errors: [{ path: 'code', code: 'dossier.code-format', messages: {
    vi: 'Mã hồ sơ có dạng 000.50.20.H66-250701-0007. Vui lòng nhập lại đủ các số.',
    en: 'A dossier code looks like 000.50.20.H66-250701-0007. Enter it again in full.' } }] });

function clientAddress(c: Context<GatewayEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Timing-safe verification of status look-ups and ratings. Both candidates (phone and ID
 * number) are always compared, in constant time, as HMACs; an unknown code is compared
 * against a dummy record, so the work — and the answer — is the same whether the code
 * exists or not. Failures are counted per client (hashed IP) in storage, shared by every
 * instance; past the limit the answer is 429 with `Retry-After`.
 */
export function createVerifier(options: VerifierOptions): Verifier {
  const key = randomBytes(32);
  const mac = (digits: string) => createHmac('sha256', key).update(digits).digest();
  const dummy = { phone: mac('dummy-phone'), citizenId: mac('dummy-id') };

  return {
    async verify(c, code, verify) {
      const now = Date.now();
      const windowStart = new Date(now - (now % options.windowMs));
      const clientKey = createHash('sha256').update(clientAddress(c)).digest('hex').slice(0, 32);
      const failures = await options.storage.countLookupFailures({ clientKey, windowStart });
      if (failures >= options.maxFailures) {
        const retryAfter = Math.ceil((windowStart.getTime() + options.windowMs - now) / 1000);
        throw new GatewayError('dossier.lookup-rate-limited', {
          vi: `Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(retryAfter / 60)} phút.`,
          en: `Too many failed attempts. Please try again in ${Math.ceil(retryAfter / 60)} minutes.`,
        }, { status: 429, headers: { 'retry-after': String(Math.max(1, retryAfter)) } });
      }
      const canonical = normalizeDossierCode(code);
      const record = (await options.storage.getDossier(canonical)) ?? (canonical === code ? undefined : await options.storage.getDossier(code));
      if (record === undefined && !isValidDossierCode(canonical)) throw malformedCode();
      const applicant = record === undefined ? undefined : storedSubmission(record).submission.applicant;
      const given = mac(verify);
      const phone = applicant ? mac(lastFour(applicant.phone)) : dummy.phone;
      const citizenId = applicant ? mac(lastFour(applicant.citizenId)) : dummy.citizenId;
      // Both comparisons always run (no short circuit).
      const matches = Number(timingSafeEqual(given, phone)) | Number(timingSafeEqual(given, citizenId));
      if (record === undefined || matches === 0) {
        await options.storage.recordLookupFailure({ clientKey, windowStart });
        throw notFoundOrUnverified();
      }
      return record;
    },
  };
}
