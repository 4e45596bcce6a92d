import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import type { SandboxRuntime } from '../server/runtime';
import { json, readJsonObject } from '../server/respond';
import { khoMessages } from './messages';

/** Paths of the result store (Kho) — its own URLs, outside the integration envelope. */
export const KHO_PATHS = { results: '/kho/GetKetQuaGiayTo', file: '/kho/GetGiayToByUrl' } as const;

/**
 * The Kho's error answers are not public; the sandbox answers a bad request with HTTP 400 and
 * a text body (sandbox behaviour, documented as such), which the client keeps in a `StoreError`.
 */
const badRequest = (code: (typeof khoMessages.codes)[number]) => {
  const { vi, en } = khoMessages.localize(code);
  return new Response(`${vi} / ${en}`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
};

/**
 * Mounts the result store (Kho quản lý dữ liệu điện tử) on its own paths, in the observed
 * shapes (kho-* corpus files): GetKetQuaGiayTo answers `{ errorCode, message, signature,
 * result: { DanhSachGiayToKetQua } }`; GetGiayToByUrl `{ CoQuanChuQuan, DuongDan }` answers a bare
 * JSON string of base64 bytes, `""` when the store has no such file. No session, no auth (as TH).
 */
export function mountKhoRoutes(app: Hono, rt: SandboxRuntime): void {
  app.post(KHO_PATHS.results, async (c) => {
    const body = await readJsonObject(c.req.raw);
    if (!body) return badRequest('body.not-object');
    const owner = body.SoDinhDanhChuSoHuu;
    if (typeof owner !== 'string' || owner === '') return badRequest('owner.required');
    const filter = Array.isArray(body.DanhSachDanhMucKetQua) ? body.DanhSachDanhMucKetQua : [];
    // Lenient like the observed readers: entries without a MaKetQua filter nothing.
    const wanted = filter.flatMap((f) => {
      if (f === null || typeof f !== 'object') return [];
      const entry = f as Record<string, unknown>;
      const code = entry.MaKetQua;
      if (typeof code !== 'string' || code === '') return [];
      return [
        { code, number: typeof entry.SoKyHieu === 'string' && entry.SoKyHieu !== '' ? entry.SoKyHieu : undefined },
      ];
    });
    const rows = rt.db
      .prepare('SELECT result_code, number, wire FROM digitized_results WHERE owner_id = ? ORDER BY number')
      .all(owner) as { result_code: string; number: string; wire: string }[];
    const matched = rows.filter(
      (r) =>
        wanted.length === 0 ||
        wanted.some((w) => w.code === r.result_code && (w.number === undefined || w.number === r.number)),
    );
    const result = { DanhSachGiayToKetQua: matched.map((r) => JSON.parse(r.wire) as unknown) };
    // The signature algorithm is not public: an opaque digest of the result stands in for it.
    const signature = createHash('sha256').update(JSON.stringify(result)).digest('base64');
    return json({ errorCode: '0', message: '', signature, result });
  });

  app.post(KHO_PATHS.file, async (c) => {
    const body = await readJsonObject(c.req.raw);
    if (!body) return badRequest('body.not-object');
    const { CoQuanChuQuan: agency, DuongDan: path } = body;
    if (typeof agency !== 'string' || typeof path !== 'string') return badRequest('file.required');
    const rows = rt.db.prepare('SELECT wire FROM digitized_results WHERE agency = ?').pluck().all(agency) as string[];
    const entry = rows
      .map(
        (w) =>
          JSON.parse(w) as {
            SoKyHieu: string;
            TenGiayTo: string;
            DanhSachTepDinhKem: { TenTep: string; DuongDan: string }[];
          },
      )
      .find((e) => e.DanhSachTepDinhKem.some((f) => f.DuongDan === path));
    if (!entry) return json('');
    const pdf = `%PDF-1.4\n% DVC Kit sandbox\n% ${entry.TenGiayTo} — ${entry.SoKyHieu}\n%%EOF\n`;
    return json(Buffer.from(pdf, 'utf8').toString('base64'));
  });
}
