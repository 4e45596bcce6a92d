import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { translate } from '../messages/translate';
import {
  isPortalSuccess,
  PORTAL_ERROR_CODES,
  PORTAL_SERVICES,
  portalErrorMessageCode,
  portalErrorName,
  portalResponseSchema,
} from './envelope';

describe('portal envelope', () => {
  it('names the services as the portal does', () => {
    expect(PORTAL_SERVICES.syncDossiers).toBe('DongBoHoSoMC');
    expect(PORTAL_SERVICES.updateProgress).toBe('CapNhatTienDoHoSoMC');
    expect(PORTAL_SERVICES.syncRatings).toBe('DongBoDanhGia');
  });

  it('reads error codes however they are written', () => {
    expect(isPortalSuccess(0)).toBe(true);
    expect(isPortalSuccess('00')).toBe(true);
    expect(isPortalSuccess('-1')).toBe(false);
    expect(portalErrorName('3')).toBe('alreadyExists');
    expect(portalErrorName(-3)).toBe('alreadyExists');
    expect(portalErrorName('abc')).toBe('unknown');
  });

  it('has a message in both languages for every error code', () => {
    for (const value of [...Object.values(PORTAL_ERROR_CODES), 99]) {
      const code = portalErrorMessageCode(value);
      expect(translate(code, { code: value }, 'vi')).not.toBe(code);
      expect(translate(code, { code: value }, 'en')).not.toBe(translate(code, { code: value }, 'vi'));
    }
  });

  it('validates the outer shape of a response and keeps extra fields', () => {
    expect(z.parse(portalResponseSchema, { error_code: 0, result: [], extra: 1 })).toStrictEqual({
      error_code: 0,
      result: [],
      extra: 1,
    });
    expect(z.safeParse(portalResponseSchema, { message: 'x' }).success).toBe(false);
  });
});
