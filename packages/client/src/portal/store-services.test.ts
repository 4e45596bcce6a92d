import { describe, expect, it } from 'vitest';
import { useSandbox } from '../../test/portal-sandbox';
import { StoreError } from '../errors/store-error';
import { startTestServer } from '../../test/test-server';
import { RequestValidationError } from '../errors/request-validation-error';

const env = useSandbox('2025-10-15T03:00:00Z');

/** The owner ID number of a returned seeded dossier that has results in the store. */
async function ownerWithResults(): Promise<string> {
  const { items } = await env.admin<{ items: { code: string; status: string }[] }>('/dossiers?origin=seed&limit=200');
  for (const item of items.filter((i) => i.status === '10')) {
    const record = await env.admin<{ wire: { SoGiayToChuHoSo: string; DanhSachGiayToKetQua?: unknown[] } }>(
      `/dossiers/${encodeURIComponent(item.code)}`,
    );
    if (record.wire.DanhSachGiayToKetQua?.length) return record.wire.SoGiayToChuHoSo;
  }
  throw new Error('no seeded dossier with a result');
}

const request = (ownerId: string) => ({
  ownerId,
  requesterName: 'Nguyễn Văn An',
  channel: 'online' as const,
  requesterId: ownerId,
  procedureCode: '1.001193',
  wanted: [],
});

describe('result store (Kho) on its own URL', () => {
  const kho = () => env.client({ store: { baseUrl: env.sandbox().khoUrl } });

  it('finds a citizen’s digitized results and fetches a file (base64 JSON string)', async () => {
    const client = kho();
    const answer = await client.findDigitizedResults(request(await ownerWithResults()));
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer).toMatchObject({ errorCode: '0', message: '', signature: expect.any(String) });
    const [first] = answer.results;
    expect(first?.name).toBeTruthy();
    const file = first?.files?.[0];
    expect(file?.path).toMatch(/^https:\/\//);
    const fetched = await client.getDigitizedFile({
      owningAgency: first?.owningAgency ?? '',
      path: file?.path ?? '',
      name: file?.name ?? '',
    });
    expect(fetched.name).toBe(file?.name);
    expect(new TextDecoder().decode(fetched.content.slice(0, 5))).toBe('%PDF-');
  });

  it('narrows by result code; an empty file answer is a StoreError keeping the body', async () => {
    const client = kho();
    const owner = await ownerWithResults();
    expect(
      (await client.findDigitizedResults({ ...request(owner), wanted: [{ resultCode: 'KQ.9.999999' }] })).results,
    ).toEqual([]);
    expect((await client.findDigitizedResults(request('066000000000'))).results).toEqual([]);
    const empty = await client
      .getDigitizedFile({ owningAgency: '000.01.20.H66', path: 'https://nowhere.invalid/x.pdf' })
      .catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(StoreError);
    expect((empty as StoreError).body).toBe('');
  });

  it('refuses bad requests locally; without `store` it names the missing option', async () => {
    const local = await kho()
      .findDigitizedResults({ ...request('066000000000'), channel: 'fax' as never })
      .catch((e: unknown) => e);
    expect(local).toBeInstanceOf(RequestValidationError);
    expect((local as RequestValidationError).issues[0]?.path).toContain('KenhThucHien');
    const unset = await env
      .client()
      .findDigitizedResults(request('066000000000'))
      .catch((e: unknown) => e);
    expect(unset).toBeInstanceOf(RequestValidationError);
    expect((unset as RequestValidationError).issues[0]?.path).toBe('store');
  });
});

describe('result store (Kho): every corpus answer shape over real HTTP', () => {
  it('sends the corpus request shape and decodes the corpus answers, keeping errorCode and signature', async () => {
    const answers: [number, string, string][] = [
      // kho-getketquagiayto example
      [
        200,
        'application/json',
        JSON.stringify({
          errorCode: '0',
          message: '',
          signature: 'c2lnbmF0dXJlLXZpLWR1',
          result: {
            DanhSachGiayToKetQua: [
              {
                MaKetQua: 'KQ.1.001193',
                TenGiayTo: 'Giấy khai sinh',
                SoKyHieu: '145/2019',
                CoQuanChuQuan: 'UBND xã Ea Bung',
                DanhSachTepDinhKem: [{ TenTep: 'giay-khai-sinh.pdf', DuongDan: 'kho/2019/066185001234/ks-145.pdf' }],
              },
            ],
          },
        }),
      ],
      // variant "empty", then an unknown errorCode passed on as received
      [
        200,
        'application/json',
        JSON.stringify({ errorCode: '0', message: '', signature: '', result: { DanhSachGiayToKetQua: [] } }),
      ],
      [200, 'application/json', JSON.stringify({ errorCode: 7, message: 'lỗi gì đó' })],
      // GetGiayToByUrl: a bare JSON string, also when sent as text
      [200, 'application/json', JSON.stringify('JVBERi0xLjQKJSBnaWF5IGtoYWkgc2luaCBiYW4gc2FvICh2aSBkdSkK')],
      [200, 'text/plain', JSON.stringify('JVBERi0xLjQK')],
      [200, 'application/json', JSON.stringify({ error: 'không rõ' })],
      [500, 'text/plain', 'Lỗi máy chủ'],
    ];
    const server = await startTestServer((_req, res, n) => {
      const [status, type, body] = answers[n - 1] ?? [404, 'text/plain', ''];
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    });
    try {
      const client = env.client({
        store: { baseUrl: `${server.url}/kho-rieng`, headers: { 'x-kho': '1' } },
        retry: false,
        headers: { dstcode: 'H66' },
      });
      const owner = '066185001234';
      const found = await client.findDigitizedResults({
        ...request(owner),
        requesterName: "H'Nhi Niê",
        procedureCode: '2.000635',
        wanted: [{ resultCode: 'KQ.1.001193' }],
      });
      expect(found).toEqual({
        results: [
          {
            resultCode: 'KQ.1.001193',
            name: 'Giấy khai sinh',
            documentNumber: '145/2019',
            owningAgency: 'UBND xã Ea Bung',
            files: [{ name: 'giay-khai-sinh.pdf', path: 'kho/2019/066185001234/ks-145.pdf' }],
          },
        ],
        errorCode: '0',
        message: '',
        signature: 'c2lnbmF0dXJlLXZpLWR1',
      });
      const sent = server.seen[0];
      expect(sent?.url).toBe('/kho-rieng/GetKetQuaGiayTo');
      expect(sent?.headers['x-kho']).toBe('1');
      expect(sent?.headers.dstcode).toBeUndefined(); // the adapter's headers stay with the adapter
      expect(Object.keys(JSON.parse(sent?.body ?? '{}'))).toEqual([
        'SoDinhDanhChuSoHuu',
        'HoTenNguoiYeuCau',
        'KenhThucHien',
        'SoDinhDanhNguoiYeuCau',
        'MaThuTuc',
        'DanhSachDanhMucKetQua',
      ]);
      expect(JSON.parse(sent?.body ?? '{}')).toMatchObject({
        KenhThucHien: '2',
        DanhSachDanhMucKetQua: [{ MaKetQua: 'KQ.1.001193', SoKyHieu: '' }],
      });
      expect(await client.findDigitizedResults(request(owner))).toEqual({
        results: [],
        errorCode: '0',
        message: '',
        signature: '',
      });
      expect(await client.findDigitizedResults(request(owner))).toEqual({
        results: [],
        errorCode: '7',
        message: 'lỗi gì đó',
      });

      const file = await client.getDigitizedFile({
        owningAgency: 'UBND xã Ea Bung',
        path: 'kho/2019/066185001234/ks-145.pdf',
        name: 'giay-khai-sinh.pdf',
      });
      expect(new TextDecoder().decode(file.content).startsWith('%PDF-1.4')).toBe(true);
      expect(file.name).toBe('giay-khai-sinh.pdf');
      expect(JSON.parse(server.seen[3]?.body ?? '{}')).toEqual({
        CoQuanChuQuan: 'UBND xã Ea Bung',
        DuongDan: 'kho/2019/066185001234/ks-145.pdf',
      }); // TenTep is not sent
      expect(new TextDecoder().decode((await client.getDigitizedFile({ owningAgency: 'x', path: 'y' })).content)).toBe(
        '%PDF-1.4\n',
      );
      const other = await client.getDigitizedFile({ owningAgency: 'x', path: 'y' }).catch((e: unknown) => e);
      expect(other).toBeInstanceOf(StoreError);
      expect((other as StoreError).body).toEqual({ error: 'không rõ' });
      const failed = await client.getDigitizedFile({ owningAgency: 'x', path: 'y' }).catch((e: unknown) => e);
      expect(failed).toMatchObject({ code: 'client.store', status: 500, body: 'Lỗi máy chủ' });
      expect((failed as StoreError).messages.vi).toContain('Kho');
    } finally {
      await server.close();
    }
  });
});
