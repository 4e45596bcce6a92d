import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGateway } from '../src/app';
import type { Gateway, GatewayParts } from '../src/app';
import type { GatewayConfigInput } from '../src/config';
import { createJsonLogger } from '../src/http/logger';

/** A gateway listening on 127.0.0.1 port 0 with its own data directory and captured logs. */
export interface TestGateway {
  url: string;
  gateway: Gateway;
  dataDir: string;
  /** Every JSON log line written so far. */
  logs: string[];
  close(): Promise<void>;
}

export async function startTestGateway(
  config: GatewayConfigInput = {},
  parts: GatewayParts = {},
  /** Add test-only routes before the server starts. */
  setup?: (gateway: Gateway) => void,
): Promise<TestGateway> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-gateway-'));
  const logs: string[] = [];
  const gateway = await createGateway(
    { port: 0, host: '127.0.0.1', dataDir, ...config },
    { logger: createJsonLogger({ write: (line) => void logs.push(line) }), ...parts },
  );
  setup?.(gateway);
  const running = await gateway.start();
  return {
    url: running.url,
    gateway,
    dataDir,
    logs,
    async close() {
      await gateway.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
