// Fault tests of webhook delivery. (1) In process, simulated clock: a receiver that is down
// for 5 minutes then back up gets every event, none twice after its own de-duplication, in
// order per dossier. (2) The BUILT gateway is SIGKILLed while events wait for a receiver that
// is down; after a restart on the same data the receiver gets them all, once each, in order.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '@dvc-kit/sandbox';
import { describe, expect, it } from 'vitest';
import { eventMessage } from '../src/notifications/events';
import type { NotificationEvent } from '../src/notifications/events';
import { TEST_SECRET, startWebhookReceiver, waitFor } from './notify-fixtures';
import type { WebhookReceiver } from './notify-fixtures';
import { PROVINCE_AGENCY, postDossier, startStack, submission, uploadPdf } from './stack';

const BIN = join(import.meta.dirname, '..', 'dist', 'bin.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ORDER = ['dossier.received', 'dossier.supplement-requested', 'dossier.result-ready', 'dossier.finished'];

/** Every dossier's events arrived in `expected` order, each once; nothing else arrived. */
function expectOrderedOnce(receiver: WebhookReceiver, codes: string[], expected: string[]): void {
  const ids = receiver.events.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const code of codes)
    expect([code, receiver.events.filter((e) => e.code === code).map((e) => e.type)]).toEqual([code, expected]);
  expect(receiver.events).toHaveLength(codes.length * expected.length);
  expect(receiver.badSignatures).toBe(0);
}

describe('webhook delivery under faults', () => {
  it('a receiver down for 5 minutes (simulated clock) then up gets every event once, in order per dossier', async () => {
    const receiver = await startWebhookReceiver();
    receiver.down = true;
    const clock = { now: Date.now() };
    const stack = await startStack(
      {
        notifications: { webhooks: [{ id: 'ops', url: receiver.url, secret: TEST_SECRET }], watch: { enabled: false } },
        outbox: { pollMs: 10, retryBaseMs: 1000, retryMaxMs: 300_000, leaseMs: 60_000 },
      },
      { now: () => clock.now },
    );
    try {
      const uploads: [string, string] = [await uploadPdf(stack.url), await uploadPdf(stack.url)];
      const codes: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await postDossier(stack.url, submission(uploads), `fault-sim-${i}-${clock.now}`);
        codes.push(((await res.json()) as { code: string }).code);
      }
      // What the status watch writes when it notices the desk's moves (one fan-out item each).
      const events: NotificationEvent[] = codes.flatMap((code, i) =>
        (['supplement-requested', 'processed', 'returned'] as const).map((status, j) => ({
          id: `evt_sim_${i}_${j}`,
          type: ORDER[j + 1] as NotificationEvent['type'],
          code,
          status,
          occurredAt: new Date(clock.now).toISOString(),
        })),
      );
      await stack.gateway.gateway.storage.enqueueOutbox(events.map(eventMessage), new Date(clock.now));

      const downUntil = clock.now + 5 * 60_000;
      let refused = 0;
      while (clock.now < downUntil) {
        await sleep(15);
        clock.now += 5000;
        refused = Math.max(refused, (await stack.gateway.gateway.storage.countOutbox()).pending);
      }
      expect(receiver.events).toEqual([]);
      expect(refused).toBeGreaterThanOrEqual(12);
      receiver.down = false;
      const upAt = clock.now;
      while (receiver.events.length < 12 && clock.now < upAt + 30 * 60_000) {
        await sleep(15);
        clock.now += 5000;
      }
      await sleep(300);
      expectOrderedOnce(receiver, codes, ORDER);
      console.info(
        `[webhook-faults] simulated: ${receiver.attempts} attempts after recovery for 12 events; all in ${Math.round((clock.now - upAt) / 1000)} simulated s after the receiver came back`,
      );
    } finally {
      await stack.close();
      await receiver.close();
    }
  }, 120_000);

  it('with the gateway SIGKILLed while events wait, every event arrives once, in order per dossier', async () => {
    if (!existsSync(BIN))
      throw new Error(`Needs the built gateway: run \`pnpm build\` in packages/gateway first (missing ${BIN}).`);
    const receiver = await startWebhookReceiver();
    receiver.down = true;
    const sandbox = await startSandbox({ port: 0 });
    const dataDir = mkdtempSync(join(tmpdir(), 'dvc-hookkill-'));
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = server.address() as { port: number };
        server.close(() => resolve(p));
      });
    });
    const url = `http://127.0.0.1:${port}`;
    const configFile = join(dataDir, 'gateway.json');
    writeFileSync(
      configFile,
      JSON.stringify({
        quiet: false,
        statusCacheMs: 0,
        outbox: { pollMs: 50, leaseMs: 1500, retryBaseMs: 100, retryMaxMs: 800, concurrency: 4 },
        notifications: {
          webhooks: [{ id: 'ops', url: receiver.url, secret: TEST_SECRET }],
          watch: { tickMs: 100, requestsPerMinute: 6000, minIntervalMs: 200, leaseMs: 1500 },
        },
      }),
    );
    const env = {
      ...process.env,
      GATEWAY_CONFIG: configFile,
      GATEWAY_PORT: String(port),
      GATEWAY_DATA_DIR: dataDir,
      PORTAL_BASE_URL: sandbox.url,
      PORTAL_USERNAME: 'dvc-sandbox',
      PORTAL_PASSWORD: 'dvc-sandbox',
      PORTAL_AGENCY_CODE: PROVINCE_AGENCY,
    };
    let child: ChildProcess | undefined;
    let stderr = '';
    const start = async () => {
      child = spawn(process.execPath, [BIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stderr?.on('data', (c: Buffer) => void (stderr = (stderr + c.toString()).slice(-4000)));
      child.stdout?.on('data', (c: Buffer) => void (stderr = (stderr + c.toString()).slice(-4000)));
      await waitFor(
        () =>
          fetch(`${url}/healthz`).then(
            (r) => r.ok,
            () => false,
          ),
        15_000,
        `gateway start ${stderr}`,
      );
    };
    const kill = async () => {
      const c = child;
      if (!c || c.exitCode !== null) return;
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGKILL');
      await exited;
    };
    const desk = (code: string, kind: string) =>
      fetch(`${sandbox.url}/admin/dossiers/${encodeURIComponent(code)}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind }),
      });
    const portalStatus = async (code: string) =>
      ((await (await fetch(`${sandbox.url}/admin/dossiers/${encodeURIComponent(code)}`)).json()) as { status?: string })
        .status;
    try {
      await start();
      const uploads: [string, string] = [await uploadPdf(url), await uploadPdf(url)];
      const codes: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await postDossier(url, submission(uploads), `fault-kill-${i}-${Date.now()}`);
        codes.push(((await res.json()) as { code: string }).code);
      }
      for (const code of codes)
        await waitFor(async () => (await portalStatus(code)) !== undefined, 15_000, 'dossier on the portal');
      for (const code of codes) expect((await desk(code, 'supplement')).status).toBe(200);
      // Let the watch notice and queue the events, then kill the gateway while they wait.
      await sleep(1500);
      await kill();
      await start();
      for (const code of codes) expect((await desk(code, 'finish')).status).toBe(200);
      await sleep(1000);
      await kill();
      await start();
      receiver.down = false;
      await waitFor(() => receiver.events.length >= 9, 30_000, 'every event after the restarts').catch(
        (error: unknown) => {
          throw new Error(
            `${String(error)}; got ${JSON.stringify(receiver.events.map((e) => [e.code, e.type]))}; stderr ${stderr}`,
          );
        },
      );
      await sleep(1000);
      expectOrderedOnce(receiver, codes, ORDER.slice(0, 3));
      console.info(
        `[webhook-faults] SIGKILL: ${receiver.attempts} delivery attempts for ${receiver.events.length} events after 2 kills`,
      );
    } finally {
      await kill();
      await sandbox.close();
      await receiver.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
