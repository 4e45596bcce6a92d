import { parseArgs } from 'node:util';
import type { FaultConfigInput } from '../faults/fault-config';
import type { SandboxOptions } from '../server/start-sandbox';

/** The CLI's usage text. */
export const USAGE = `dvc-sandbox — local simulator of the DVCQG integration API (Đắk Lắk seed)

Usage: dvc-sandbox [options]
  --port <n>                  port (default 8790; 0 = any free port)
  --host <addr>               interface (default 127.0.0.1)
  --data <dir>                keep state in <dir>/sandbox.db (default: in memory)
  --clock <iso>               start the simulated clock at this instant
  --frozen                    keep the clock still (moves only via POST /admin/clock)
  --seed <n>                  seed of the historic dossiers (default 20250701)
  --seed-until <iso>          last reception instant of historic dossiers (default: now at first start)
  --username <u> --password <p>   accepted login (default dvc-sandbox / dvc-sandbox)
  --session-ttl <seconds>     session lifetime (default 1800)
  --payment-secret <s>        partner secret for MaXacThuc (default dvc-sandbox-secret)
  --payment-token <t>         PayGov partner token required as Bearer (default: not checked)
  --payment-callback-url <u>  POST the PayGov CONFIRM here when a sandbox payment completes
  --payment-answer <form>     PayGov INIT answer: direct (flat, default) or lgsp ({error_code,message})
  --admin-token <t>           require "Authorization: Bearer <t>" on /admin
  --profile <observed|extended>   observed: only what the portal contract corpus shows the portal
                              doing; extended (default): plus the documented extensions
  --exists-codes <c,c>        error_code(s) of "đã tồn tại" answers, in turn (default 3; corpus: 0,3,-3)
Faults:
  --latency <ms> --jitter <ms> --rate-503 <0..1> --rate-429 <0..1> --retry-after <s>
  --reset-rate <0..1> --malformed-rate <0..1> --session-expiry-rate <0..1>
  --commit-then-drop-rate <0..1> --fault-services <A,B> --fault-seed <n>
  --help`;

const num = (v: string | undefined, name: string): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got "${v}"`);
  return n;
};

/** `--payment-answer`: `direct` or `lgsp`. */
function paymentAnswer(value: string | undefined): 'direct' | 'lgsp' | undefined {
  if (value === undefined || value === 'direct' || value === 'lgsp') return value;
  throw new Error(`--payment-answer must be direct or lgsp, got "${value}"`);
}

/** Parses the command line into sandbox options (throws with a readable message). */
export function parseCli(argv: string[]): { help: boolean; options: SandboxOptions } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      clock: { type: 'string' },
      frozen: { type: 'boolean' },
      seed: { type: 'string' },
      'seed-until': { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      'session-ttl': { type: 'string' },
      profile: { type: 'string' },
      'exists-codes': { type: 'string' },
      'payment-secret': { type: 'string' },
      'payment-token': { type: 'string' },
      'payment-callback-url': { type: 'string' },
      'payment-answer': { type: 'string' },
      'admin-token': { type: 'string' },
      latency: { type: 'string' },
      jitter: { type: 'string' },
      'rate-503': { type: 'string' },
      'rate-429': { type: 'string' },
      'retry-after': { type: 'string' },
      'reset-rate': { type: 'string' },
      'malformed-rate': { type: 'string' },
      'session-expiry-rate': { type: 'string' },
      'commit-then-drop-rate': { type: 'string' },
      'fault-services': { type: 'string' },
      'fault-seed': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const rate429 = num(values['rate-429'], 'rate-429');
  const faults: FaultConfigInput = {
    latencyMs: num(values.latency, 'latency'),
    latencyJitterMs: num(values.jitter, 'jitter'),
    errorRate503: num(values['rate-503'], 'rate-503'),
    rateLimit429:
      rate429 === undefined
        ? undefined
        : { rate: rate429, retryAfterSeconds: num(values['retry-after'], 'retry-after') ?? 1 },
    resetRate: num(values['reset-rate'], 'reset-rate'),
    malformedRate: num(values['malformed-rate'], 'malformed-rate'),
    sessionExpiryRate: num(values['session-expiry-rate'], 'session-expiry-rate'),
    commitThenDropRate: num(values['commit-then-drop-rate'], 'commit-then-drop-rate'),
    services: values['fault-services']
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    seed: num(values['fault-seed'], 'fault-seed'),
  };
  const ttl = num(values['session-ttl'], 'session-ttl');
  const profile = values.profile;
  if (profile !== undefined && profile !== 'observed' && profile !== 'extended')
    throw new Error(`--profile must be "observed" or "extended", got "${profile}"`);
  const options: SandboxOptions = {
    port: num(values.port, 'port') ?? 8790,
    host: values.host,
    dataDir: values.data,
    clock:
      values.clock !== undefined
        ? { start: values.clock, frozen: values.frozen ?? false }
        : values.frozen
          ? { frozen: true }
          : undefined,
    seed: num(values.seed, 'seed'),
    seedUntil: values['seed-until'],
    credentials:
      values.username !== undefined || values.password !== undefined
        ? { username: values.username ?? 'dvc-sandbox', password: values.password ?? 'dvc-sandbox' }
        : undefined,
    sessionTtlMs: ttl === undefined ? undefined : ttl * 1000,
    paymentSecret: values['payment-secret'],
    paymentAccessToken: values['payment-token'],
    paymentCallbackUrl: values['payment-callback-url'],
    paymentAnswer: paymentAnswer(values['payment-answer']),
    adminToken: values['admin-token'],
    ...(profile !== undefined ? { profile } : {}),
    ...(values['exists-codes'] !== undefined
      ? {
          alreadyExistsCodes: values['exists-codes']
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
        }
      : {}),
    faults: Object.fromEntries(Object.entries(faults).filter(([, v]) => v !== undefined)) as FaultConfigInput,
  };
  return { help: values.help ?? false, options };
}
