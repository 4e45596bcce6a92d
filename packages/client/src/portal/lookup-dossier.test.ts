import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossier, dossierWire, progressStep } from '../../test/dossier-fixtures';
import { CREDENTIALS, FAST_RETRY, useSandbox } from '../../test/portal-sandbox';
import { json, startTestServer } from '../../test/test-server';
import { ResponseValidationError } from '../errors/response-validation-error';
import { createPortalClient } from './create-portal-client';

const env = useSandbox();

describe('lookupDossier', () => {
  it('returns the progress steps the sandbox holds (QuaTrinhXuLy), decoded and oldest first', async () => {
    const client = env.client();
    const code = dossierWire(41).MaHoSo;
    await client.syncDossier(dossier(41));
    expect((await client.lookupDossier(code))?.progressSteps).toEqual([]);
    await client.updateProgress(progressStep(41, 5));
    await client.updateProgress(progressStep(41, 20));
    const found = await client.lookupDossier(code);
    expect(found?.progressSteps).toEqual([progressStep(41, 5), progressStep(41, 20)]);
    expect(found?.progressSteps[0]?.handledAt).toBeInstanceOf(Date);
    expect(found?.extraWireFields?.QuaTrinhXuLy).toBeUndefined();
  });
});

describe('lookupDossier against a portal without QuaTrinhXuLy', () => {
  let steps: unknown;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer((req, res) => {
      if (req.url.endsWith('/auth/login')) return json(res, 200, { error_code: 0, session: 's-1' });
      const wire = steps === undefined ? dossierWire(7) : { ...dossierWire(7), QuaTrinhXuLy: steps };
      return json(res, 200, { error_code: 0, result: [wire] });
    });
  });
  afterAll(() => server.close());
  const client = () =>
    createPortalClient({
      baseUrl: server.url,
      agencyCode: '000.00.00.H66',
      credentials: CREDENTIALS,
      retry: FAST_RETRY,
    });

  it('gives an empty list when the field is absent', async () => {
    steps = undefined;
    const found = await client().lookupDossier(dossierWire(7).MaHoSo);
    expect(found?.code).toBe(dossierWire(7).MaHoSo);
    expect(found?.progressSteps).toEqual([]);
  });

  it('refuses a garbled step, naming it', async () => {
    steps = [{ MaHoSo: dossierWire(7).MaHoSo, NguoiXuLy: 'x', ThoiDiemXuLy: 'hôm qua', TrangThai: '4' }];
    const error = await client()
      .lookupDossier(dossierWire(7).MaHoSo)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((i) => i.path)).toEqual(['QuaTrinhXuLy[0].ThoiDiemXuLy']);
    steps = 'none';
    expect(
      await client()
        .lookupDossier(dossierWire(7).MaHoSo)
        .catch((e: unknown) => e),
    ).toBeInstanceOf(ResponseValidationError);
  });
});
