// The stable widget pages in dist/ (issue 16): ./run dist writes ometer/v1/careerometer.html and
// skillsometer.html and their pinned copies, each naming the content-hashed files with their hashes, and
// nginx (web/deploy/nginx.conf) serves them short-cached like v1/embed.js (a day for a pinned version),
// compressed, with CORS; through nginx each page runs its widget in an iframe of another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { launch, newPage, root, until } from './support.mjs';
import { startNginx, buildDist, distDir } from './nginx.mjs';
import { site, anyWidget, problemsIn, consoleOf } from './sites.mjs';

const out = distDir;
let browser, nginx, school, manifest;
before(async () => {
  manifest = await buildDist(out);
  nginx = await startNginx(out);
  school = await site({ host: 'localhost' });
  browser = await launch();
});
after(async () => { await browser?.close(); await nginx?.stop(); await school?.close(); });

test('dist/ has an evergreen and a pinned stable page per widget, naming hashed files with their hashes', () => {
  assert.deepEqual(Object.keys(manifest.pages).sort(), ['careerometer', 'skillsometer']);
  for (const [widget, { evergreen, pinned }] of Object.entries(manifest.pages)) {
    assert.equal(evergreen, `ometer/v1/${widget}.html`);
    assert.equal(pinned, `ometer/${manifest.version}/${widget}.html`);
    const html = readFileSync(join(out, evergreen), 'utf8');
    assert.ok(readFileSync(join(out, pinned)).equals(Buffer.from(html)), 'the pinned copy is the same page');
    assert.match(html, new RegExp(`<html lang="en-GB" data-widget="${widget}">`));
    const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(\.\.\/assets\/[^"]+)"[^>]*>/g)];
    assert.ok(refs.length >= 5, `${widget} names its files (${refs.length})`);
    for (const [tag, ref] of refs) {
      assert.ok(existsSync(join(out, 'ometer/v1', ref)), `${ref} exists`);
      assert.match(tag, /integrity="sha384-[^"]+" crossorigin="anonymous"/, `${ref} carries its hash`);
    }
  }
  const embed = readFileSync(join(out, manifest.embed.evergreen), 'utf8');
  assert.ok(embed.includes('is not valid (use') && !embed.includes('@include') && !/^\s*export /m.test(embed),
    'the loader has the option rules built in');
});

test('nginx serves the stable pages short-cached (a day when pinned), compressed, with CORS', async () => {
  for (const { evergreen, pinned } of Object.values(manifest.pages)) {
    for (const [path, cache] of [[evergreen, 'public, max-age=300'], [pinned, 'public, max-age=86400']]) {
      const raw = readFileSync(join(out, path));
      for (const [accept, encoding, decode] of [['br, gzip', 'br', brotliDecompressSync], ['gzip', 'gzip', gunzipSync], ['', undefined, (b) => b]]) {
        const r = await nginx.get(`/${path}`, accept ? { 'Accept-Encoding': accept } : {});
        const what = `${path} (${accept || 'identity'})`;
        assert.equal(r.status, 200, what);
        assert.equal(r.headers['content-type'], 'text/html; charset=utf-8', what);
        assert.equal(r.headers['cache-control'], cache, what);
        assert.equal(r.headers['content-encoding'], encoding, what);
        assert.equal(r.headers['access-control-allow-origin'], '*', what);
        assert.ok(decode(r.body).equals(raw), `${what}: the body is the file`);
      }
    }
  }
  assert.equal((await nginx.get('/ometer/v1/nothing.html')).status, 404);
});

test('through nginx, each stable page runs its widget in an iframe of another origin, evergreen and pinned', async () => {
  const { evergreen, pinned } = manifest.pages.careerometer;
  const { context, page } = await newPage(browser, { width: 1000, height: 900 });
  const seen = consoleOf(page);
  await page.goto(school.page(`<iframe src="${nginx.base}/${evergreen}?occupations=5241,2231,3213" title="Jobs" width="100%" height="640"></iframe>
    <iframe src="${nginx.base}/${manifest.pages.skillsometer.pinned}?form=60" title="Quiz" width="100%" height="640"></iframe>
    <iframe src="${nginx.base}/${pinned}" title="Jobs, pinned" width="100%" height="400"></iframe>`));
  const careers = await anyWidget(page, 'careerometer');
  const s = await until(careers, (st) => st.cards.filter(Boolean).length === 3, 'the three jobs');
  assert.deepEqual(s.cards.map((c) => c.code), ['5241', '2231', '3213']);
  const quiz = await anyWidget(page, 'skillsometer');
  await quiz.evaluate(() => window.ometerDebug.command('start'));
  const q = await until(quiz, (st) => st.stage === 'questions', 'the 60-statement quiz');
  assert.equal(q.total, 60);
  await anyWidget(page, 'careerometer', 1);
  assert.deepEqual(problemsIn(seen), []);
  await context.close();
});
