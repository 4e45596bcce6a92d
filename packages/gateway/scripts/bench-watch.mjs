// Status watch under 10,000 open dossiers, simulated clock: look-ups per minute to the
// portal and the time from a change on the portal to the gateway recording it. The portal
// is simulated in process (a map of statuses, changes at random instants); the watch,
// its storage (SQLite in memory, or PostgreSQL with DVC_TEST_POSTGRES_URL) and its budget
// counter are the real ones. Minutes 30–40 the portal fails every look-up (back-off).
// Needs `pnpm build` first.
// Usage: node scripts/bench-watch.mjs [dossiers=10000] [requestsPerMinute=600] [minutes=60] [changes=300]
import { createPostgresStorage, createSqliteStorage, createStatusWatch } from '../dist/index.js';

const dossiers = Number(process.argv[2] ?? 10_000);
const rpm = Number(process.argv[3] ?? 600);
const minutes = Number(process.argv[4] ?? 60);
const changeCount = Number(process.argv[5] ?? 300);
const MINUTE = 60_000;
const T0 = Date.parse('2026-12-03T08:00:00Z');

let seed = 20261203;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const storage = process.env.DVC_TEST_POSTGRES_URL
  ? await createPostgresStorage(process.env.DVC_TEST_POSTGRES_URL, { schema: `dvc_bench_${Date.now()}` })
  : await createSqliteStorage(':memory:');
const clock = { now: T0 };
const portal = new Map();
for (let i = 0; i < dossiers; i++) {
  const code = `000.01.20.H66-261203-${String(i).padStart(5, '0')}`;
  portal.set(code, 'processing');
  await storage.notifications.watch(code, 'processing', new Date(T0 - MINUTE));
}
const codes = [...portal.keys()];
const changes = new Map();
while (changes.size < changeCount) {
  const code = codes[Math.floor(random() * codes.length)];
  changes.set(code, T0 + Math.floor(random() * (minutes - 25) * MINUTE));
}
const outage = { from: T0 + 30 * MINUTE, to: T0 + 40 * MINUTE };
const perMinute = new Map();
const noticed = [];
const watch = createStatusWatch({
  storage,
  requestsPerMinute: rpm,
  minIntervalMs: MINUTE,
  slowMs: 2000,
  concurrency: 8,
  leaseMs: MINUTE,
  tickMs: 1000,
  now: () => clock.now,
  async lookup(code) {
    const minute = Math.floor((clock.now - T0) / MINUTE);
    perMinute.set(minute, (perMinute.get(minute) ?? 0) + 1);
    if (clock.now >= outage.from && clock.now < outage.to) throw new Error('portal unavailable');
    const changeAt = changes.get(code);
    return {
      code,
      status: changeAt !== undefined && clock.now >= changeAt ? 'supplement-requested' : portal.get(code),
      progressSteps: [],
    };
  },
  onChange(change) {
    const changedAt = changes.get(change.dossierCode);
    noticed.push({ changedAt, ms: change.at.getTime() - changedAt });
    return [];
  },
});

const started = performance.now();
for (let t = 0; t < minutes * 60; t++) {
  await watch.tick();
  clock.now += 1000;
}
const wallMs = performance.now() - started;
const rates = [...perMinute.entries()].sort((a, b) => a[0] - b[0]);
const normal = rates.filter(([m]) => m < 30 || m >= 45).map(([, n]) => n);
const during = rates.filter(([m]) => m >= 30 && m < 40).map(([, n]) => n);
const after = rates.filter(([m]) => m >= 40 && m < 45).map(([, n]) => n);
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const min = (ms) => (ms / MINUTE).toFixed(1);
console.log(
  `status watch: ${dossiers} open dossiers, budget ${rpm}/min, ${minutes} simulated minutes (${storage.kind}), ${Math.round(wallMs / 1000)} s wall`,
);
console.log(
  `requests/min to the portal: max ${Math.max(...rates.map(([, n]) => n))}, mean ${Math.round(normal.reduce((a, b) => a + b, 0) / normal.length)} (normal minutes), mean ${Math.round(during.reduce((a, b) => a + b, 0) / during.length)} during the 10-minute outage, mean ${Math.round(after.reduce((a, b) => a + b, 0) / Math.max(1, after.length))} in the 5 minutes after`,
);
console.log(`one full cycle at the budget: ${min((dossiers / rpm) * MINUTE)} min`);
const line = (label, xs) =>
  `${label}: ${xs.length} changes, p50 ${min(pct(xs, 50))} min, p95 ${min(pct(xs, 95))} min, max ${min(Math.max(...xs))} min`;
const clear = noticed.filter((n) => n.changedAt < outage.from - (dossiers / rpm) * MINUTE).map((n) => n.ms);
const hit = noticed.filter((n) => n.changedAt >= outage.from - (dossiers / rpm) * MINUTE).map((n) => n.ms);
console.log(`time to notice (${noticed.length}/${changes.size} changes recorded, each once):`);
console.log(`  ${line('portal healthy', clear)}`);
console.log(`  ${line('outage within one cycle', hit)}`);
const recorded = (await Promise.all([...changes.keys()].map((c) => storage.notifications.listStatusChanges(c)))).reduce(
  (n, l) => n + l.length,
  0,
);
console.log(`status changes in storage: ${recorded}`);
await storage.close();
