import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesOf, loadCorpus, wholeRequest } from '../../../scripts/lib/portal-contract';
import type { CorpusCase } from '../../../scripts/lib/portal-contract';
import { SANDBOX_EXTENSIONS } from '../src/index';
import type { SandboxProfile } from '../src/index';
import { COMMUNE, startHarness, type Harness } from './harness';

// The sandbox against every request of the portal contract corpus (../shared/portal-contract,
// or DVC_PORTAL_CONTRACT_DIR), in both profiles: it accepts every shape (2021 and minimal
// records, nulls, numbers where strings are usual, the GPLX adapter's envelope, the LGSP's bare
// arrays) and answers in the observed shapes. Only the integration API is checked here; the
// Kho, PayGov and SSO files belong to their own services.
const corpus = loadCorpus();
const INTEGRATION = new Set([
  'DongBoHoSoMC',
  'CapNhatTienDoHoSoMC',
  'DongBoTrangThaiHoSo',
  'DongBoDanhGia',
  'TraCuuHoSo',
  'LayThuTuc',
  'LayDanhSachTTHC',
  'LayDanhMucCoQuan',
  'LayDanhMucLinhVuc',
  'TraCuuTechID',
  '<any service>',
]);
const isLogin = (file: string) => file.startsWith('auth-login');
const insert = corpus.find((f) => f.file === 'dongbohosomc-insert.request.json')?.example as {
  data: Record<string, unknown>[];
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isZero = (code: unknown) =>
  typeof code === 'number' ? code === 0 : typeof code === 'string' && /^-?0+$/.test(code.trim());
/** Keys the observed profile must never send (the extensions' wire names). */
const EXTENSION_KEYS = new Set([
  'QuaTrinhXuLy',
  'reason',
  'message_en',
  'errors',
  'expires_in',
  'BIEUMAU',
  'MaCoQuanCha',
]);

/** Dossier codes a request names (MaHoSo anywhere). */
function codesIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => codesIn(v, out));
  else if (isObject(value))
    for (const [k, v] of Object.entries(value)) k === 'MaHoSo' || k === 'mahoso' ? out.add(String(v)) : codesIn(v, out);
  return out;
}

/** `value` with every dossier code given a per-run suffix (values change, shapes do not). */
function renamed(value: unknown, suffix: string): unknown {
  const json = JSON.stringify(value);
  let out = json;
  for (const code of codesIn(value)) out = out.split(`"${code}"`).join(`"${code.slice(0, 40)}-${suffix}"`);
  return JSON.parse(out);
}

for (const profile of ['observed', 'extended'] as const satisfies readonly SandboxProfile[]) {
  describe(`sandbox --profile ${profile}`, () => {
    let h: Harness;
    let n = 0;
    beforeAll(async () => {
      h = await startHarness({ profile });
    });
    afterAll(() => h?.sandbox.close());

    /** Makes sure a dossier exists for every code `request` names (but a DongBoHoSoMC insert). */
    const ensureDossiers = async (request: unknown) => {
      for (const code of codesIn(request)) {
        const found = await h.call('TraCuuHoSo', { mahoso: code });
        if ((found.body.result as unknown[]).length > 0) continue;
        const created = await h.call('DongBoHoSoMC', {
          isUpdating: 'False',
          data: [{ ...insert.data[0], MaHoSo: code }],
        });
        expect(isZero(created.body.error_code), JSON.stringify(created.body)).toBe(true);
      }
    };

    const expectObservedShape = (c: CorpusCase, body: Json) => {
      if (profile !== 'observed') return;
      for (const key of Object.keys(body)) expect(EXTENSION_KEYS.has(key), `${key} in an observed answer`).toBe(false);
      const list = body.result as unknown;
      if (Array.isArray(list))
        for (const item of list)
          if (isObject(item))
            for (const key of Object.keys(item))
              expect(EXTENSION_KEYS.has(key), `${key} in an observed record`).toBe(false);
      // Catalogue answers carry the observed item keys.
      const observed = isObject(c.response) ? (c.response.result as Json[] | undefined) : undefined;
      if (
        Array.isArray(list) &&
        list.length > 0 &&
        observed?.[0] &&
        ['LayDanhMucCoQuan', 'LayDanhMucLinhVuc', 'LayDanhSachTTHC', 'LayThuTuc'].includes(c.file.service)
      ) {
        for (const key of Object.keys(observed[0]))
          expect(list[0], `${c.file.service} item key ${key}`).toHaveProperty(key);
      }
    };

    for (const file of corpus.filter((f) => INTEGRATION.has(f.service) || isLogin(f.file))) {
      describe(file.file, () => {
        for (const c of casesOf(file).filter((x) => x.request !== undefined)) {
          it(`accepts ${c.name}`, async () => {
            if (isLogin(file.file)) {
              const answer = await h.post('/auth/login', {
                ...(c.request as Json),
                username: 'dvc-sandbox',
                password: 'dvc-sandbox',
              });
              expect(isZero(answer.body.error_code)).toBe(true);
              expect(answer.body.session).toBeTypeOf('string');
              if (profile === 'observed')
                expect(Object.keys(answer.body).sort()).toStrictEqual(['error_code', 'session']);
              return;
            }
            const request = renamed(wholeRequest(c), `${profile[0]}${++n}`);
            if (Array.isArray(request)) {
              // The provincial LGSP's bare array (Hà Giang puts isUpdating and the unit in the query).
              const answer = await h.post(`/lgsp/them-moi?isUpdating=False&MaDinhDanhDV=${COMMUNE}`, request);
              const records = request.filter((r) => isObject(r) && Object.keys(r).length > 3);
              if (records.length === 0) return expect(answer.body.error_code).toBeDefined();
              expect(isZero(answer.body.error_code), JSON.stringify(answer.body)).toBe(true);
              return;
            }
            const body = { ...(request as Json) };
            const service = String(body.service);
            if (service === 'DongBoHoSoMC' && body.isUpdating === 'True') await ensureDossiers(body);
            if (service === 'CapNhatTienDoHoSoMC' || service === 'DongBoTrangThaiHoSo') await ensureDossiers(body);
            if (
              service === 'DongBoHoSoMC' &&
              isObject((body.data as unknown[] | undefined)?.[0]) &&
              Object.keys((body.data as Json[])[0] as Json).length < 3
            ) {
              // The envelope file's skeleton record ({ MaHoSo } only) is about the envelope: send a whole record in it.
              body.data = [{ ...insert.data[0], MaHoSo: ((body.data as Json[])[0] as Json).MaHoSo }];
            }
            const unit = 'donViXuLy' in body && !('madonvi' in body) ? { donViXuLy: COMMUNE } : { madonvi: COMMUNE };
            const answer = await h.post('/integration', { ...body, session: h.session, ...unit });
            expect(
              isZero(answer.body.error_code),
              `${file.file} › ${c.name}: ${JSON.stringify(answer.body).slice(0, 400)}`,
            ).toBe(true);
            expectObservedShape(c, answer.body);
          });
        }
      });
    }

    it(profile === 'observed' ? 'turns every extension off' : 'keeps the documented extensions', async () => {
      const report = await h.call('BaoCaoSoHoa', { MaDonVi: COMMUNE });
      expect(isZero(report.body.error_code)).toBe(profile === 'extended');
      const missing = await h.call('TraCuuHoSo', { mahoso: 'khong-co-ho-so-nay' });
      expect(missing.body).toStrictEqual({ error_code: 0, result: [] });
      const code = `000.01.20.H66-251001-9${profile === 'observed' ? 1 : 2}01`;
      await h.call('DongBoHoSoMC', { isUpdating: 'False', data: [{ ...insert.data[0], MaHoSo: code }] });
      const again = await h.call('DongBoHoSoMC', { isUpdating: 'False', data: [{ ...insert.data[0], MaHoSo: code }] });
      expect(String(again.body.message)).toContain('đã tồn tại');
      expect('result' in again.body).toBe(profile === 'extended');
      const found = (await h.call('TraCuuHoSo', { mahoso: code })).body.result[0] as Json;
      expect('QuaTrinhXuLy' in found).toBe(profile === 'extended');
      expect(Object.keys(SANDBOX_EXTENSIONS).length).toBeGreaterThan(0);
    });
  });
}
