#!/usr/bin/env node
// Reads a provincial export (CSV in the portal's own column names: MaHoSo, MaTTHC, NgayTiepNhan…)
// and syncs every dossier to the portal with `syncDossiers` — each exactly once, never stopping
// at the first error — with a progress line and a summary table.
//
//   node examples/node-sync/sync.mjs --portal http://127.0.0.1:8790 data/sample.csv
//
// Options: --portal <url> (PORTAL_BASE_URL), --agency <mã đơn vị> (PORTAL_AGENCY_CODE, default
// UBND xã Ea Bung in the sandbox), --username/--password (PORTAL_USERNAME/PORTAL_PASSWORD,
// default the sandbox's), --concurrency <n>. Exit code 1 when any row failed.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createPortalClient } from '@dvc-kit/client';
import { decodeWire, dossierCodec } from '@dvc-kit/core';
import { readCsv } from './csv.mjs';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    portal: { type: 'string', default: process.env.PORTAL_BASE_URL ?? 'http://127.0.0.1:8790' },
    agency: { type: 'string', default: process.env.PORTAL_AGENCY_CODE ?? '000.50.20.H66' },
    username: { type: 'string', default: process.env.PORTAL_USERNAME ?? 'dvc-sandbox' },
    password: { type: 'string', default: process.env.PORTAL_PASSWORD ?? 'dvc-sandbox' },
    concurrency: { type: 'string', default: '4' },
  },
});
const file = positionals[0] ?? new URL('./data/sample.csv', import.meta.url).pathname;

// 1. Read and check every row before sending anything: a bad row is reported, never sent half-right.
const dossiers = [];
const invalid = [];
for (const { line, values } of readCsv(readFileSync(file, 'utf8'))) {
  const wire = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
  try {
    dossiers.push(decodeWire(dossierCodec, wire));
  } catch (error) {
    const issues = error.issues?.map((i) => `${i.path}: ${i.messages.vi}`).join('; ') ?? error.message;
    invalid.push({ line, code: values.MaHoSo ?? '', reason: issues });
  }
}

// 2. Sync.
const client = createPortalClient({
  baseUrl: opts.portal,
  agencyCode: opts.agency,
  credentials: { username: opts.username, password: opts.password },
});
const total = dossiers.length;
const started = Date.now();
const tty = process.stdout.isTTY;
const report = await client.syncDossiers(dossiers, {
  concurrency: Number(opts.concurrency),
  onProgress({ done, synced, failed }) {
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const bar = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} — ${synced} đã đồng bộ, ${failed} lỗi`;
    if (tty) process.stdout.write(`\r${bar}`);
    else if (done === total || done % 10 === 0) console.log(bar);
  },
});
if (tty) process.stdout.write('\n');

// 3. Summary.
const count = (action) => report.items.filter((i) => i.status === 'synced' && i.action === action).length;
const rows = [
  ['Dòng trong tệp / rows read', total + invalid.length],
  ['Không hợp lệ, không gửi / invalid, not sent', invalid.length],
  ['Thêm mới / inserted', count('inserted')],
  ['Cập nhật / updated', count('updated')],
  ['Đã đối soát / reconciled', report.items.filter((i) => i.status === 'synced' && i.reconciled).length],
  ['Lỗi / failed', report.failed],
  ['Thời gian / time', `${((Date.now() - started) / 1000).toFixed(1)} s`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`\nĐồng bộ ${file} → ${opts.portal} (${opts.agency})`);
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${String(v).padStart(6)}`);
// Failures grouped by reason, a few codes each, so a dead connection is one line and not fifty.
const groups = new Map();
for (const row of invalid) groups.set(`dòng ${row.line}: ${row.reason}`, [row.code]);
for (const item of report.items) {
  if (item.status !== 'failed') continue;
  const key = `${item.reason.vi} (${item.errorCode})`;
  groups.set(key, [...(groups.get(key) ?? []), item.code]);
}
for (const [reason, codes] of groups) {
  const shown = codes.slice(0, 3).join(', ') + (codes.length > 3 ? ` … (+${codes.length - 3})` : '');
  console.log(`  ✗ ${reason} — ${shown}`);
}
process.exitCode = invalid.length || report.failed ? 1 : 0;
