import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseScoreboardFile } from '@dvc-kit/core';
import { startSandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../test/run-cli';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, clock: '2025-10-01T08:00:00+07:00' });
  tmp = await tempDir();
}, 60_000);
afterAll(async () => {
  await sandbox?.close();
  await tmp?.remove();
});

describe('dvc scoreboard', () => {
  it('export asks the public page over HTTP and writes a file the gateway reads, with when it was taken', async () => {
    const before = Date.now();
    const run = await runCli(
      [
        'scoreboard',
        'export',
        '--url',
        sandbox.publicReportUrl,
        '--province',
        '66',
        '--year',
        '2025',
        '--out',
        'bang.json',
      ],
      { cwd: tmp.dir },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Đã ghi 102 dòng bảng chỉ số');
    const { file, rows, exportedAt } = parseScoreboardFile(await readFile(join(tmp.dir, 'bang.json'), 'utf8'));
    expect(rows).toHaveLength(102);
    expect(file).toMatchObject({
      source: sandbox.publicReportUrl,
      service: 'report_tinh_766_service',
      params: { p_tinh_id: '66', p_nam: 2025 },
    });
    expect(exportedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('import checks an answer saved from a browser and needs the time it was taken', async () => {
    await writeFile(
      join(tmp.dir, 'answer.json'),
      JSON.stringify({ data: [{ MA_COQUAN: '000.01.20.H66', TEN: 'X', MDSH: '17.5', TONG_SCORE: 70 }] }),
    );
    const missing = await runCli(['scoreboard', 'import', 'answer.json', '--out', 'f.json', '--lang', 'en'], {
      cwd: tmp.dir,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--exported-at');
    const ok = await runCli(
      [
        'scoreboard',
        'import',
        'answer.json',
        '--out',
        'f.json',
        '--exported-at',
        '2025-12-01T08:00:00+07:00',
        '--province',
        '66',
      ],
      { cwd: tmp.dir },
    );
    expect(ok.code).toBe(0);
    const { file, rows } = parseScoreboardFile(await readFile(join(tmp.dir, 'f.json'), 'utf8'));
    expect(file.exportedAt).toBe('2025-12-01T01:00:00.000Z');
    expect(rows[0]).toMatchObject({ agencyCode: '000.01.20.H66', digitization: 17.5 });
    expect(file.rows[0]).toEqual({ MA_COQUAN: '000.01.20.H66', TEN: 'X', MDSH: '17.5', TONG_SCORE: 70 }); // kept as received
    await writeFile(join(tmp.dir, 'waf.html'), '<html>Request blocked</html>');
    const bad = await runCli(
      ['scoreboard', 'import', 'waf.html', '--out', 'g.json', '--exported-at', '2025-12-01T08:00:00+07:00'],
      { cwd: tmp.dir },
    );
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('không phải câu trả lời của bảng chỉ số');
  });
});
