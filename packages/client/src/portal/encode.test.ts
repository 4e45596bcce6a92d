import { dossierCodec, PORTAL_SERVICES } from '@dvc-kit/core';
import { describe, expect, it } from 'vitest';
import { dossier, dossierWire } from '../../test/dossier-fixtures';
import { useSandbox } from '../../test/portal-sandbox';
import { RequestValidationError } from '../errors/request-validation-error';
import { encodeOrThrow } from './encode';

const env = useSandbox();

describe('a wire object where a model is expected', () => {
  it('syncDossier refuses it before sending, naming the model fields to use, in both languages', async () => {
    const client = env.client();
    const wire = dossierWire(901);
    const error = await client.syncDossier(wire as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    const e = error as RequestValidationError;
    expect(e.issues).toEqual([expect.objectContaining({ path: '', code: 'client.wire-not-model' })]);
    expect(e.messages.en).toContain('Expected a DVC Kit model');
    expect(e.messages.en).toContain('MaHoSo → code');
    expect(e.messages.en).toContain('decodeWire(dossierCodec');
    expect(e.messages.vi).toContain('định dạng của Cổng');
    expect(e.message).toMatch(/MaHoSo → code|Cần dữ liệu theo mô hình/);
    // Nothing left: the dossier is not on the portal.
    expect(await client.lookupDossier(wire.MaHoSo)).toBeUndefined();
  });

  it('a model with a bad field keeps the field-level issues', () => {
    const bad = { ...dossier(902), code: 42 as unknown as string };
    const error = (() => {
      try {
        encodeOrThrow(dossierCodec, bad, PORTAL_SERVICES.syncDossiers);
      } catch (e) {
        return e as RequestValidationError;
      }
    })();
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error!.issues.map((i) => i.code)).not.toContain('client.wire-not-model');
    expect(error!.messages.en).toBe('The data to send is not valid.');
  });
});
