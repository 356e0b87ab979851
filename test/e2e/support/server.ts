// A small static server for a built site: what a plain static host does.
// `/a/` serves `/a/index.html`, `/a` redirects to `/a/` when that is a directory,
// and anything unknown gets 404.html with status 404. Binds 127.0.0.1 on a free port.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:40123 */
  origin: string;
  /** Every path requested so far, with its status. */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function serveDir(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const log: StaticServer['log'] = [];
  const server: Server = createServer(async (req, res) => {
    const send = (status: number, body: Buffer | string, type: string, extra: Record<string, string> = {}) => {
      log.push({ path: req.url ?? '', status });
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        return send(400, 'bad request', 'text/plain');
      }
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) return send(403, 'forbidden', 'text/plain');
      if (path.endsWith('/')) {
        const index = join(file, 'index.html');
        if (await isFile(index)) return send(200, await readFile(index), TYPES['.html']);
      } else if (await isFile(file)) {
        return send(200, await readFile(file), TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
      } else if (await isDir(file)) {
        return send(301, '', 'text/plain', { location: `${url.pathname}/${url.search}` });
      }
      const notFound = join(root, '404.html');
      return send(404, (await isFile(notFound)) ? await readFile(notFound) : 'not found', TYPES['.html']);
    } catch (error) {
      return send(500, String(error), 'text/plain');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
