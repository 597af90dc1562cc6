// Debian's nginx in the foreground with a throwaway prefix, serving a dist/ folder with the repo's deploy
// config (web/deploy/nginx.conf) exactly as a school's web host would: used by the dist tests and by the
// start-up benchmark, so both measure what schools get.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); }).on('error', fail);
  });
}

// GET with exact request headers and the raw (still encoded) body: node's fetch would decode it.
export function rawGet(url, headers = {}) {
  return new Promise((ok, fail) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
}

// The deploy config with its listen and root lines pointed at this run; throws if the config no longer
// has the lines this rewrites (so a changed config cannot silently stop being tested).
export function siteConfig(dist, port) {
  let site = readFileSync(join(root, 'web/deploy/nginx.conf'), 'utf8');
  for (const [from, to] of [[/^\s*listen 80;$/m, `    listen 127.0.0.1:${port};`], [/^\s*listen \[::\]:80;$/m, ''],
    [/^\s*root \/var\/www\/ometer;$/m, `    root ${dist};`]]) {
    if (!from.test(site)) throw new Error(`web/deploy/nginx.conf no longer has the line ${from} that the tests rewrite`);
    site = site.replace(from, to);
  }
  return site;
}

// Starts nginx on a free port for `dist`; resolves once it answers. stop() ends it and removes the prefix.
export async function startNginx(dist) {
  const prefix = mkdtempSync(join(tmpdir(), 'ometer-nginx-'));
  const port = await freePort();
  writeFileSync(join(prefix, 'site.conf'), siteConfig(dist, port));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${prefix}/${t};`).join(' ');
  // Started as root, nginx runs its workers as "nobody", who cannot read a checkout in a private (0700)
  // folder such as one from mktemp -d: they run as root then. Otherwise they run as whoever started nginx.
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
  const nginx = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
    { stdio: ['ignore', 'ignore', 'pipe'] });
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
    if (nginx.exitCode !== null) {
      const log = readFileSync(join(prefix, 'error.log'), 'utf8');
      await stop();
      throw new Error(`nginx exited: ${stderr}${log}`);
    }
    try {
      await rawGet(`${base}/ometer/manifest.json`);
      return { base, stop, get: (path, headers) => rawGet(`${base}${path}`, headers),
        accessLog: () => readFileSync(join(prefix, 'access.log'), 'utf8') };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  await stop();
  throw new Error('nginx did not start');
}
