import type { ServerResponse } from 'node:http';
import { createPortalClient } from '../../src/portal/create-portal-client';
import type { PortalClientOptions } from '../../src/portal/create-portal-client';
import { startTestServer } from '../test-server';
import type { SeenRequest } from '../test-server';

/** What the stand-in portal answers: JSON, plain text, or a dropped connection. */
export type Answer = { json: unknown; status?: number } | { text: string } | { drop: true };

/** Decides the answer to one integration call from its parsed body (the `n`-th call of `service`). */
export type Script = (body: Record<string, unknown> | unknown[], service: string, n: number) => Answer;

const LOGIN_OK = { error_code: 0, session: 'phien-hop-dong' };

/**
 * A stand-in portal on loopback that answers the login with `login` and every other call
 * with `script`, recording what the client sent — so a corpus answer can be replayed to
 * the real client and its requests compared with the corpus.
 */
export async function startContractPortal() {
  let login: unknown = LOGIN_OK;
  let script: Script = () => ({ json: { error_code: 0, result: [] } });
  const counts = new Map<string, number>();
  const server = await startTestServer((req: SeenRequest, res: ServerResponse) => {
    const path = req.url.split('?', 1)[0] ?? '';
    const send = (answer: Answer) => {
      if ('drop' in answer) {
        res.socket?.destroy();
        return;
      }
      if ('text' in answer) {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(answer.text);
        return;
      }
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(answer.json));
    };
    if (path.endsWith('/auth/login')) return send({ json: login });
    const body = JSON.parse(req.body) as Record<string, unknown> | unknown[];
    const service = Array.isArray(body) ? `lgsp:${path}` : String(body.service);
    const n = (counts.get(service) ?? 0) + 1;
    counts.set(service, n);
    return send(script(body, service, n));
  });
  return {
    url: server.url,
    /** Requests seen since the last `reset`. */
    seen: server.seen,
    /** Integration (non-login) requests, parsed. */
    calls: () =>
      server.seen
        .filter((r) => !r.url.includes('/auth/login'))
        .map((r) => ({
          headers: r.headers,
          url: r.url,
          body: JSON.parse(r.body) as Record<string, unknown> | unknown[],
        })),
    logins: () => server.seen.filter((r) => r.url.includes('/auth/login')),
    reset(next: { login?: unknown; script?: Script } = {}) {
      server.seen.length = 0;
      counts.clear();
      login = next.login ?? LOGIN_OK;
      script = next.script ?? (() => ({ json: { error_code: 0, result: [] } }));
    },
    client: (extra: Partial<PortalClientOptions> = {}) =>
      createPortalClient({
        baseUrl: server.url,
        agencyCode: '000.50.20.H66',
        credentials: { username: 'xa.eabung.dlk', password: 'mat-khau' },
        retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 5 },
        timeout: 3000,
        ...extra,
      } as PortalClientOptions),
    close: () => server.close(),
  };
}
