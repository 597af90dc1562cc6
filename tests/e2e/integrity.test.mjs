// Integrity end to end for a pinned version (issue 12): dist/ as built, the loader pinned with SRI on a school
// page of another origin. Every file a widget frame loads carries its hash in the file that loads it, and
// one changed byte in any kind of file (the guard, the stylesheet, the frame's script, the emscripten runtime,
// the wasm, a font, a data file, a data file fetched later) is refused with the friendly failure message and an
// ometer:error, never a half-working widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, newPage, serveDist, schoolServer, shot } from './support.mjs';
import { anyWidget } from './sites.mjs';
import { buildDist, distDir } from './nginx.mjs';

const out = distDir;
let browser, server, school, manifest;
before(async () => {
  manifest = await buildDist(out);
  browser = await launch();
  server = await serveDist(out);
  school = await schoolServer(server.base);
});
after(async () => { await browser?.close(); await server?.close(); await school?.close(); });

const pinnedTag = (widget) => `<script src="${server.base}/${manifest.embed.pinned}" integrity="${manifest.embed.integrity}" ` +
  `crossorigin="anonymous" data-widget="${widget}" async></script>`;
const assetUrl = (logical) => `${server.base}/${manifest.files[logical]}`;

// One byte changed: the case of a letter in the middle of a text file (still valid text, so only the hash
// can tell), the low bit of a byte in the middle of a binary one.
function tamper(body, binary) {
  const bytes = Buffer.from(body);
  let i = bytes.length >> 1;
  if (!binary) while (i < bytes.length && !/[a-z]/i.test(String.fromCharCode(bytes[i]))) i++;
  bytes[i] ^= binary ? 0x01 : 0x20;
  return bytes;
}

async function schoolPage(widget, tampered = null) {
  const ctx = await newPage(browser, { width: 1000, height: 900 });
  if (tampered) {
    await ctx.context.route(assetUrl(tampered), async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-encoding'];
      delete headers['content-length'];
      await route.fulfill({ status: 200, headers, body: tamper(await response.body(), /\.(wasm|ttf)$/.test(tampered)) });
    });
  }
  await ctx.context.addInitScript(() => {
    window.__errors = [];
    document.addEventListener('ometer:error', (e) => window.__errors.push(e.detail.message));
  });
  await ctx.page.goto(school.page(`<h1>Careers</h1>${pinnedTag(widget)}`));
  return ctx;
}

test('the pinned frame names a hash for every file it loads, and runs both widgets', async () => {
  const frame = readFileSync(join(out, manifest.files['frame.html']), 'utf8');
  const refs = [...frame.matchAll(/<(script|link)\b[^>]*>/g)].map((m) => m[0]).filter((tag) => /\b(src|href)="[^d#]/.test(tag));
  assert.ok(refs.length >= 5, `the frame names its files (${refs.length})`);
  for (const tag of refs) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)[1];
    const logical = Object.keys(manifest.files).find((k) => manifest.files[k].endsWith(`/${url}`));
    assert.ok(logical, `${url} is a dist asset`);
    const expected = `sha384-${(await import('node:crypto')).createHash('sha384').update(readFileSync(join(out, manifest.files[logical]))).digest('base64')}`;
    assert.ok(tag.includes(`integrity="${expected}"`), `${url} carries its hash: ${tag}`);
    assert.ok(tag.includes('crossorigin="anonymous"'), `${url} is checked with CORS too: ${tag}`);
  }
  const frameJs = readFileSync(join(out, manifest.files['frame.js']), 'utf8');
  // One module with its imports joined in: an import would be fetched with no hash of its own to check.
  assert.doesNotMatch(frameJs, /^\s*(import\b|export\b.*\bfrom\b)/m, 'frame.js imports nothing');
  const assets = JSON.parse(/^(?:const|var) ASSETS = (\{.*\});$/m.exec(frameJs)[1]);
  for (const name of [assets.wasm, ...assets.fonts, ...Object.values(assets.data)]) {
    assert.match(assets.integrity[name] || '', /^sha384-/, `frame.js has the hash of ${name}`);
  }
  for (const widget of ['careerometer', 'skillsometer']) {
    const { page, context, problems } = await schoolPage(widget);
    await anyWidget(page, widget);
    assert.deepEqual(await page.evaluate(() => window.__errors), []);
    assert.deepEqual(problems.filter((p) => !p.includes('GL Driver')), []);
    await context.close();
  }
});

// [file, widget that loads it, what makes the widget load it (for files fetched on demand)]
const CASES = [
  ['guard.js', 'careerometer'],
  ['frame.css', 'skillsometer'],
  ['frame.js', 'careerometer'],
  ['ometer-widgets.js', 'skillsometer'],
  ['ometer-widgets.wasm', 'careerometer'],
  ['lato-bold.ttf', 'skillsometer'],
  ['uk-cards.json', 'careerometer'],
  ['quiz.json', 'skillsometer'],
  ['uk-details.json', 'careerometer', ['add 5241', 'details 0']],
];

for (const [file, widget, actions] of CASES) {
  test(`one changed byte in ${file} is refused with the friendly message and an ometer:error`, async (t) => {
    const { page, context, warnings } = await schoolPage(widget, file);
    const started = Date.now();
    if (actions) {
      const frame = await anyWidget(page, widget);
      await frame.evaluate((lines) => lines.forEach((l) => window.ometerDebug.command(l)), actions);
    }
    await page.waitForFunction(() => window.__errors.length > 0, null, { timeout: 15000 });
    t.diagnostic(`${file}: refused ${Date.now() - started} ms after the page loaded${actions ? ' and the file was asked for' : ''}`);
    const errors = await page.evaluate(() => window.__errors);
    assert.equal(errors.length, 1, `one ometer:error: ${JSON.stringify(errors)}`);
    assert.match(errors[0], /not started: its files are not the ones this website was set up with/);
    const frame = page.frames().find((f) => /\/frame\.[0-9a-f]{10}\.html#/.test(f.url()));
    await frame.waitForFunction(() => document.getElementById('app').classList.contains('failed'));
    assert.match(await frame.locator('#status-text').textContent(), /not started/);
    assert.equal(await frame.locator('#status-text').isVisible(), true, 'the message is on screen');
    assert.equal(await frame.locator('canvas').isVisible(), false, 'no widget drawn');
    assert.ok(warnings.some((w) => /integrity|hash differs/.test(w)), `the console names the file: ${warnings.join(' | ')}`);
    if (file === 'ometer-widgets.wasm') await shot(page, 'integrity-refused');
    await context.close();
  });
}
