import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { PROVINCE_AGENCY_CODE, communeAgencyCode, startSandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { runCli, tempDir } from './run-cli';

// Every test talks real HTTP to an in-memory sandbox on 127.0.0.1 (port 0).
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let env: Record<string, string>;
let dir: string;
let removeDir: () => Promise<void>;
let seeded: { code: string; wire: Record<string, string> };

const COMMUNE = communeAgencyCode(1);

beforeAll(async () => {
  sandbox = await startSandbox({ memory: true, port: 0, clock: '2025-10-01T08:00:00+07:00' });
  env = {
    DVC_PORTAL_URL: sandbox.url,
    DVC_USERNAME: 'dvc-sandbox',
    DVC_PASSWORD: 'dvc-sandbox',
    DVC_AGENCY: PROVINCE_AGENCY_CODE,
  };
  ({ dir, remove: removeDir } = await tempDir());
  const list = (await (await fetch(`${sandbox.adminUrl}/dossiers?limit=1`)).json()) as { items: { code: string }[] };
  const code = (list.items[0] as { code: string }).code;
  const full = (await (await fetch(`${sandbox.adminUrl}/dossiers/${encodeURIComponent(code)}`)).json()) as {
    wire: Record<string, string>;
  };
  seeded = { code, wire: full.wire };
});
afterAll(async () => {
  await sandbox?.close();
  await removeDir?.();
});

const syncedCount = async () =>
  ((await (await fetch(`${sandbox.adminUrl}/dossiers/count?origin=sync`)).json()) as { count: number }).count;
const code = (n: number) => `000.00.00.H66-251001-${String(n).padStart(6, '0')}`;

describe('help and usage', () => {
  it('prints the version and help of every command', async () => {
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    const main = await runCli(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('Cách dùng: dvc <lệnh>');
    expect(main.stdout).toContain('DVC_PORTAL_URL');
    for (const command of ['lookup', 'sync', 'report']) {
      const vi = await runCli([command, '--help']);
      expect(vi.code).toBe(0);
      expect(vi.stdout).toContain(`Cách dùng: dvc ${command}`);
      const en = await runCli([command, '--help', '--lang', 'en']);
      expect(en.stdout).toContain(`Usage: dvc ${command}`);
    }
    expect((await runCli(['--help'], { env: { LANG: 'en_US.UTF-8' } })).stdout).toContain('Usage: dvc <command>');
  });

  it('exits 2 on a bad flag, an unknown command, a bad value or missing settings', async () => {
    const badFlag = await runCli(['lookup', 'X', '--bogus'], { env });
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toBe('dvc: Không có tham số --bogus. Chạy "dvc --help" hoặc "dvc <lệnh> --help".\n');
    expect((await runCli(['sync', 'a.csv', '--format'], { env })).code).toBe(2);
    expect((await runCli(['frobnicate'], { env })).stderr).toContain('Lệnh không hợp lệ: "frobnicate"');
    expect((await runCli(['frobnicate'], { env })).code).toBe(2);
    expect((await runCli([], { env })).code).toBe(2);
    expect(await runCli(['lookup'], { env })).toMatchObject({
      code: 2,
      stderr: 'dvc: Thiếu mã hồ sơ. Chạy "dvc lookup --help".\n',
    });
    expect((await runCli(['sync', '--lang', 'en'], { env })).stderr).toBe(
      'dvc: Missing the input file. Run "dvc sync --help".\n',
    );
    expect((await runCli(['lookup', 'a', 'b'], { env })).code).toBe(2);
    expect((await runCli(['report', 'digitization', '--format', 'xml'], { env })).code).toBe(2);
    expect((await runCli(['report', 'bogus'], { env })).code).toBe(2);
    expect((await runCli(['sync', 'x.csv', '--concurrency', '0'], { env })).code).toBe(2);
    expect((await runCli(['--lang', 'fr', 'lookup', 'x'], { env })).code).toBe(2);
    const noConfig = await runCli(['lookup', 'X', '--lang', 'en'], { env: {} });
    expect(noConfig).toMatchObject({
      code: 2,
      stderr: 'dvc: Missing the portal URL: use --portal-url or the DVC_PORTAL_URL environment variable.\n',
    });
    expect((await runCli(['lookup', 'X'], { env: { ...env, DVC_PORTAL_URL: 'ftp://x' } })).code).toBe(2);
  });
});

describe('dvc lookup', () => {
  it('shows a dossier with the citizen id and phone masked', async () => {
    const run = await runCli(['lookup', seeded.code], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(seeded.code);
    expect(run.stdout).toContain('Trạng thái');
    expect(run.stdout).not.toContain(seeded.wire.SoGiayToChuHoSo);
    expect(run.stdout).toContain(`********${seeded.wire.SoGiayToChuHoSo?.slice(-4)}`);
    if (seeded.wire.SoDienThoai) expect(run.stdout).not.toContain(seeded.wire.SoDienThoai);
    expect(run.stderr).toContain('--show-personal-data');
  });

  it('shows personal data only when asked, and prints JSON', async () => {
    const run = await runCli(['lookup', seeded.code, '--show-personal-data', '--lang', 'en'], { env });
    expect(run.stdout).toContain(seeded.wire.SoGiayToChuHoSo);
    expect(run.stdout).toContain('Status');
    const json = await runCli(['lookup', seeded.code, '--json'], { env });
    const parsed = JSON.parse(json.stdout) as { code: string; ownerDocumentNumber: string };
    expect(parsed.code).toBe(seeded.code);
    expect(parsed.ownerDocumentNumber).toMatch(/^\*+\d{4}$/);
  });

  it('exits 1 for an unknown dossier', async () => {
    const run = await runCli(['lookup', '000.00.00.H66-251231-999999'], { env });
    expect(run).toMatchObject({ code: 1, stderr: 'dvc: Không tìm thấy hồ sơ 000.00.00.H66-251231-999999.\n' });
  });

  it('exits 4 on a wrong password, flags winning over the environment', async () => {
    const run = await runCli(['lookup', seeded.code, '--password', 'sai-mat-khau'], { env });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('Không đăng nhập được');
    expect(run.stderr).not.toContain('sai-mat-khau');
    expect((await runCli(['sync', join(dir, 'none.csv')], { env: { ...env, DVC_PASSWORD: 'x' } })).code).toBe(3);
  });
});

const CSV_HEADER =
  '\uFEFFMã hồ sơ;MaTTHC;Tên thủ tục;ChuHoSo;SoGiayToChuHoSo;SoDienThoai;NgayTiepNhan;NgayHenTra;Trạng thái;KenhThucHien;Cột lạ';
const csvRow = (n: number, overrides: Partial<Record<'received' | 'status' | 'name', string>> = {}) =>
  [
    code(n),
    '1.001193',
    'Đăng ký khai sinh',
    overrides.name ?? 'Nguyễn Văn An',
    '066090001234',
    '0912345678',
    overrides.received ?? '01/10/2025 08:30',
    '20251006170000',
    overrides.status ?? 'Đang xử lý',
    'Trực tuyến',
    'x',
  ].join(';');

describe('dvc sync', () => {
  it('syncs the good rows of a CSV, reports each bad row with its line and writes a re-runnable report', async () => {
    const file = join(dir, 'export.csv');
    const lines = [
      CSV_HEADER,
      csvRow(1),
      csvRow(2, { name: '"Trần Thị\r\nBình"' }), // quoted field with an embedded newline: lines 3–4
      csvRow(3, { received: '31/02/2025 08:00' }), // line 5: impossible date
      csvRow(4, { status: 'Đang bay' }), // line 6: unknown status
      `${code(5)};1.001193`, // line 7: too few columns
      csvRow(6, { status: '10', received: '20251001090000' }),
    ];
    await writeFile(file, `${lines.join('\r\n')}\r\n`);
    const before = await syncedCount();
    const run = await runCli(['sync', 'export.csv', '--report', 'failed.ndjson'], { env, cwd: dir });
    expect(run.code).toBe(5);
    expect(await syncedCount()).toBe(before + 3);
    expect(run.stdout).toMatch(/Đồng bộ mới\s+3/);
    expect(run.stdout).toMatch(/Dòng không hợp lệ \(không gửi\)\s+3/);
    expect(run.stdout).toContain('dòng 5');
    expect(run.stdout).toContain('Cột NgayTiepNhan: "31/02/2025 08:00" không phải ngày giờ');
    expect(run.stdout).toContain('dòng 6');
    expect(run.stdout).toContain('dòng 7');
    expect(run.stdout).toContain('Có 2 cột, tiêu đề có 11 cột.');
    expect(run.stderr).toContain('Bỏ qua các cột không dùng: Cột lạ');
    expect(run.stderr).toContain('Đã xử lý 6/6 (100%)');
    // Personal data never reaches the output.
    expect(run.stdout + run.stderr).not.toMatch(/066090001234|0912345678|Nguyễn Văn An/);

    const report = (await readFile(join(dir, 'failed.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; error: { code: string }; dossier: Record<string, string> });
    expect(report.map((r) => r.line)).toEqual([5, 6, 7]);
    expect(report[0]?.dossier.MaHoSo).toBe(code(3));

    // The dossier with the embedded newline kept it; names and fields came from LayThuTuc.
    const stored = (await (await fetch(`${sandbox.adminUrl}/dossiers/${encodeURIComponent(code(2))}`)).json()) as {
      wire: Record<string, string>;
    };
    expect(stored.wire.ChuHoSo).toBe('Trần Thị\r\nBình');
    expect(stored.wire.MaLinhVuc).toBeTruthy();
    expect(stored.wire.NgayTiepNhan).toBe('20251001083000');

    // The report file is valid input: fixing nothing, it fails the same way (exit 5).
    const rerun = await runCli(['sync', 'failed.ndjson', '--lang', 'en', '--no-progress'], { env, cwd: dir });
    expect(rerun.code).toBe(5);
    expect(rerun.stdout).toMatch(/Invalid rows \(not sent\)\s+3/);

    // Sending the file again updates instead of inserting.
    const again = await runCli(['sync', 'export.csv', '--lang', 'en'], { env, cwd: dir });
    expect(again.stdout).toMatch(/Updated\s+3/);
    expect(await syncedCount()).toBe(before + 3);
  });

  it('syncs NDJSON in wire and model shape and reports a bad line', async () => {
    const wire = {
      MaHoSo: code(20),
      MaTTHC: '1.001193',
      TenTTHC: 'Đăng ký khai sinh',
      MaLinhVuc: 'HT',
      TenLinhVuc: 'Hộ tịch',
      SoGiayToChuHoSo: '066090001234',
      LoaiDoiTuong: '1',
      NgayTiepNhan: '20251001080000',
      TrangThaiHoSo: '2',
    };
    const model = {
      code: code(21),
      procedureCode: '1.001193',
      procedureName: 'Đăng ký khai sinh',
      fieldCode: 'HT',
      fieldName: 'Hộ tịch',
      ownerDocumentNumber: '066090001234',
      applicantKind: 'citizen',
      receivedAt: '2025-10-01T01:00:00.000Z',
      status: 'processing',
    };
    await writeFile(
      join(dir, 'items.ndjson'),
      [JSON.stringify(wire), '', JSON.stringify(model), '{oops', '[1]'].join('\n'),
    );
    const run = await runCli(['sync', 'items.ndjson', '--lang', 'en'], { env, cwd: dir });
    expect(run.code).toBe(5);
    expect(run.stdout).toMatch(/Synced \(new\)\s+2/);
    expect(run.stdout).toContain('line 4');
    expect(run.stdout).toContain('The line is not valid JSON.');
    expect(run.stdout).toContain('The line is not a dossier object.');
    const stored = (await (await fetch(`${sandbox.adminUrl}/dossiers/${encodeURIComponent(code(21))}`)).json()) as {
      wire: Record<string, string>;
    };
    expect(stored.wire).toMatchObject({ NgayTiepNhan: '20251001080000', TrangThaiHoSo: '4' });
    await writeFile(join(dir, 'good.jsonl'), `${JSON.stringify({ ...wire, TrangThaiHoSo: '4' })}\n`);
    expect((await runCli(['sync', 'good.jsonl'], { env, cwd: dir })).code).toBe(0);
  });

  it('draws a redrawn single line on a terminal', async () => {
    await writeFile(join(dir, 'tty.csv'), [CSV_HEADER, csvRow(30), csvRow(31)].join('\n'));
    const run = await runCli(['sync', 'tty.csv'], { env, cwd: dir, tty: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/\r\[█+░*\] Đã xử lý \d\/2/);
    expect(run.stderr).toContain('/giây');
  });

  it('exits 3 for a missing file, an unknown format or a CSV without required columns', async () => {
    const missing = await runCli(['sync', 'nope.csv'], { env, cwd: dir });
    expect(missing).toMatchObject({ code: 3, stderr: 'dvc: Không tìm thấy tệp: nope.csv\n' });
    await writeFile(join(dir, 'data.xlsx'), 'x');
    expect((await runCli(['sync', 'data.xlsx'], { env, cwd: dir })).code).toBe(3);
    await writeFile(join(dir, 'nocols.csv'), 'MaHoSo,Foo\n1,2\n');
    const nocols = await runCli(['sync', 'nocols.csv', '--lang', 'en'], { env, cwd: dir });
    expect(nocols).toMatchObject({
      code: 3,
      stderr: 'dvc: The CSV file lacks required columns: MaTTHC, SoGiayToChuHoSo, NgayTiepNhan, TrangThaiHoSo.\n',
    });
    expect(
      (await runCli(['sync', 'nocols.csv', '--report', join(dir, 'no', 'such', 'dir.ndjson')], { env, cwd: dir })).code,
    ).toBe(3);
  });

  it('exits 4 when the password is wrong', async () => {
    await writeFile(join(dir, 'one.csv'), [CSV_HEADER, csvRow(40)].join('\n'));
    const run = await runCli(['sync', 'one.csv'], { env: { ...env, DVC_PASSWORD: 'wrong' }, cwd: dir });
    expect(run.code).toBe(4);
  });
});

describe('dvc report digitization', () => {
  const args = ['report', 'digitization', '--agency', COMMUNE];
  it('prints a table', async () => {
    const run = await runCli(args, { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Mã cơ quan');
    expect(run.stdout).toContain(COMMUNE);
    const history = await runCli([...args, '--history', '--lang', 'en'], { env });
    expect(history.stdout).toContain('Week');
  });
  it('prints CSV', async () => {
    const run = await runCli([...args, '--format', 'csv'], { env });
    const [header, row] = run.stdout.split('\r\n');
    expect(header).toBe(
      'agencyCode,name,progress,onlineService,onlinePayment,satisfaction,digitization,total,rank,overallRank,of,received,digitizedParts,reusedParts,solved,resultsDigitized',
    );
    expect(row?.startsWith(`${COMMUNE},`)).toBe(true);
  });
  it('prints JSON, for one commune or the whole province', async () => {
    const one = JSON.parse((await runCli([...args, '--format', 'json', '--history'], { env })).stdout) as {
      agencyCode: string;
      of: number;
      history: unknown[];
    }[];
    expect(one[0]).toMatchObject({ agencyCode: COMMUNE, of: 102 });
    expect(one[0]?.history.length).toBeGreaterThan(10);
    const all = JSON.parse((await runCli(['report', 'digitization', '--format', 'json'], { env })).stdout) as {
      rank: number;
    }[];
    expect(all).toHaveLength(102);
    expect(all[0]?.rank).toBe(1);
  });
  it('exits 4 for an agency the portal does not know', async () => {
    const run = await runCli(['report', 'digitization', '--agency', '999.99.99.H00'], { env });
    expect(run.code).toBe(4);
  });
});

// The built binary, when `pnpm build` has run (it resolves @dvc-kit/client and core from their dist).
const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const built = existsSync(BIN) && existsSync(fileURLToPath(new URL('../../client/dist/index.js', import.meta.url)));
describe.skipIf(!built)('the built dist/bin.js', () => {
  const run = async (args: string[], extra: Record<string, string> = {}) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
        env: { PATH: process.env.PATH ?? '', ...env, ...extra },
        cwd: dir,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  it('runs as a process: version, lookup, sync with plain progress lines, exit codes', async () => {
    expect((await run(['--version'])).stdout).toBe(`${version}\n`);
    const lookup = await run(['lookup', seeded.code, '--lang', 'en']);
    expect(lookup.code).toBe(0);
    expect(lookup.stdout).toContain(seeded.code);
    await writeFile(join(dir, 'bin.csv'), [CSV_HEADER, csvRow(50), csvRow(51, { status: '??' })].join('\n'));
    const sync = await run(['sync', 'bin.csv'], { LANG: 'en_US.UTF-8' });
    expect(sync.code).toBe(5);
    expect(sync.stderr).toContain('Processed 2/2 (100%)');
    expect(sync.stdout).toContain('line 3');
    expect((await run(['lookup', 'x', '--nope'])).code).toBe(2);
  });
});
