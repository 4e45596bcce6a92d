import { createGateway } from '@dvc-kit/gateway';

/** Runs a gateway in front of a portal (here the sandbox at `portalUrl`), SQLite in `dataDir`. */
export async function runGateway(portalUrl: string, dataDir: string) {
  const gateway = await createGateway({
    port: 0, // any free port; 8787 by default
    dataDir,
    allowedOrigins: ['https://xa-ea-bung.daklak.gov.vn'],
    portal: { baseUrl: portalUrl, username: 'dvc-sandbox', password: 'dvc-sandbox', agencyCode: '000.50.20.H66' },
    quiet: true,
  });
  const { url } = await gateway.start();
  try {
    const health = await fetch(`${url}/healthz`);
    return health.status; // 200
  } finally {
    await gateway.close();
  }
}
