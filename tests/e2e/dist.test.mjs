// dist/ as a school or CDN hosts it: built by tools/dist.mjs and served by Debian's nginx with
// web/deploy/nginx.conf. Checks MIME types, cache headers and precompressed encodings, renders the demo
// page from nginx, and holds each widget to its first-visit payload budget (brotli).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { launch, newPage, widgetFrame, canvasColours, shot, root, serveDist, waitFor } from './support.mjs';
import { buildDist, startNginx } from './nginx.mjs';

// First visit, brotli; the second widget on a page adds at most SECOND_KB beyond its own data. Goals 420
// and 260 KB; both are under their goals (the Careerometer well under: its search titles come when a student
// searches), so each budget here is today's figure (269 and 241 KB) plus a little: a regression fails
// rather than hiding under the goal.
const BUDGET_KB = { careerometer: 274, skillsometer: 246 };
const SECOND_KB = 60;
const out = join(root, 'build/e2e/dist');
let browser, nginx, base, manifest;
const get = (path, headers) => nginx.get(path, headers);
const accessLog = () => nginx.accessLog();

before(async () => {
  // The build lock keeps a concurrent ./run build from changing the wasm while it is hashed.
  manifest = await buildDist(out);
  // One page per widget, alone, for the payload budget.
  for (const w of Object.keys(BUDGET_KB)) {
    writeFileSync(join(out, `demo/only-${w}.html`), `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${w}</title>` +
      `<link rel="icon" href="data:,"></head><body><main><h1>${w}</h1><script src="/ometer/v1/embed.js" data-widget="${w}" async></script></main></body></html>\n`);
  }
  nginx = await startNginx(out);
  base = nginx.base;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await nginx?.stop();
});

test('dist/ has hashed, precompressed assets, an evergreen and a pinned embed.js, and the API', () => {
  for (const [logical, path] of Object.entries(manifest.files)) {
    assert.match(path, /^ometer\/assets\/[\w-]+\.[0-9a-f]{10}\.\w+$/, logical);
    const bytes = readFileSync(join(out, path));
    assert.equal(path.split('.').at(-2), createHash('sha256').update(bytes).digest('hex').slice(0, 10), `${path} is named by its content`);
    assert.ok(brotliDecompressSync(readFileSync(join(out, `${path}.br`))).equals(bytes), `${path}.br`);
    assert.ok(gunzipSync(readFileSync(join(out, `${path}.gz`))).equals(bytes), `${path}.gz`);
  }
  const evergreen = readFileSync(join(out, manifest.embed.evergreen));
  assert.ok(evergreen.equals(readFileSync(join(out, manifest.embed.pinned))));
  assert.equal(manifest.embed.integrity, `sha384-${createHash('sha384').update(evergreen).digest('base64')}`);
  assert.match(manifest.embed.pinned, /^ometer\/\d+\.\d+\.\d+\/embed\.js$/);
  assert.ok(evergreen.toString().includes(`'../assets/${manifest.files['frame.html'].split('/').pop()}'`), 'embed.js names the hashed frame');
  for (const f of ['api/ometer-core.mjs', 'api/ometer-core.js', 'api/ometer-core.wasm', 'api/data/uk.json', 'demo/index.html']) {
    assert.ok(existsSync(join(out, f)), f);
  }
});

test('nginx: MIME types, cache headers, brotli and gzip, Vary and CORS', async () => {
  const f = manifest.files;
  const cases = [
    [`/${manifest.embed.evergreen}`, 'text/javascript', 'public, max-age=300'],
    [`/${manifest.embed.pinned}`, 'text/javascript', 'public, max-age=86400'],
    [`/${f['frame.html']}`, 'text/html', 'public, max-age=300'],
    [`/${f['frame.js']}`, 'text/javascript', 'public, max-age=31536000, immutable'],
    [`/${f['frame.css']}`, 'text/css', 'public, max-age=31536000, immutable'],
    [`/${f['ometer-widgets.js']}`, 'text/javascript', 'public, max-age=31536000, immutable'],
    [`/${f['ometer-widgets.wasm']}`, 'application/wasm', 'public, max-age=31536000, immutable'],
    [`/${f['lato-regular.ttf']}`, 'font/ttf', 'public, max-age=31536000, immutable'],
    [`/${f['guard.js']}`, 'text/javascript', 'public, max-age=31536000, immutable'],
    [`/${f['uk-cards.json']}`, 'application/json', 'public, max-age=31536000, immutable'],
    [`/${f['uk-details.json']}`, 'application/json', 'public, max-age=31536000, immutable'],
  ];
  for (const [path, type, cache] of cases) {
    const raw = readFileSync(join(out, path));
    for (const [accept, encoding, decode] of [['br, gzip, deflate', 'br', brotliDecompressSync], ['gzip, deflate', 'gzip', gunzipSync], ['', undefined, (b) => b]]) {
      const r = await get(path, accept ? { 'Accept-Encoding': accept } : {});
      const what = `${path} (Accept-Encoding: ${accept || 'none'})`;
      assert.equal(r.status, 200, what);
      assert.equal(r.headers['content-type'].split(';')[0], type, what);
      assert.equal(r.headers['cache-control'], cache, what);
      assert.equal(r.headers['content-encoding'], encoding, what);
      assert.match(r.headers.vary || '', /Accept-Encoding/, what);
      assert.equal(r.headers['access-control-allow-origin'], '*', what);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', what);
      assert.ok(decode(r.body).equals(raw), `${what}: the body decodes to the file`);
    }
  }
  const demo = await get('/demo/');
  assert.equal(demo.headers['cache-control'], 'no-cache');
  assert.match(demo.headers['content-security-policy'], /script-src 'self';/);
  assert.equal((await get(`/${f['uk-cards.json']}.br`)).status, 404, 'compressed copies are not served by their own names');
  assert.equal((await get('/ometer/assets/')).status, 404, 'no directory listings');
});

test('the demo page served by nginx renders both widgets, each shared file downloaded once', async () => {
  const { page, context, problems } = await newPage(browser, { width: 1280, height: 1000 });
  const before = accessLog().length;
  await page.goto(`${base}/demo/`);
  for (const w of ['careerometer', 'skillsometer']) {
    const frame = await widgetFrame(page, w);
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.ok(await canvasColours(frame) > 8, `${w} drew its canvas`);
    assert.match(frame.url(), /\/ometer\/assets\/frame\.[0-9a-f]{10}\.html#/);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'dist-demo');
  const hits = accessLog().slice(before).split('\n').map((l) => (l.match(/"GET (\/ometer\/\S+)/) || [])[1]).filter(Boolean);
  const twice = hits.filter((p, i) => hits.indexOf(p) !== i);
  assert.deepEqual(twice, [], 'the second widget reuses what the first downloaded');
  assert.deepEqual(problems, []);
  await context.close();
});

test('first-visit payload per widget stays within budget (brotli)', async (t) => {
  for (const [widget, budget] of Object.entries(BUDGET_KB)) {
    const { page, context, problems } = await newPage(browser);
    const paths = new Set();
    const encodings = new Set();
    page.on('response', async (r) => {
      if (!r.url().startsWith(`${base}/ometer/`)) return;
      paths.add(new URL(r.url()).pathname);
      encodings.add((await r.allHeaders())['content-encoding']);
    });
    await page.goto(`${base}/demo/only-${widget}.html`);
    await widgetFrame(page, widget);
    await page.waitForLoadState('networkidle');   // every response seen
    const rows = [...paths].map((p) => [p.replace(/^\/ometer\//, ''), statSync(join(out, `${p}.br`)).size]).sort((a, b) => b[1] - a[1]);
    const total = rows.reduce((s, [, n]) => s + n, 0);
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    const table = [`${widget}: ${kb(total)} brotli (budget ${budget} KB), ${rows.length} files`,
      ...rows.map(([p, n]) => `  ${kb(n).padStart(9)}  ${p}`)].join('\n');
    table.split('\n').forEach((line) => t.diagnostic(line));
    // The manifest names exactly what the first visit downloaded, and adds it up the same way.
    const listed = manifest.first_visit[widget];
    assert.deepEqual(rows.map(([p]) => `ometer/${p}`).sort(), [...listed.files].sort(), `${widget}: the manifest's first_visit is what Chromium fetched`);
    assert.equal(listed.br, total, `${widget}: the manifest's first_visit.br`);
    assert.deepEqual([...encodings], ['br'], 'Chromium got every file brotli-compressed');
    assert.ok(total <= budget * 1024, `over budget:\n${table}`);
    if (widget === 'careerometer') {
      // A student who goes to search gets every title: the search box asks for them on focus.
      const titles = `/${manifest.files['uk-titles.json']}`;
      assert.ok(!paths.has(titles), 'no search titles before a student searches');
      const frame = await widgetFrame(page, widget);
      await frame.locator('#search').focus();
      await waitFor(async () => paths.has(titles), Boolean, 'the search titles, once the search box has focus', 10000);
      assert.deepEqual([...encodings], ['br']);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

// A second widget on the page reuses the runtime, frame and fonts: it adds only what is its own.
test('the second widget on a page adds little beyond its own data (brotli)', (t) => {
  const fv = manifest.first_visit;
  const data = (path) => /\/(uk|us)-[a-z]+\.[0-9a-f]+\.json$|\/quiz\.[0-9a-f]+\.json$/.test(path);
  for (const [first, second] of [['careerometer', 'skillsometer'], ['skillsometer', 'careerometer']]) {
    const extra = fv[second].files.filter((p) => !fv[first].files.includes(p));
    const bytes = extra.reduce((sum, p) => sum + manifest.sizes[p].br, 0);
    t.diagnostic(`${second} after ${first}: ${(bytes / 1024).toFixed(1)} KB brotli more (${extra.join(', ')})`);
    assert.deepEqual(extra.filter((p) => !data(p)), [], `${second} after ${first} downloads nothing but its own data again`);
    if (second === 'skillsometer') assert.ok(bytes <= SECOND_KB * 1024, `the Skillsometer after a Careerometer adds ${bytes} bytes`);
  }
});

// ./run demo serves dist/ with tools/serve.mjs: the same files, compressed and cached the same way.
test('./run demo\'s server (serve.mjs --dist) serves the same dist/ the same way', async (t) => {
  const server = await serveDist(out);
  t.after(() => server.close());   // also when a check fails: an open server would keep the test file running
  const { page, context, problems } = await newPage(browser);
  const encodings = new Map();
  page.on('response', async (r) => { if (r.url().includes('/ometer/assets/')) encodings.set(new URL(r.url()).pathname, (await r.allHeaders())['content-encoding']); });
  await page.goto(`${server.base}/`);
  await widgetFrame(page, 'careerometer');
  await widgetFrame(page, 'skillsometer');
  // Every file the two widgets start with (search titles and job details come later, when used), each brotli.
  const first = ['frame.html', 'guard.js', 'frame.js', 'frame.css', 'ometer-widgets.js', 'ometer-widgets.wasm', 'lato-regular.ttf',
    'lato-bold.ttf', 'uk-cards.json', 'quiz.json'];
  const paths = first.map((name) => `/${manifest.files[name]}`);
  await waitFor(async () => paths.every((p) => encodings.has(p)), Boolean, 'the responses\' headers', 5000).catch(() => {});
  for (const name of first) assert.equal(encodings.get(`/${manifest.files[name]}`), 'br', `${name} brotli, as from nginx`);
  const wasm = await fetch(`${server.base}/${manifest.files['ometer-widgets.wasm']}`);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.equal(wasm.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.deepEqual(problems, []);
  await context.close();
});
