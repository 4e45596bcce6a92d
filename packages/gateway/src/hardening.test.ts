import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { createPortalClient } from '@dvc-kit/client';
import { decodeWire, dossierCodec, formatWireDate, vietnamDateKey } from '@dvc-kit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNE_AGENCY, PROCEDURE, postDossier, startStack, submission, uploadPdf } from '../test/stack';
import type { TestStack } from '../test/stack';
import { STORAGE_KINDS } from '../test/storages';
import type { OpenedStorage } from '../test/storages';
import { createClientKeyer } from './http/client-key';
import { safeUrl, withSafeUrls } from './catalogue/safe-url';

/** Codes this gateway issues today: `{agency}-{yyMMdd}-{NNNN}` from 5001 (the default code space). */
const todayCode = (n: number) =>
  `${COMMUNE_AGENCY}-${formatWireDate(new Date()).slice(2, 8)}-${String(n).padStart(4, '0')}`;

describe.each(STORAGE_KINDS)('issue 11 on $name', (kind) => {
  let opened: OpenedStorage;
  let s: TestStack;
  let uploads: [string, string];
  beforeAll(async () => {
    opened = await kind.open();
    s = await startStack({ storageUrl: opened.url, limits: { lookupFailures: 10, submissionsPerClient: 1000 } });
    uploads = [await uploadPdf(s.url), await uploadPdf(s.url, 'cccd.pdf')];
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await opened?.dispose();
  });

  it('never overwrites a dossier another receiver filed under the same code: renumbers, keeps the receipt code as an alias', async () => {
    // The one-stop counter already filed today's 5001 and 5002 (someone else, processed further: status 4).
    const counter = createPortalClient({
      baseUrl: s.sandbox.url,
      agencyCode: COMMUNE_AGENCY,
      credentials: { username: 'dvc-sandbox', password: 'dvc-sandbox' },
    });
    const foreignWire = (code: string) => ({
      MaHoSo: code,
      MaTTHC: PROCEDURE,
      TenTTHC: 'Khác',
      MaLinhVuc: 'HT',
      TenLinhVuc: 'Hộ tịch',
      KenhThucHien: '1',
      ChuHoSo: 'Lê Văn Bảy',
      SoGiayToChuHoSo: '066090009999',
      LoaiDoiTuong: '1',
      NgayTiepNhan: formatWireDate(new Date()),
      TrangThaiHoSo: '4',
    });
    for (const n of [5001, 5002]) await counter.syncDossier(decodeWire(dossierCodec, foreignWire(todayCode(n))));
    const portalRecord = async (code: string) =>
      (
        (await (await fetch(`${s.sandbox.adminUrl}/dossiers/${encodeURIComponent(code)}`)).json()) as {
          wire: Record<string, string>;
        }
      ).wire;
    const before = await portalRecord(todayCode(5001));

    const res = await postDossier(s.url, submission(uploads), `collide-${kind.name}`);
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as { code: string };
    expect(receipt.code).toBe(todayCode(5001));
    await s.gateway.gateway.worker?.idle();

    // The counter's dossier is untouched: same applicant, same status.
    expect(await portalRecord(todayCode(5001))).toEqual(before);
    expect((await portalRecord(todayCode(5002))).ChuHoSo).toBe('Lê Văn Bảy');
    // Ours went under the next free code of this gateway's range.
    const stored = await s.gateway.gateway.storage.getDossier(receipt.code);
    expect(stored?.portalCode).toBe(todayCode(5003));
    expect(await portalRecord(todayCode(5003))).toMatchObject({ ChuHoSo: 'Nguyễn Thị Hoa', TrangThaiHoSo: '1' });
    // Both codes find it.
    for (const code of [receipt.code, todayCode(5003)]) {
      const look = await fetch(`${s.url}/v1/dossiers/${encodeURIComponent(code)}?verify=5678`);
      expect(look.status).toBe(200);
    }
    // The next submission does not reuse the renumbered code.
    const next = (await (await postDossier(s.url, submission(uploads), `collide-next-${kind.name}`)).json()) as {
      code: string;
    };
    expect(next.code).toBe(todayCode(5004));
    await s.gateway.gateway.worker?.idle();
  }, 60_000);

  it('answers a NUL in a path parameter with 404, not 500', async () => {
    expect((await fetch(`${s.url}/v1/dossiers/${todayCode(5001)}%00?verify=5678`)).status).toBe(404);
    expect((await fetch(`${s.url}/files/upl_%00?dossier=x&sig=y`)).status).toBe(404);
  });

  it('refuses control, bidi-override and lone-surrogate characters (422) and keeps Ê Đê names, in NFC', async () => {
    const named = (fullName: string) =>
      submission(uploads, { applicant: { ...submission(uploads).applicant, fullName } });
    for (const [i, bad] of ['Hoa\u0000', 'Hoa\u202eaoH', 'Hoa\u0085', 'Hoa\u0007'].entries()) {
      const res = await postDossier(s.url, named(bad), `bad-text-${i}-${kind.name}`);
      expect(res.status).toBe(422);
      expect(((await res.json()) as { errors: { path: string; code: string }[] }).errors[0]).toMatchObject({
        path: 'applicant.fullName',
        code: 'request.invalid-text',
      });
    }
    const lone = JSON.stringify(named('Hoa')).replace('Nguyễn', 'Nguy\\ud800n');
    expect(
      (await postDossier(s.url, lone.replace('"fullName":"Hoa"', '"fullName":"Ho\\udc00a"'), `lone-${kind.name}`))
        .status,
    ).toBe(422);
    const decomposed = "H'Nhi Nie\u0302";
    const ok = await postDossier(s.url, named(decomposed), `ede-${kind.name}`);
    expect(ok.status).toBe(201);
    const { code } = (await ok.json()) as { code: string };
    const stored = await s.gateway.gateway.storage.getDossier(code);
    expect(JSON.stringify(stored?.payload)).toContain("H'Nhi Niê");
    await s.gateway.gateway.worker?.idle();
  });

  it('limits look-ups atomically: a burst of parallel guesses gets at most the allowance, then 429', async () => {
    const code = todayCode(5003);
    const statuses = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        fetch(`${s.url}/v1/dossiers/${encodeURIComponent(code)}?verify=${i === 90 ? '5678' : String(1000 + i)}`).then(
          (r) => r.status,
        ),
      ),
    );
    // At most the allowance of wrong guesses is answered; the right one (if it got through) gives its
    // reservation back, and so does every refusal, so one more guess may then be answered.
    expect(statuses.filter((st) => st === 404).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((st) => st === 200).length).toBeLessThanOrEqual(1);
    expect(statuses.filter((st) => st === 429).length).toBeGreaterThanOrEqual(109);
  }, 60_000);
});

describe('throttles and quotas (429/503 with Retry-After)', () => {
  let s: TestStack;
  let busy: TestStack;
  beforeAll(async () => {
    s = await startStack({ limits: { submissionsPerClient: 2, uploadBytesPerClient: 4000 } });
    busy = await startStack({ limits: { maxConcurrentUploads: 1 } });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await busy?.close();
  });

  it('throttles submissions per client', async () => {
    const statuses: Response[] = [];
    for (let i = 0; i < 3; i++) statuses.push(await postDossier(s.url, { bad: true }, `throttle-${i}-key`));
    expect(statuses.map((r) => r.status)).toEqual([400, 400, 429]);
    expect(Number(statuses[2]?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 429 past the per-client upload byte quota', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 5 && last?.status !== 429; i++) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(1500)]), 'x.pdf');
      last = await fetch(`${s.url}/v1/uploads`, { method: 'POST', body: form });
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await last?.json()) as { code: string }).code).toBe('upload.quota-exceeded');
  });

  it('answers 503 beyond the concurrent uploads of an instance', async () => {
    // A slow upload (chunked, no Content-Length) holds the only slot.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const boundary = 'dvcboundary';
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(
          new TextEncoder().encode(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\n`,
          ),
        );
        await held;
        controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
        controller.close();
      },
    });
    const slow = fetch(`${busy.url}/v1/uploads`, {
      method: 'POST',
      body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      duplex: 'half',
    } as RequestInit);
    await new Promise((r) => setTimeout(r, 300));
    const refused = await fetch(`${busy.url}/v1/uploads`, { method: 'POST', body: new FormData() });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    release();
    expect((await slow).status).toBe(201);
  });

  it('creates the data directory, the database and the blobs owner-only', () => {
    const dataDir = busy.gateway.dataDir;
    expect(statSync(`${dataDir}/gateway.db`).mode & 0o777).toBe(0o600);
    expect(statSync(`${dataDir}/file-secret`).mode & 0o777).toBe(0o600);
    expect(statSync(`${dataDir}/blobs`).mode & 0o077).toBe(0);
  });
});

describe('client keys and links', () => {
  it('keys clients by an HMAC with the deployment secret, not a bare hash', () => {
    const c = {
      env: { incoming: { socket: { remoteAddress: '203.0.113.5', remoteFamily: 'IPv4', remotePort: 5 } } },
    } as never;
    const a = createClientKeyer('secret-one-0123456789')(c);
    const b = createClientKeyer('secret-two-0123456789')(c);
    expect(a).not.toBe(b);
    expect(a).not.toBe(createHash('sha256').update('203.0.113.5').digest('hex').slice(0, 32));
  });

  it('passes only https: and http: template links', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
    expect(safeUrl('https://dichvucong.gov.vn/mau.docx')).toBe('https://dichvucong.gov.vn/mau.docx');
    const form = withSafeUrls({
      version: 1,
      title: { vi: 'x' },
      sections: [
        {
          id: 'documents',
          kind: 'documents',
          title: { vi: 'x' },
          fields: [
            { id: 'a', kind: 'file', label: { vi: 'a' }, templateUrl: 'javascript:alert(1)' },
            { id: 'b', kind: 'file', label: { vi: 'b' }, templateUrl: 'https://x.gov.vn/b.pdf' },
          ],
        },
      ],
    } as never);
    expect(JSON.stringify(form)).not.toContain('javascript:');
    expect(JSON.stringify(form)).toContain('https://x.gov.vn/b.pdf');
  });
});

void vietnamDateKey;
