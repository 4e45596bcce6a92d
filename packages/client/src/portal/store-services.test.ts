import { describe, expect, it } from 'vitest';
import { useSandbox } from '../../test/portal-sandbox';
import { PortalError } from '../errors/portal-error';
import { RequestValidationError } from '../errors/request-validation-error';

const env = useSandbox('2025-10-15T03:00:00Z');

/** The owner ID number of a returned seeded dossier that has results in the store. */
async function ownerWithResults(): Promise<string> {
  const { items } = await env.admin<{ items: { code: string; status: string }[] }>('/dossiers?origin=seed&limit=200');
  for (const item of items.filter((i) => i.status === '10')) {
    const record = await env.admin<{ wire: { SoGiayToChuHoSo: string; DanhSachGiayToKetQua?: unknown[] } }>(`/dossiers/${encodeURIComponent(item.code)}`);
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

describe('result store (Kho)', () => {
  it('finds a citizen’s digitized results and fetches a file', async () => {
    const client = env.client();
    const results = await client.findDigitizedResults(request(await ownerWithResults()));
    expect(results.length).toBeGreaterThan(0);
    const [first] = results;
    expect(first?.name).toBeTruthy();
    const file = first?.files?.[0];
    expect(file?.path).toMatch(/^https:\/\//);
    const fetched = await client.getDigitizedFile({ owningAgency: first?.owningAgency ?? '', path: file?.path ?? '' });
    expect(fetched?.type).toBe('application/pdf');
    expect(fetched?.name).toBe(file?.name);
    expect(new TextDecoder().decode(fetched?.content.slice(0, 5))).toBe('%PDF-');
  });

  it('narrows by result code, and answers [] / undefined for what the store lacks', async () => {
    const client = env.client();
    const owner = await ownerWithResults();
    expect(await client.findDigitizedResults({ ...request(owner), wanted: [{ resultCode: 'KQ.9.999999' }] })).toEqual([]);
    expect(await client.findDigitizedResults(request('066000000000'))).toEqual([]);
    expect(await client.getDigitizedFile({ owningAgency: '000.01.20.H66', path: 'https://nowhere.invalid/x.pdf' })).toBeUndefined();
  });

  it('refuses bad requests: locally before sending, or with the portal’s typed error', async () => {
    const client = env.client();
    const local = await client.findDigitizedResults({ ...request('066000000000'), channel: 'fax' as never }).catch((e: unknown) => e);
    expect(local).toBeInstanceOf(RequestValidationError);
    expect((local as RequestValidationError).issues[0]?.path).toContain('KenhThucHien');
    const remote = await client.findDigitizedResults(request('12')).catch((e: unknown) => e);
    expect(remote).toBeInstanceOf(PortalError);
    expect((remote as PortalError).portalCode).toBe('2');
    expect((remote as PortalError).service).toBe('GetKetQuaGiayTo');
  });
});
