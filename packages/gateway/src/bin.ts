import { COPY_STORAGE_HELP } from './cli/copy-storage-help';

const HELP = `dvc-gateway                 khởi động cổng kết nối / start the gateway (settings: GATEWAY_CONFIG, environment; see README)
dvc-gateway copy-storage …  sao chép SQLite → PostgreSQL, tệp → S3 / copy SQLite → PostgreSQL, files → S3
dvc-gateway --help          hướng dẫn này / this help

${COPY_STORAGE_HELP}`;

/**
 * `dvc-gateway`: start the gateway from `GATEWAY_CONFIG` / environment variables
 * (see README). Stops cleanly on SIGINT/SIGTERM. `dvc-gateway copy-storage` copies a
 * SQLite gateway into PostgreSQL; `dvc-gateway --help` lists the commands.
 */
async function main(): Promise<void> {
  // Each command loads only what it needs: `--help` and `copy-storage` start without the whole server.
  const [{ loadConfig }, { createGateway }] = await Promise.all([import('./config'), import('./app')]);
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

const [command, ...args] = process.argv.slice(2);
const output = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
};

if (command === 'copy-storage') {
  import('./cli/copy-storage-command')
    .then(({ runCopyStorageCommand }) => runCopyStorageCommand(args, output))
    .then(
      (code) => void (process.exitCode = code),
      (error: unknown) => {
        process.stderr.write(
          `dvc-gateway copy-storage failed: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exitCode = 1;
      },
    );
} else if (command === '--help' || command === '-h' || command === 'help') {
  process.stdout.write(HELP);
} else
  main().catch(async (error: unknown) => {
    const { GatewayError } = await import('./errors/gateway-error');
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'internal';
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`dvc-gateway failed to start (${code}): ${detail}\n`);
    if (error instanceof GatewayError) {
      for (const problem of error.errors) process.stderr.write(`  - ${problem.path}: ${problem.messages.en}\n`);
    }
    process.exit(1);
  });
