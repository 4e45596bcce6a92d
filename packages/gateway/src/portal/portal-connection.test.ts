import { ConnectionError, PortalError } from '@dvc-kit/client';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../errors/gateway-error';
import { portalFailure } from './portal-connection';

describe('portalFailure', () => {
  it('answers a refusal 502 and anything else 503, keeping gateway errors', () => {
    const refused = portalFailure(new PortalError(2, 'MaDonVi không hợp lệ', { service: 'BaoCaoSoHoa' }));
    expect([refused.code, refused.status]).toEqual(['portal.refused', 502]);
    const down = portalFailure(new ConnectionError({ service: 'BaoCaoSoHoa' }));
    expect([down.code, down.status]).toEqual(['portal.unavailable', 503]);
    // A portal answer is a refusal whatever its code: no code is documented, so none means "unavailable".
    expect([
      portalFailure(new Error('x')).status,
      portalFailure(new PortalError(500, 'lỗi')).status,
      portalFailure(new PortalError('-1', 'lỗi')).status,
    ]).toEqual([503, 502, 502]);
    const own = new GatewayError('x.y', { vi: 'a', en: 'b' }, { status: 404 });
    expect(portalFailure(own)).toBe(own);
  });
});
