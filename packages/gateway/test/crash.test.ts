// Crash test: dossiers stream in while the BUILT gateway is killed with SIGKILL at seeded
// random moments and restarted on the same data, the sandbox injecting 503s, resets and
// commit-then-drop faults. At the end every acknowledged receipt must be on the sandbox
// exactly once, and no Idempotency-Key may have been acknowledged with two codes.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '@dvc-kit/sandbox';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PROVINCE_AGENCY, submission, uploadPdf } from './stack';

const BIN = join(import.meta.dirname, '..', 'dist', 'bin.js');
const SUBMISSIONS = 40;
/** SIGKILLs at seeded points while submissions stream in (one more follows the last acknowledgement). */
const MAX_KILLS = 4;
const postgresUrl = process.env.DVC_TEST_POSTGRES_URL;

/** Deterministic PRNG (mulberry32) so a failing run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function runCrashTest(storageUrl: string | undefined, seed: number): Promise<void> {
  if (!existsSync(BIN))
    throw new Error(
      `Crash test needs the built gateway: run \`pnpm build\` in packages/gateway first (missing ${BIN}).`,
    );
  const random = prng(seed);
  const sandbox = await startSandbox({ port: 0 });
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-crash-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const configFile = join(dataDir, 'gateway.json');
  // Every submission comes from one loopback address: lift the per-client throttle (issue 11).
  writeFileSync(
    configFile,
    JSON.stringify({
      quiet: false,
      outbox: { pollMs: 50, leaseMs: 2000, retryBaseMs: 50, retryMaxMs: 800, concurrency: 4 },
      limits: { submissionsPerClient: 100_000 },
    }),
  );
  const env = {
    ...process.env,
    GATEWAY_CONFIG: configFile,
    GATEWAY_PORT: String(port),
    GATEWAY_DATA_DIR: dataDir,
    ...(storageUrl ? { GATEWAY_STORAGE_URL: storageUrl } : {}),
    PORTAL_BASE_URL: sandbox.url,
    PORTAL_USERNAME: 'dvc-sandbox',
    PORTAL_PASSWORD: 'dvc-sandbox',
    PORTAL_AGENCY_CODE: PROVINCE_AGENCY,
  };
  let child: ChildProcess | undefined;
  let stderr = '';
  /** Warnings, errors and deliveries of every gateway run, shown when the test fails. */
  const outboxLog: string[] = [];
  const start = async () => {
    child = spawn(process.execPath, [BIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n'))
        if (/"level":"(warn|error)"|outbox\.delivered/.test(line)) outboxLog.push(line);
    });
    child.stderr?.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000)));
    for (let i = 0; i < 200; i++) {
      if (child.exitCode !== null) throw new Error(`gateway exited (${child.exitCode}): ${stderr}`);
      const ok = await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await sleep(50);
    }
    throw new Error(`gateway did not start: ${stderr}`);
  };
  const kill = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGKILL');
    await exited;
  };

  try {
    await start();
    const uploads: [string, string] = [await uploadPdf(url), await uploadPdf(url, 'cccd.pdf')];
    expect((await fetch(`${url}/v1/procedures`)).status).toBe(200); // catalogue cached before the faults
    sandbox.setFaults({ errorRate503: 0.1, resetRate: 0.05, commitThenDropRate: 0.15, seed });

    const acknowledged = new Map<string, string>();
    let next = 0;
    let kills = 0;
    let submitting = true;
    const submitter = async () => {
      for (let i = next++; i < SUBMISSIONS; i = next++) {
        const key = `crash-${seed}-${i}`;
        const body = JSON.stringify(
          submission(uploads, { data: { details: { request: `Yêu cầu số ${i}` }, documents: { declaration: true } } }),
        );
        // Like a browser: retry the same key until the gateway acknowledges.
        for (;;) {
          const res = await fetch(`${url}/v1/dossiers`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': key },
            body,
          }).catch((error: unknown) => {
            if (process.env.DVC_CRASH_DEBUG)
              console.info(
                `[crash] ${String((error as Error).cause ?? error)} exit=${child?.exitCode} ${stderr.slice(-600)}`,
              );
            return undefined;
          });
          if (res?.status === 201) {
            const { code } = (await res.json().catch(() => ({}))) as { code?: string };
            if (code === undefined) continue;
            const before = acknowledged.get(key);
            if (before !== undefined && before !== code)
              throw new Error(`key ${key} acknowledged as ${before} and ${code}`);
            acknowledged.set(key, code);
            break;
          }
          if (process.env.DVC_CRASH_DEBUG)
            console.info(
              `[crash] ${key}: ${res?.status ?? 'no answer'} (acknowledged ${acknowledged.size}, kills ${kills})`,
            );
          if (res !== undefined && res.status < 500) throw new Error(`unexpected ${res.status}: ${await res.text()}`);
          await sleep(30);
        }
      }
    };
    // Kill points are tied to progress, not wall time, so a fast machine kills as often as a
    // slow one: after a seeded number of acknowledgements, plus a random few milliseconds so
    // the kill lands while other submissions and deliveries are in flight.
    const killPoints = Array.from({ length: MAX_KILLS }, () => 2 + Math.floor(random() * (SUBMISSIONS - 6))).sort(
      (a, b) => a - b,
    );
    const killer = async () => {
      for (const point of killPoints) {
        while (submitting && acknowledged.size < point) await sleep(5);
        await sleep(Math.floor(random() * 40));
        await kill();
        kills++;
        await start();
      }
    };
    const killing = killer();
    await Promise.all(Array.from({ length: 4 }, submitter));
    submitting = false;
    await killing;
    // One more crash after the last acknowledgement, with deliveries still in flight.
    await kill();
    kills++;
    await start();
    sandbox.setFaults({});

    const codes = new Set(acknowledged.values());
    expect(acknowledged.size).toBe(SUBMISSIONS);
    expect(codes.size).toBe(SUBMISSIONS);
    let synced: string[] = [];
    for (let waited = 0; waited < 40_000; waited += 250) {
      const list = (await (await fetch(`${sandbox.adminUrl}/dossiers?origin=sync&limit=10000`)).json()) as {
        items: { code: string }[];
      };
      synced = list.items.map((d) => d.code);
      if ([...codes].every((c) => synced.includes(c))) break;
      await sleep(250);
    }
    const missing = [...codes].filter((c) => !synced.includes(c));
    if (missing.length > 0)
      console.error(
        outboxLog
          .filter((l) => missing.some((m) => l.includes(m)) || l.includes('"level":"error"'))
          .slice(-40)
          .join('\n'),
      );
    expect(missing).toEqual([]);
    expect(synced.length).toBe(codes.size);
    expect(kills).toBe(MAX_KILLS + 1);
    console.info(
      `[crash ${storageUrl ? 'postgres' : 'sqlite'}] ${SUBMISSIONS} acknowledged, ${kills} SIGKILLs, ${synced.length} on the sandbox, each once`,
    );
  } finally {
    await kill();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('crash safety (SIGKILL, faulty portal)', () => {
  it('SQLite: every acknowledged dossier reaches the portal exactly once', () => runCrashTest(undefined, 7), 150_000);

  it.skipIf(!postgresUrl)(
    'PostgreSQL: every acknowledged dossier reaches the portal exactly once',
    async () => {
      const schema = `dvc_crash_${randomBytes(5).toString('hex')}`;
      const url = new URL(postgresUrl ?? '');
      url.searchParams.set('schema', schema);
      try {
        await runCrashTest(url.toString(), 11);
      } finally {
        const client = new pg.Client({ connectionString: postgresUrl });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`);
        await client.end();
      }
    },
    150_000,
  );
});
if (!postgresUrl) console.warn('[gateway] PostgreSQL crash test SKIPPED: set DVC_TEST_POSTGRES_URL to run it.');
