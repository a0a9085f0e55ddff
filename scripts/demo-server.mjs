// The demo store's web server: node:http only, serving the demo pages and the BUILT
// widget from this checkout, on 127.0.0.1, under a strict Content-Security-Policy (no inline
// script or style, no eval, no outbound connection), so the demo proves the widget works where
// merchants lock their checkout down. Used by `npm start`, the e2e tests and the bench.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

// The widget bundle is served without a charset on purpose: it is pure ASCII,
// so it reads the same whatever encoding the host page assumes.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** URL path -> file, inside the two served folders only. */
function fileFor(pathname, routes) {
  if (routes[pathname]) return routes[pathname];
  for (const [prefix, dir] of [
    ['/demo/', 'widget/demo'],
    ['/dist-widget/', 'dist-widget'],
  ]) {
    if (!pathname.startsWith(prefix)) continue;
    const base = join(ROOT, dir);
    const file = normalize(join(base, decodeURIComponent(pathname.slice(prefix.length))));
    return file.startsWith(base + sep) ? file : null;
  }
  return null;
}

/**
 * Starts the server. `pages` adds extra routes (path -> absolute file), e.g. a test page.
 * Resolves with { url, server, close }.
 * @param {{ port?: number, host?: string, pages?: Record<string, string>, log?: (line: string) => void }} [options]
 */
export function startDemoServer({ port = 0, host = '127.0.0.1', pages = {}, log } = {}) {
  const routes = {
    '/': join(ROOT, 'widget/demo/index.html'),
    '/index.html': join(ROOT, 'widget/demo/index.html'),
    '/embed.html': join(ROOT, 'widget/demo/embed.html'),
    ...pages,
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(url.pathname, routes);
    try {
      if (!file) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      log?.(`200 ${url.pathname}`);
    } catch (e) {
      const missing = e.code === 'ENOENT' || e.code === 'EISDIR';
      const hint = url.pathname.startsWith('/dist-widget/') ? ' (run `npm run build` or `npm start` to build the widget)' : '';
      res.writeHead(missing ? 404 : 500, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(missing ? `Not found: ${url.pathname}${hint}\n` : 'Server error\n');
      log?.(`${missing ? 404 : 500} ${url.pathname}`);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://${host}:${actual}/`,
        server,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections?.();
          }),
      });
    });
  });
}
