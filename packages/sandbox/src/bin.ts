import { parseCli, USAGE } from './cli/parse-args';
import { DEFAULT_CREDENTIALS } from './server/runtime';
import { startSandbox } from './server/start-sandbox';

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseCli>;
  try {
    parsed = parseCli(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const sandbox = await startSandbox(parsed.options);
  const given = parsed.options.credentials;
  const login =
    given === undefined
      ? `${DEFAULT_CREDENTIALS.username} / ${DEFAULT_CREDENTIALS.password} (default)`
      : (Array.isArray(given) ? given : [given]).map((c) => `${c.username} / (password as given)`).join(', ');
  process.stdout.write(
    `dvc-sandbox listening on ${sandbox.url} (started in ${sandbox.startupMs} ms, ${sandbox.seed.dossiers} seeded dossiers, clock ${sandbox.clock.now().toISOString()})\n` +
      `  credentials: ${login}\n` +
      `  login:       POST ${sandbox.loginUrl}\n  integration: POST ${sandbox.integrationUrl}\n  admin:       ${sandbox.adminUrl}/state\n  health:      GET ${sandbox.url}/healthz\n` +
      `  data:        ${parsed.options.dataDir ?? '(in memory)'}\n`,
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl-C while closing gives up waiting.
    if (stopping) process.exit(130);
    stopping = true;
    process.stdout.write(`dvc-sandbox: ${signal}, closing…\n`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`dvc-sandbox: close failed: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  process.stderr.write(`dvc-sandbox: ${(error as Error).message}\n`);
  process.exit(1);
});
