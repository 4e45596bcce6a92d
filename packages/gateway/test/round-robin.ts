import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A load balancer on loopback: each request goes to the next target in turn. */
export interface RoundRobin {
  url: string;
  /** Instances requests go to (set after they start: they need the balancer's URL first). */
  targets: string[];
  /** Which target served each request so far, by index. */
  served: number[];
  close(): Promise<void>;
}

/** Starts a round-robin HTTP proxy on 127.0.0.1, port 0. */
export async function startRoundRobin(): Promise<RoundRobin> {
  let next = 0;
  const balancer: RoundRobin = { url: '', targets: [], served: [], close: async () => undefined };
  const server = createServer((req, res) => {
    const index = next++ % balancer.targets.length;
    balancer.served.push(index);
    const target = new URL(req.url ?? '/', balancer.targets[index]);
    const upstream = request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  balancer.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  balancer.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return balancer;
}
