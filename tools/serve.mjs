// A small static server for the demo and the browser tests: the demo school page at / and the widget under
// /ometer/, with the headers a real host sends (MIME types, a strict CSP on the demo page). Two modes:
// development (straight from the source and build trees; the loader and the stable widget pages assembled
// as tools/dist.mjs does) and --dist (the built dist/ folder, as schools get it).
// Usage: node tools/serve.mjs [--port N] [--dist [DIR]]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loaderSource, widgetPage } from './assemble.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};
// URL prefix -> folders searched in order.
const DEV_ROUTES = [
  ['/ometer/v1/data/', [join(root, 'assets/data')]],
  ['/ometer/v1/fonts/', [join(root, 'build/web/fonts')]],
  ['/ometer/v1/', [join(root, 'web/embed'), join(root, 'web/frame'), join(root, 'build/web/widgets')]],
  ['/', [join(root, 'web/demo')]],
];
const distRoutes = (dir) => [
  ['/ometer/', [join(dir, 'ometer')]],
  ['/api/', [join(dir, 'api')]],
  ['/', [join(dir, 'demo')]],
];
// The demo page is a school page with a strict policy: only its own origin, no inline script or style.
export const DEMO_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

export async function resolve(urlPath, routes = DEV_ROUTES) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  for (const [prefix, dirs] of routes) {
    if (!path.startsWith(prefix)) continue;
    let rest = path.slice(prefix.length);
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
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

// Development files that are made, not read: the loader with its option rules, and the stable pages.
async function assembled(urlPath) {
  if (urlPath === '/ometer/v1/embed.js') return loaderSource(root);
  if (urlPath === '/options.js') return readFile(join(root, 'web/frame/options.js'), 'utf8');   // the embed builder's
  const page = /^\/ometer\/v1\/(careerometer|skillsometer)\.html$/.exec(urlPath);
  if (page) return widgetPage(await readFile(join(root, 'web/frame/frame.html'), 'utf8'), page[1]);
  return null;
}

// Cache headers as web/deploy/nginx.conf sends them for dist/; development files are always revalidated.
function cacheControl(urlPath, dist) {
  if (!dist) return 'no-cache';
  if (/^\/ometer\/assets\/.+\.html$/.test(urlPath)) return 'public, max-age=300';
  if (urlPath.startsWith('/ometer/assets/')) return 'public, max-age=31536000, immutable';
  if (/^\/ometer\/v\d+\//.test(urlPath)) return 'public, max-age=300';
  if (/^\/ometer\/\d+\.\d+\.\d+\//.test(urlPath)) return 'public, max-age=86400';
  return 'no-cache';
}

// The precompressed copy dist.mjs wrote, if the browser takes it.
async function precompressed(file, acceptEncoding = '') {
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!new RegExp(`(^|[\\s,])${encoding}($|[\\s,;])`).test(acceptEncoding)) continue;
    try {
      if ((await stat(file + ext)).isFile()) return { encoding, file: file + ext };
    } catch { /* not precompressed */ }
  }
  return null;
}

export function startServer(port = 8080, host = '127.0.0.1', { dist = null } = {}) {
  const routes = dist ? distRoutes(dist) : DEV_ROUTES;
  const server = createServer(async (req, res) => {
    const urlPath = req.url.split(/[?#]/)[0];
    const made = dist ? null : await assembled(urlPath);
    const file = made === null ? await resolve(req.url, routes) : urlPath;
    if (!file || /\.(br|gz)$/.test(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
      return;
    }
    const headers = { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': cacheControl(urlPath, dist),
      'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', Vary: 'Accept-Encoding' };
    // As nginx.conf: the widget's files are fetched with CORS from frames without an origin of their own
    // (sandboxes) and by pages that pin the loader with SRI.
    if (urlPath.startsWith('/ometer/')) Object.assign(headers, { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' });
    if (file.endsWith('.html') && !urlPath.startsWith('/ometer/')) headers['Content-Security-Policy'] = DEMO_CSP;
    const packed = dist ? await precompressed(file, req.headers['accept-encoding']) : null;
    if (packed) headers['Content-Encoding'] = packed.encoding;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : made !== null ? made : await readFile(packed ? packed.file : file));
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name) => process.argv.indexOf(name);
  const port = arg('--port') > 0 ? Number(process.argv[arg('--port') + 1]) : Number(process.env.PORT || 8080);
  let dist = null;
  if (arg('--dist') > 0) {
    const next = process.argv[arg('--dist') + 1];
    dist = resolvePath(next && !next.startsWith('--') ? next : join(root, 'dist'));
  }
  const server = await startServer(port, '127.0.0.1', { dist });
  console.log(`Demo school page${dist ? ' (from dist/)' : ''}: http://127.0.0.1:${server.address().port}/`);
}
