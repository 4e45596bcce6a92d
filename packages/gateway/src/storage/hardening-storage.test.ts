import { describe, expect, it } from 'vitest';
import { STORAGE_KINDS } from '../../test/storages';
import type { GatewayStorage } from './types';

const DAY = '2026-12-03';
const submit = (storage: GatewayStorage, key: string, uploadIds: string[] = []) =>
  storage.submitDossier({
    idempotencyKey: key,
    bodyHash: 'h',
    agency: 'A1',
    day: DAY,
    build: (seq) => ({ code: `A1-${seq}`, procedure: 'P', payload: {}, receipt: {}, uploadIds }),
  });
const upload = (storage: GatewayStorage, id: string, sha256: string, createdAt: Date) =>
  storage.saveUpload({ id, sha256, name: `${id}.pdf`, size: 3, type: 'application/pdf', createdAt, clientKey: 'c1' });

describe.each(STORAGE_KINDS)('$name storage (issue 11)', (kind) => {
  const withStorage = (fn: (s: { storage: GatewayStorage; peer: GatewayStorage }) => Promise<void>) => async () => {
    const opened = await kind.open();
    try {
      await fn(opened);
    } finally {
      await opened.dispose();
    }
  };

  it(
    'treats a NUL in a code or upload id as absent, not as a database error',
    withStorage(async ({ storage }) => {
      await expect(storage.getDossier('A1-\u00001')).resolves.toBeUndefined();
      await expect(storage.getUpload('upl_\u0000')).resolves.toBeUndefined();
    }),
  );

  it(
    'counts in one statement: parallel increments from two instances each see a distinct total',
    withStorage(async ({ storage, peer }) => {
      const windowStart = new Date('2026-12-03T00:00:00Z');
      const totals = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          (i % 2 ? storage : peer).recordLookupFailure({ clientKey: 'k', windowStart }),
        ),
      );
      expect(totals.sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      await storage.refundLookupFailure({ clientKey: 'k', windowStart });
      expect(await peer.countLookupFailures({ clientKey: 'k', windowStart })).toBe(59);
      const bytes = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? storage : peer).addToCounter({ scope: 'upload-bytes', clientKey: 'k', windowStart, amount: 1000 }),
        ),
      );
      expect(Math.max(...bytes)).toBe(20_000);
      expect(new Set(bytes).size).toBe(20);
    }),
  );

  it(
    'finds a renumbered dossier under its receipt code and its portal code',
    withStorage(async ({ storage, peer }) => {
      await submit(storage, 'k1');
      expect(await storage.updateDossier('A1-1', { portalCode: 'A1-7', portalSentAt: null })).toBe(true);
      const byPortal = await peer.getDossier('A1-7');
      expect(byPortal).toMatchObject({ code: 'A1-1', portalCode: 'A1-7' });
      expect((await peer.getDossier('A1-1'))?.portalCode).toBe('A1-7');
      const sentAt = new Date('2026-12-03T01:00:00Z');
      await storage.updateDossier('A1-1', { portalSentAt: sentAt });
      expect((await peer.getDossier('A1-7'))?.portalSentAt).toEqual(sentAt);
    }),
  );

  it(
    'look-ups read the same way for a hit and a miss: the dossier by either code, never the decoy',
    withStorage(async ({ storage, peer }) => {
      await expect(storage.lookUpDossier('A1-1')).resolves.toBeUndefined();
      await submit(storage, 'k1');
      await submit(storage, 'k2');
      await storage.updateDossier('A1-2', { portalCode: 'A1-0', portalSentAt: null });
      expect(await peer.lookUpDossier('A1-1')).toEqual(await storage.getDossier('A1-1'));
      expect(await peer.lookUpDossier('A1-2')).toMatchObject({ code: 'A1-2', portalCode: 'A1-0' });
      // A1-0 is the smallest code there is (the decoy a miss reads) and A1-2's portal code at once.
      expect(await peer.lookUpDossier('A1-0')).toMatchObject({ code: 'A1-2' });
      for (const miss of ['A1-3', 'A1-', '', 'A1-\u00001', "A1-1' or '1'='1"])
        await expect(peer.lookUpDossier(miss)).resolves.toBeUndefined();
    }),
  );

  it(
    'renumbers once however many instances race, and marks a code sent once',
    withStorage(async ({ storage, peer }) => {
      await submit(storage, 'k1');
      const format = (seq: number) => `A1-${seq}`;
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          (i % 2 ? storage : peer).renumberDossier('A1-1', { from: 'A1-1', day: DAY, format }),
        ),
      );
      expect(new Set(results)).toEqual(new Set(['A1-2']));
      expect(await storage.nextSequence('A1', DAY)).toBe(3);
      const marks = await Promise.all(
        Array.from({ length: 6 }, (_, i) => (i % 2 ? storage : peer).markDossierSent('A1-1', 'A1-2')),
      );
      expect(marks.filter(Boolean)).toHaveLength(1);
      expect(await storage.markDossierSent('A1-1', 'A1-1')).toBe(false);
      expect((await storage.getDossier('A1-2'))?.portalSentAt).toBeInstanceOf(Date);
    }),
  );

  it(
    'collects unreferenced uploads after the grace time, never a referenced one',
    withStorage(async ({ storage }) => {
      const old = new Date(Date.now() - 48 * 3600_000);
      await upload(storage, 'upl_kept', 'a'.repeat(64), old);
      await upload(storage, 'upl_old', 'b'.repeat(64), old);
      await upload(storage, 'upl_old_shared', 'c'.repeat(64), old);
      await upload(storage, 'upl_new_shared', 'c'.repeat(64), new Date());
      await submit(storage, 'k1', ['upl_kept']);
      const blobs = await storage.collectUploads(new Date(Date.now() - 24 * 3600_000));
      expect(blobs).toEqual(['b'.repeat(64)]);
      expect(await storage.getUpload('upl_kept')).toBeDefined();
      expect(await storage.getUpload('upl_old')).toBeUndefined();
      expect(await storage.getUpload('upl_new_shared')).toBeDefined();
      expect(await storage.listUploadHashes()).toEqual(['a'.repeat(64), 'c'.repeat(64)]);
      // A dossier naming a collected upload is refused whole: no dossier, no number used.
      await expect(submit(storage, 'k2', ['upl_old'])).rejects.toMatchObject({ code: 'storage.upload-gone' });
      expect(await storage.getDossier('A1-2')).toBeUndefined();
      expect((await submit(storage, 'k3')).dossier.code).toBe('A1-2');
    }),
  );
});
