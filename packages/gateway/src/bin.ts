import { createGateway } from './app';
import { loadConfig } from './config';
import { GatewayError } from './errors/gateway-error';

/**
 * `dvc-gateway`: start the gateway from `GATEWAY_CONFIG` / environment variables
 * (see README). Stops cleanly on SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const gateway = await createGateway(config);
  const running = await gateway.start();
  process.stdout.write(`DVC Kit gateway: ${running.url} (storage: ${gateway.storage.kind})\n`);
  const stop = () => {
    gateway.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'internal';
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`dvc-gateway failed to start (${code}): ${detail}\n`);
  if (error instanceof GatewayError) {
    for (const problem of error.errors) process.stderr.write(`  - ${problem.path}: ${problem.messages.en}\n`);
  }
  process.exit(1);
});
