// What the status look-up limit lets a guesser have (defaults: 10 failed look-ups per 15 min,
// counted over a sliding window). Drives a real gateway (SQLite, in-process `app.request`) with a
// clock this script sets, so two simulated hours take seconds. Needs `pnpm build` first.
// Scenarios (one client, every look-up a wrong guess at a well-formed code):
//   burst   — 10 guesses in the last 10 s of a window, then one every 2 s for a minute;
//   steady  — one guess every 20 s for 2 hours;
//   greedy  — one guess every second for 2 hours, starting a minute before a window boundary.
// Prints, per scenario: guesses answered, and the most answered in any 1 min and any 15 min.
// (With fixed windows, as before the sliding count: burst 20 in 70 s, greedy 10 in the first
// seconds after every boundary.)
// Usage: node scripts/bench-lookup-limit.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGateway } from '../dist/index.js';

const WINDOW = 15 * 60_000;
const BOUNDARY = Date.UTC(2026, 11, 4, 1, 0, 0);
const CODE = '000.01.20.H66-261204-5001';

const scenarios = {
  burst: [
    ...Array.from({ length: 10 }, (_, i) => BOUNDARY - 10_000 + i * 1000),
    ...Array.from({ length: 30 }, (_, i) => BOUNDARY + i * 2000),
  ],
  steady: Array.from({ length: (2 * 3600) / 20 }, (_, i) => BOUNDARY + i * 20_000),
  greedy: Array.from({ length: 2 * 3600 }, (_, i) => BOUNDARY - 60_000 + i * 1000),
};

const mostIn = (times, span) =>
  Math.max(0, ...times.map((from) => times.filter((t) => t >= from && t < from + span).length));

for (const [name, tries] of Object.entries(scenarios)) {
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-bench-limit-'));
  let clock = 0;
  const gateway = await createGateway(
    { port: 0, dataDir, quiet: true, outbox: { enabled: false } },
    { now: () => clock },
  );
  const answered = [];
  const statuses = new Map();
  for (const t of tries) {
    clock = t;
    const res = await gateway.app.request(`/v1/dossiers/${encodeURIComponent(CODE)}?verify=1234`);
    await res.arrayBuffer();
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (res.status === 404) answered.push(t);
  }
  await gateway.close();
  rmSync(dataDir, { recursive: true, force: true });
  const byStatus = [...statuses].map(([s, n]) => `${n}×${s}`).join(' ');
  console.log(
    `${name.padEnd(7)} ${String(tries.length).padStart(5)} guesses → ${String(answered.length).padStart(3)} answered` +
      `   most in any 1 min: ${String(mostIn(answered, 60_000)).padStart(2)}   in any 15 min: ${String(mostIn(answered, WINDOW)).padStart(2)}` +
      (name === 'burst' ? `   after the boundary: ${answered.filter((t) => t >= BOUNDARY).length}` : '') +
      `   (${byStatus})`,
  );
}
