import { decodeWire, dossierCodec } from '@dvc-kit/core';
import { describe, expect, it } from 'vitest';
import { dossierWire } from '../../test/dossier-fixtures';
import { useSandbox } from '../../test/portal-sandbox';
import { DossierCodeTakenError, isDossierCodeTaken } from '../errors/dossier-code-taken-error';
import { differingFields, judgeExisting } from './exists-policy';

const { client, admin } = useSandbox();

/** Dossier n filed by someone else: same code, another applicant and status. */
const foreign = (n: number) =>
  decodeWire(dossierCodec, {
    ...dossierWire(n, '4'),
    ChuHoSo: 'Lê Thị Bình',
    SoGiayToChuHoSo: '066190009999',
    SoDienThoai: '0987000111',
  });
const ours = (n: number) => decodeWire(dossierCodec, dossierWire(n, '1'));
const portalRecord = (code: string) =>
  admin<{ wire: Record<string, string> } & Record<string, unknown>>(`/dossiers/${encodeURIComponent(code)}`);

describe('exists policy', () => {
  it('verify-own never overwrites a dossier the caller cannot prove is its own', async () => {
    const portal = client();
    const theirs = foreign(9101);
    await portal.syncDossier(theirs);
    const before = await portalRecord(theirs.code);

    const error = await portal.syncDossier(ours(9101), { onExists: 'verify-own' }).catch((e: unknown) => e);
    expect(isDossierCodeTaken(error)).toBe(true);
    expect((error as DossierCodeTakenError).dossierCode).toBe(theirs.code);
    expect((error as DossierCodeTakenError).message).toMatch(/không bị ghi đè|not overwritten/);
    // Even with the caller's marker, the differing applicant proves it is not ours.
    const marked = await portal
      .syncDossier(ours(9101), { onExists: 'verify-own', sentBefore: () => true })
      .catch((e: unknown) => e);
    expect(marked).toBeInstanceOf(DossierCodeTakenError);
    expect(await portalRecord(theirs.code)).toEqual(before);
  });

  it('verify-own updates a record that is provably its own (marker and equal fields)', async () => {
    const portal = client();
    await portal.syncDossier(ours(9102));
    const updated = decodeWire(dossierCodec, { ...dossierWire(9102, '2') });
    const result = await portal.syncDossier(updated, { onExists: 'verify-own', sentBefore: () => true });
    expect(result.action).toBe('updated');
    // Without the marker the same record is not provably ours.
    await expect(portal.syncDossier(updated, { onExists: 'verify-own' })).rejects.toBeInstanceOf(DossierCodeTakenError);
  });

  it("'update' keeps the observed provincial behaviour (exists → overwrite)", async () => {
    const portal = client();
    await portal.syncDossier(foreign(9103));
    const result = await portal.syncDossier(ours(9103));
    expect(result.action).toBe('updated');
    expect(JSON.stringify(await portalRecord(ours(9103).code))).toContain('Nguyễn Văn An');
  });
});

describe('judgeExisting', () => {
  const wire = dossierWire(1, '1');
  it('compares only the identifying fields the portal returned', () => {
    expect(differingFields(wire, { MaHoSo: wire.MaHoSo })).toEqual([]);
    expect(differingFields(wire, { MaHoSo: wire.MaHoSo, ChuHoSo: 'nguyễn văn an ' })).toEqual([]);
    expect(differingFields(wire, { ChuHoSo: 'Lê Thị Bình', MaTTHC: wire.MaTTHC })).toEqual(['ChuHoSo']);
  });
  it('needs the marker under verify-own; update always updates', () => {
    expect(judgeExisting('update', { code: wire.MaHoSo, ours: wire, theirs: { ChuHoSo: 'X' }, sent: false })).toBe(
      'update',
    );
    expect(
      judgeExisting('verify-own', { code: wire.MaHoSo, ours: wire, theirs: { MaHoSo: wire.MaHoSo }, sent: true }),
    ).toBe('update');
    expect(
      judgeExisting('verify-own', { code: wire.MaHoSo, ours: wire, theirs: { MaHoSo: wire.MaHoSo }, sent: false }),
    ).toBeInstanceOf(DossierCodeTakenError);
  });
});
