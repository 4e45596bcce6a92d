import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dossierReceiptSchema, toVietnamTime } from '@dvc-kit/core';
import Database from 'libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATING_QUESTION } from './ratings-summary';
import { COMMUNE_AGENCY, postDossier, startStack, submission, uploadPdf } from '../../test/stack';
import type { TestStack } from '../../test/stack';

let s: TestStack;
let sandboxDir: string;
beforeAll(async () => {
  sandboxDir = await mkdtemp(join(tmpdir(), 'dvc-sandbox-ratings-'));
  s = await startStack({}, {}, { dataDir: sandboxDir });
}, 30_000);
afterAll(async () => {
  await s.close();
  await rm(sandboxDir, { recursive: true, force: true });
});

/** The summaries the sandbox holds (its own SQLite file, read-only). */
function sandboxSummaries(): { procedure: string; wire: Record<string, string> }[] {
  const db = new Database(join(sandboxDir, 'sandbox.db'), { readonly: true });
  try {
    const rows = db
      .prepare('SELECT procedure_code AS procedure, wire FROM ratings WHERE agency = ? ORDER BY procedure_code')
      .all(COMMUNE_AGENCY) as { procedure: string; wire: string }[];
    return rows.map((r) => ({ procedure: r.procedure, wire: JSON.parse(r.wire) as Record<string, string> }));
  } finally {
    db.close();
  }
}

describe('monthly satisfaction sync (DongBoDanhGia)', () => {
  it('sends the agency’s month — one item per survey question, as the corpus shows — after ratings, replacing it as ratings come', async () => {
    const uploads: [string, string] = [await uploadPdf(s.url), await uploadPdf(s.url, 'cccd.pdf')];
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await postDossier(s.url, submission(uploads), `key-ratings-${i}`);
      codes.push(dossierReceiptSchema.parse(await res.json()).code);
    }
    const rate = (code: string, level: string) =>
      fetch(`${s.url}/v1/dossiers/${encodeURIComponent(code)}/rating`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ level, verify: '5678' }),
      });
    const { year, month } = toVietnamTime(new Date());
    const period = `${month}-${year}`;

    expect((await rate(codes[0]!, 'very-satisfied')).status).toBe(201);
    await s.gateway.gateway.worker?.idle();
    expect(
      sandboxSummaries().map((r) => [
        r.wire.NoiDung,
        r.wire.MaThuTuc,
        r.wire.TongSoNguoiDanhGia,
        r.wire.PhanTramDanhGiaRatHaiLong,
      ]),
    ).toEqual([
      [RATING_QUESTION, '', 1, '100%'], // TongSoNguoiDanhGia is a JSON number (dongbodanhgia.request.json)
    ]);

    expect((await rate(codes[1]!, 'very-satisfied')).status).toBe(201);
    expect((await rate(codes[2]!, 'not-satisfied')).status).toBe(201);
    await s.gateway.gateway.worker?.idle();
    const summaries = sandboxSummaries();
    expect(summaries).toHaveLength(1);
    // OpenCPS's shares: integer division, the rest for "chưa hài lòng"; the service trio repeats them flat.
    expect(summaries[0]!.wire).toEqual({
      NgayTongHop: period,
      TongSoNguoiDanhGia: 3,
      PhanTramDanhGiaRatHaiLong: '66%',
      PhanTramDanhGiaHaiLong: '0%',
      PhanTramDanhGiaChuaHaiLong: '34%',
      DanhSachNoiDungYKien: '',
      MaThuTuc: '',
      NoiDung: RATING_QUESTION,
      PhanTramDanhGiaDichVuRatHaiLong: '66%',
      PhanTramDanhGiaDichVuHaiLong: '0%',
      PhanTramDanhGiaDichVuChuaHaiLong: '34%',
      Madonvi: COMMUNE_AGENCY,
    });
    expect(await s.gateway.gateway.storage.countOutbox()).toMatchObject({ pending: 0, dead: 0 });
  });
});
