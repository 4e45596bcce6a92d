import { startSandbox } from '@dvc-kit/sandbox';
import type { DossierSubmission } from '@dvc-kit/core';
import type { GatewayConfigInput } from '../src/config';
import type { GatewayParts } from '../src/app';
import { samplePdf } from './files';
import { startTestGateway } from './start-gateway';
import type { TestGateway } from './start-gateway';

/** The sandbox's province agency: the gateway calls as it and may receive for any commune. */
export const PROVINCE_AGENCY = '000.00.00.H66';
/** A commune agency of the sandbox (UBND phường Tuy Hòa, unit 22015). */
export const COMMUNE_AGENCY = '000.01.20.H66';
/** A procedure with a short form: copy of a civil-status extract (two required documents). */
export const PROCEDURE = '1.900103';

/** A sandbox and a gateway whose upstream it is. */
export interface TestStack {
  sandbox: Awaited<ReturnType<typeof startSandbox>>;
  gateway: TestGateway;
  url: string;
  close(): Promise<void>;
}

/**
 * Starts a sandbox (in memory unless `sandboxOptions.dataDir`) and a gateway (port 0) syncing to
 * it with a fast outbox. `config` may be a function of the started sandbox (e.g. its SSO issuer).
 */
export async function startStack(
  config: GatewayConfigInput | ((sandbox: TestStack['sandbox']) => GatewayConfigInput) = {},
  parts: GatewayParts = {},
  sandboxOptions: Parameters<typeof startSandbox>[0] = {},
): Promise<TestStack> {
  const sandbox = await startSandbox({ port: 0, ...sandboxOptions });
  const gateway = await startTestGateway(
    {
      portal: { baseUrl: sandbox.url, username: 'dvc-sandbox', password: 'dvc-sandbox', agencyCode: PROVINCE_AGENCY },
      outbox: { pollMs: 50, retryBaseMs: 50, retryMaxMs: 500, leaseMs: 5000 },
      ...(typeof config === 'function' ? config(sandbox) : config),
    },
    parts,
  );
  return {
    sandbox,
    gateway,
    url: gateway.url,
    async close() {
      await gateway.close();
      await sandbox.close();
    },
  };
}

/** Uploads a small PDF; returns its id. */
export async function uploadPdf(url: string, name = 'to-khai.pdf'): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([samplePdf() as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), name);
  const res = await fetch(`${url}/v1/uploads`, { method: 'POST', body: form });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** A valid submission of {@link PROCEDURE} with the two uploads. */
export function submission(uploads: [string, string], overrides: Partial<DossierSubmission> = {}): DossierSubmission {
  return {
    procedureCode: PROCEDURE,
    agencyCode: COMMUNE_AGENCY,
    channel: 'online',
    applicant: {
      fullName: 'Nguyễn Thị Hoa',
      birthDate: '1990-05-01',
      citizenId: '066190000123',
      phone: '0912345678',
      address: { provinceCode: '66', communeCode: '22015', street: 'Thôn 3' },
    },
    data: { details: { request: 'Xin cấp bản sao trích lục khai sinh' }, documents: { declaration: true } },
    files: [
      { slot: 'documents.doc1', uploadId: uploads[0] },
      { slot: 'documents.doc2', uploadId: uploads[1] },
    ],
    consent: true,
    ...overrides,
  };
}

/** POST /v1/dossiers with an Idempotency-Key. */
export function postDossier(
  url: string,
  body: unknown,
  key: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/v1/dossiers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
