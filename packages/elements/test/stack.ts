/** URLs of the real stack started by test/stack-plugin.mjs (sandbox + gateway on 127.0.0.1). */
export interface Stack {
  gateway: string;
  /** A second gateway (same sandbox) that answers 429 after `limitedLookupFailures` failed look-ups. */
  limitedGateway: string;
  limitedLookupFailures: number;
  sandbox: string;
  /** The commune agency both gateways submit for. */
  agencyCode: string;
}

let cached: Promise<Stack> | undefined;

/** Reads the running stack's URLs from the test server. */
export function stack(): Promise<Stack> {
  cached ??= fetch('/__dvc/stack.json').then((r) => r.json() as Promise<Stack>);
  return cached;
}

/** Dossiers the gateway has delivered into the sandbox for the stack's agency. */
export async function syncedCount(): Promise<number> {
  return ((await (await fetch('/__dvc/synced-count')).json()) as { count: number }).count;
}

/** A same-origin path to the main gateway whose network {@link setNetworkDown} can cut. */
export const PROXIED_GATEWAY = '/__dvc/gw';

/** Cuts (`true`) or restores the network of {@link PROXIED_GATEWAY}: requests fail at the socket. */
export async function setNetworkDown(down: boolean): Promise<void> {
  await fetch(`/__dvc/network?down=${down ? 1 : 0}`);
}

/** A small real PDF (the gateway sniffs the content type). */
export const samplePdf = (name = 'to-khai.pdf'): File =>
  new File(['%PDF-1.4\n%dvc-kit test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'], name, { type: 'application/pdf' });

/** Phone of {@link birthData}'s applicant; its last 4 digits verify look-ups and ratings. */
export const APPLICANT_PHONE = '0912 345 678';
export const VERIFY = '5678';

/**
 * Valid answers to the sandbox's birth-registration form (procedure 1.001193) for sections
 * `applicant` and `details`; `documents` is added by the caller (uploads are per gateway).
 */
export const birthData = (fullName = 'Hờ Thị Mai'): Record<string, Record<string, unknown>> => ({
  applicant: {
    fullName,
    birthDate: '1990-03-15',
    citizenId: '066300001234',
    phone: APPLICANT_PHONE,
    address: { provinceCode: '66', communeCode: '24229', street: 'Buôn Ea Bung, thôn 3' },
  },
  details: {
    childName: 'Hờ Gia Bảo',
    gender: 'male',
    childBirthDate: '2025-06-20',
    ethnicity: '08',
    relationship: 'mother',
    hasBirthCertificate: 'yes',
    birthPlace: { provinceCode: '66', communeCode: '24229' },
    motherName: fullName,
  },
});

/** Uploads {@link samplePdf} to `gateway` (POST /v1/uploads) and returns the receipt. */
export async function upload(
  gateway: string,
): Promise<{ id: string; name: string; size: number; type: string; sha256: string }> {
  const body = new FormData();
  body.append('file', samplePdf());
  const response = await fetch(`${gateway}/v1/uploads`, { method: 'POST', body });
  if (!response.ok) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Files a birth-registration dossier straight through `gateway` (for the status and rating widgets). */
export async function fileDossier(gateway = ''): Promise<{ code: string }> {
  const s = await stack();
  const base = gateway || s.gateway;
  const file = await upload(base);
  const data = birthData();
  const submission = {
    procedureCode: '1.001193',
    agencyCode: s.agencyCode,
    channel: 'online',
    consent: true,
    applicant: data.applicant,
    data: { details: data.details, documents: { declaration: true } },
    files: [
      { slot: 'documents.doc1', uploadId: file.id },
      { slot: 'documents.doc2', uploadId: file.id },
    ],
  };
  const response = await fetch(`${base}/v1/dossiers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `test-${crypto.randomUUID()}` },
    body: JSON.stringify(submission),
  });
  if (response.status !== 201) throw new Error(`submission failed: ${response.status} ${await response.text()}`);
  return response.json();
}
