// Parses a generated provincial CSV export (default 100 MB) as a stream, through the
// same parser and column mapping `dvc sync` uses, and prints throughput and peak memory.
// Usage: node scripts/bench-csv.mjs [megabytes]   (needs the root esbuild; no build step)
import { build } from 'esbuild';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const megabytes = Number(process.argv[2] ?? 100);
const dir = await mkdtemp(join(tmpdir(), 'dvc-bench-'));
const entry = join(dir, 'entry.ts');
const { writeFile } = await import('node:fs/promises');
const src = (p) => fileURLToPath(new URL(`../src/${p}`, import.meta.url));
await writeFile(
  entry,
  `export { readCsvDossiers } from ${JSON.stringify(src('import/csv-dossiers.ts'))};\nexport { readTextChunks } from ${JSON.stringify(src('io/text-file.ts'))};\n`,
);
const root = fileURLToPath(new URL('../../../', import.meta.url));
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: join(dir, 'bench.mjs'),
  logLevel: 'error',
  alias: { '@dvc-kit/core': join(root, 'packages/core/src/index.ts') },
});
const { readCsvDossiers, readTextChunks } = await import(join(dir, 'bench.mjs'));

const file = join(dir, 'export.csv');
const out = createWriteStream(file);
out.write(
  '\uFEFFMã hồ sơ;MaTTHC;Tên thủ tục;MaLinhVuc;TenLinhVuc;ChuHoSo;SoGiayToChuHoSo;SoDienThoai;NgayTiepNhan;NgayHenTra;Trạng thái;KenhThucHien;TrichYeuHoSo\r\n',
);
let rows = 0;
for (let size = 0; size < megabytes * 1e6; rows++) {
  const n = String(rows).padStart(6, '0');
  const line = `000.01.20.H66-251001-${n};1.001193;Đăng ký khai sinh;HT;Hộ tịch;"Nguyễn Văn ""An"" ${n}";066090${n};0912${n};01/10/2025 08:30;20251006170000;Đang xử lý;Trực tuyến;"Trích yếu\r\nnhiều dòng ${n}"\r\n`;
  if (!out.write(line)) await new Promise((r) => out.once('drain', r));
  size += Buffer.byteLength(line);
}
await new Promise((r) => out.end(r));
const bytes = (await stat(file)).size;

let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const started = performance.now();
const source = await readCsvDossiers(readTextChunks(file));
let ok = 0;
let bad = 0;
for await (const entry of source.entries) entry.ok ? ok++ : bad++;
const seconds = (performance.now() - started) / 1000;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(`file: ${(bytes / 1e6).toFixed(1)} MB, ${rows} rows (${ok} valid, ${bad} invalid)`);
console.log(
  `parse + map + decode: ${seconds.toFixed(2)} s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s, ${Math.round(rows / seconds)} rows/s`,
);
console.log(`peak RSS: ${(peak / 1e6).toFixed(0)} MB`);
await rm(dir, { recursive: true, force: true });
