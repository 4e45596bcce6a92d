import { createPortalClient } from '@dvc-kit/client';
import type { PortalClient } from '@dvc-kit/client';
import type { PortalConfig } from '../config';

/**
 * The portal client for the command's settings. Nothing is logged: the client's own
 * events never carry bodies, and the CLI prints only what the user asked for.
 */
export function connect(config: PortalConfig, signal?: AbortSignal): PortalClient {
  return createPortalClient({
    baseUrl: config.url,
    agencyCode: config.agency,
    credentials: { username: config.username, password: config.password },
    ...(signal ? { signal } : {}),
  });
}
