// A small static server for the demo and the browser tests: serves the demo school page at / and the
// widget assets under /ometer/v1/, straight from the source and build trees, with the headers a real
// host would send (wasm MIME type, a strict CSP on the demo page). Usage: node tools/serve.mjs [--port N]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};
// URL prefix -> folders searched in order.
const ROUTES = [
  ['/ometer/v1/data/', [join(root, 'assets/data')]],
  ['/ometer/v1/fonts/', [join(root, 'build/web/fonts')]],
  ['/ometer/v1/', [join(root, 'web/embed'), join(root, 'web/frame'), join(root, 'build/web/widgets')]],
  ['/', [join(root, 'web/demo')]],
];
// The demo page is a school page with a strict policy: only its own origin, no inline script or style.
const DEMO_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'none'";

export async function resolve(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  for (const [prefix, dirs] of ROUTES) {
    if (!path.startsWith(prefix)) continue;
    let rest = path.slice(prefix.length) || 'index.html';
    rest = normalize(rest).replace(/^(\.\.(\/|\\|$))+/, '');
    for (const dir of dirs) {
      const file = join(dir, rest);
      if (!file.startsWith(dir)) continue;
      try {
        if ((await stat(file)).isFile()) return file;
      } catch { /* try the next folder */ }
    }
  }
  return null;
}

export function startServer(port = 8080, host = '127.0.0.1') {
  const server = createServer(async (req, res) => {
    const file = await resolve(req.url);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
      return;
    }
    const headers = { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
    if (file.endsWith('.html') && !req.url.startsWith('/ometer/')) headers['Content-Security-Policy'] = DEMO_CSP;
    res.writeHead(200, headers);
    res.end(await readFile(file));
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.PORT || 8080);
  const server = await startServer(port);
  console.log(`Demo school page: http://127.0.0.1:${server.address().port}/`);
}
