import { createPortalClient } from '@dvc-kit/client';
import type { PortalClient } from '@dvc-kit/client';
import { GatewayError } from '../errors/gateway-error';

/** Where the portal (or the sandbox) is and how to log in. */
export interface PortalSettings {
  baseUrl: string;
  username: string;
  password: string;
  /** Mã đơn vị the gateway calls as — wire: madonvi. */
  agencyCode: string;
}

/** The gateway's connection to the portal. */
export interface PortalConnection {
  /** The typed client (`@dvc-kit/client`): dossier sync, catalogue, look-ups. */
  client: PortalClient;
  /**
   * Raw call of a service the client has no method for, or to read extension fields the
   * client's decoders drop (`LayThuTuc`'s `BIEUMAU`, the sandbox's `BaoCaoSoHoa`). Reads only.
   * Resolves with `result`; throws {@link GatewayError} `portal.unavailable` / `portal.refused`.
   */
  read(service: string, payload: Record<string, unknown>, options?: { timeoutMs?: number }): Promise<unknown>;
  /** The calling unit — wire: madonvi. */
  agencyCode: string;
}

const unavailable = (cause?: unknown) =>
  new GatewayError('portal.unavailable', {
    vi: 'Chưa kết nối được Cổng Dịch vụ công. Vui lòng thử lại sau.',
    en: 'The National Public Service Portal cannot be reached. Please try again later.',
  }, { status: 503, cause });

/** "Session missing or expired" — wire: error_code 1. */
const SESSION_INVALID = 1;

/**
 * Builds the portal connection. The client and the raw reads share one session: the
 * client's session provider logs in (fresh each time the client asks, which it does only
 * when it has none or the portal rejected it), and raw reads reuse the latest session.
 *
 * @example
 * ```ts
 * const portal = createPortalConnection({ baseUrl: 'http://127.0.0.1:8790', username, password, agencyCode: '000.00.00.H66' });
 * await portal.client.syncDossier(dossier);
 * ```
 */
export function createPortalConnection(settings: PortalSettings): PortalConnection {
  const base = settings.baseUrl.endsWith('/') ? settings.baseUrl : `${settings.baseUrl}/`;
  let current: Promise<string> | undefined;

  const login = async (): Promise<string> => {
    const response = await fetch(new URL('auth/login', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: settings.username, password: settings.password }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { error_code?: unknown; session?: unknown };
    if (Number(body.error_code) !== 0 || typeof body.session !== 'string') throw unavailable(new Error(`login error_code ${String(body.error_code)}`));
    return body.session;
  };
  const freshSession = () => {
    const attempt = login();
    current = attempt;
    attempt.catch(() => {
      if (current === attempt) current = undefined;
    });
    return attempt;
  };

  const client = createPortalClient({
    baseUrl: settings.baseUrl,
    agencyCode: settings.agencyCode,
    sessionProvider: freshSession,
    timeout: 10_000,
    totalTimeout: 30_000,
  });

  /** Reads are safe to repeat: up to 3 attempts over network failures, 5xx and garbled answers. */
  async function read(service: string, payload: Record<string, unknown>, options: { timeoutMs?: number } = {}): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await readOnce(service, payload, options);
      } catch (error) {
        if (!(error instanceof GatewayError) || error.code !== 'portal.unavailable' || attempt >= 2) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
      }
    }
  }

  async function readOnce(service: string, payload: Record<string, unknown>, options: { timeoutMs?: number }): Promise<unknown> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const session = await (current ?? freshSession()).catch((error: unknown) => {
        throw error instanceof GatewayError ? error : unavailable(error);
      });
      let body: { error_code?: unknown; result?: unknown; message?: unknown };
      try {
        const response = await fetch(new URL('integration', base), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...payload, service, session, madonvi: settings.agencyCode }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        body = (await response.json()) as typeof body;
      } catch (cause) {
        throw unavailable(cause);
      }
      const code = Number(body.error_code);
      if (code === 0) return body.result;
      if (code === SESSION_INVALID && attempt === 0) {
        freshSession();
        continue;
      }
      if (!Number.isInteger(code) || code >= 100) throw unavailable(new Error(`${service} error_code ${String(body.error_code)}`));
      throw new GatewayError('portal.refused', {
        vi: 'Cổng Dịch vụ công từ chối yêu cầu.',
        en: 'The National Public Service Portal refused the request.',
      }, { status: 502, cause: new Error(`${service} error_code ${code}`) });
    }
    throw unavailable();
  }

  return { client, read, agencyCode: settings.agencyCode };
}
