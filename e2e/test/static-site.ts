import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A static file server a test starts, as a web host would serve built or copied files. */
export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0 = any free port). `/` is `index.html`; a path with no
 * file falls back to `index.html` when `spa` is set (a single-page app), else 404.
 */
export async function serveStatic(dir: string, { port = 0, spa = false } = {}): Promise<StaticSite> {
  const respond = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== dir && !file.startsWith(dir + sep)) return void res.writeHead(400).end();
    const send = (body: Buffer, name: string) =>
      res.writeHead(200, { 'Content-Type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(body);
    try {
      send(await readFile(file), file);
    } catch {
      if (!spa) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      send(await readFile(join(dir, 'index.html')), 'index.html');
    }
  };
  const server: Server = createServer((req, res) => {
    respond(req, res).catch((error: unknown) => res.destroy(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
