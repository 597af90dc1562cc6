// dist/ for tests: built by tools/dist.mjs into build/e2e/dist, and served by Debian's nginx in the foreground
// with a throwaway prefix and web/deploy/nginx.conf exactly as a school would install it (only listen and
// root rewritten), for tests that check headers.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from './support.mjs';

export const distDir = join(root, 'build/e2e/dist');

// Builds dist/ (under the build lock, so a concurrent ./run build cannot change the wasm while it is hashed)
// and returns its manifest.
export async function buildDist(out = distDir) {
  await promisify(execFile)('flock', [join(root, 'build/.lock'), process.execPath, join(root, 'tools/dist.mjs'), '--out', out, '--quiet'],
    { maxBuffer: 1 << 24 });
  return JSON.parse(readFileSync(join(out, 'ometer/manifest.json'), 'utf8'));
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); }).on('error', fail);
  });
}

// GET with exact request headers and the raw (still encoded) body.
export function rawGet(url, headers = {}) {
  return new Promise((ok, fail) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
}

export async function startNginx(distDir) {
  const prefix = mkdtempSync(join(tmpdir(), 'ometer-nginx-'));
  const port = await freePort();
  let site = readFileSync(join(root, 'web/deploy/nginx.conf'), 'utf8');
  for (const [from, to] of [[/^\s*listen 80;$/m, `    listen 127.0.0.1:${port};`], [/^\s*listen \[::\]:80;$/m, ''],
    [/^\s*root \/var\/www\/ometer;$/m, `    root ${distDir};`]]) {
    if (!from.test(site)) throw new Error(`web/deploy/nginx.conf no longer has the line ${from}`);
    site = site.replace(from, to);
  }
  writeFileSync(join(prefix, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${prefix}/${t};`).join(' ');
  // As root, nginx's workers would run as "nobody", who may not read a private checkout.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  writeFileSync(join(prefix, 'nginx.conf'), `${user}daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log ${prefix}/access.log;
  ${temp}
  include ${prefix}/site.conf;
}
`);
  const nginx = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr.on('data', (d) => { stderr += d; });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (nginx.exitCode === null) {
      nginx.kill('SIGQUIT');
      await new Promise((ok) => nginx.once('exit', ok));
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      await rawGet(`${base}/demo/`);
      return { base, get: (path, headers) => rawGet(`${base}${path}`, headers), stop };
    } catch { await new Promise((r) => setTimeout(r, 50)); }
  }
  await stop();
  throw new Error('nginx did not start');
}
