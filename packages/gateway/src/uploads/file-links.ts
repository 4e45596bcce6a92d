import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { gatewayError } from '../errors/gateway-error';
import type { GatewayEnv } from '../http/env';
import type { GatewayStorage } from '../storage/types';
import type { BlobStore } from './blob-store';
import { uploadMessages } from './messages';

/** Signed download links of uploaded files, for the portal (TaiLieuNop.DuongDanTaiTepTin). */
export interface FileLinks {
  /** `<publicUrl>/files/<uploadId>?dossier=<code>&sig=<hmac>` */
  url(uploadId: string, dossierCode: string): string;
  /** Whether `sig` signs this upload for this dossier (constant time). */
  check(uploadId: string, dossierCode: string, sig: string): boolean;
}

/** The configured secret, or one generated once into `<dataDir>/file-secret` (mode 0600). */
export function fileSecret(configured: string | undefined, dataDir: string): string {
  if (configured !== undefined) return configured;
  const file = join(dataDir, 'file-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const secret = randomBytes(32).toString('hex');
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}

/** Builds the link signer; see {@link FileLinks}. */
export function createFileLinks(secret: string, publicUrl: () => string): FileLinks {
  const sign = (uploadId: string, code: string) =>
    createHmac('sha256', secret).update(`${uploadId}\n${code}`).digest('base64url');
  return {
    url: (uploadId, code) =>
      `${publicUrl().replace(/\/+$/, '')}/files/${encodeURIComponent(uploadId)}?dossier=${encodeURIComponent(code)}&sig=${sign(uploadId, code)}`,
    check(uploadId, code, sig) {
      const expected = Buffer.from(sign(uploadId, code));
      const given = Buffer.from(sig);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

/**
 * `GET /files/{uploadId}?dossier=&sig=`: a submitted file, for the portal to fetch. Only
 * links the gateway signed work (there is no listing); anything else is a 404.
 */
export function fileRoutes(deps: { links: FileLinks; storage: GatewayStorage; blobs: BlobStore }): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  routes.get('/files/:uploadId', async (c) => {
    const uploadId = c.req.param('uploadId');
    const missing = gatewayError(uploadMessages, 'file.not-found', { status: 404 });
    if (!deps.links.check(uploadId, c.req.query('dossier') ?? '', c.req.query('sig') ?? '')) throw missing;
    const upload = await deps.storage.getUpload(uploadId);
    const bytes = upload === undefined ? undefined : await deps.blobs.get(upload.sha256);
    if (upload === undefined || bytes === undefined) throw missing;
    return new Response(new Uint8Array(bytes) as Uint8Array<ArrayBuffer>, {
      headers: {
        'content-type': upload.type,
        'content-length': String(bytes.length),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(upload.name)}`,
        'cache-control': 'private, max-age=3600',
      },
    });
  });
  return routes;
}
