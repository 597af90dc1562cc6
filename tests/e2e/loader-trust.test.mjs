// The loader trusts only itself (issue 12): its global is recognised by a mark no element can carry, only
// its own script tags become widgets, and without document.currentScript it finds itself by its published
// path or refuses, never taking its origin from someone else's script. And the frames it makes get a
// sandbox and an allow list with only what the widgets need.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, newPage, widgetFrame, state, until, schoolServer } from './support.mjs';

let browser, server, school;
before(async () => { browser = await launch(); server = await serve(); school = await schoolServer(server.base); });
after(async () => { await browser.close(); await server.close(); await school.close(); });

const loader = (attrs = '') => `<script src="${server.base}/ometer/v1/embed.js" ${attrs} async></script>`;
const iframes = (page) => page.$$eval('iframe', (list) => list.map((f) => f.src));
// Another vendor's scripts, served by the test: they do nothing but exist.
async function vendorScripts(context) {
  await context.route((url) => /\/(chat|other|js)\//.test(url.pathname), (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* another vendor\'s script */' }));
}

test('an element named "Ometer" with a load() method does not stop the loader', async () => {
  const { page, context, problems } = await newPage(browser);
  // <audio> has a load() method, and id="Ometer" makes it window.Ometer.
  await page.goto(school.page(`<audio id="Ometer"></audio><div data-ometer="careerometer"></div>${loader()}`));
  const frame = await widgetFrame(page, 'careerometer');
  assert.equal((await state(frame)).ready, true);
  const api = await page.evaluate(() => ({ element: window.Ometer instanceof HTMLElement, version: window.Ometer.version,
    compare: typeof window.Ometer.compare, keys: Object.keys(window.Ometer) }));
  assert.deepEqual(api, { element: false, version: '1.0.0', compare: 'function', keys: ['version', 'load', 'compare'] });
  assert.equal(await page.evaluate(() => document.getElementById('Ometer').tagName), 'AUDIO', 'the element is left alone');
  // A second copy of the loader recognises the first and only rescans: still one widget.
  await page.evaluate((src) => new Promise((ok) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = ok;
    document.body.append(s);
  }), `${server.base}/ometer/v1/embed.js`);
  assert.equal((await iframes(page)).length, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test("only the loader's own script tags become widgets: another vendor's embed.js gets none", async () => {
  const { page, context, problems, warnings } = await newPage(browser);
  await vendorScripts(context);
  await page.goto(school.page(`
    <script src="${server.base}/chat/embed.js" data-widget="chat" async></script>
    <script src="${server.base}/other/embed.js" data-widget="careerometer" async></script>
    <script src="${server.base}/other/ometer/v1/embed.js" data-widget="careerometer" async></script>
    ${loader('data-widget="skillsometer"')}`));
  const frame = await widgetFrame(page, 'skillsometer');
  await page.waitForTimeout(500);
  const srcs = await iframes(page);
  assert.equal(srcs.length, 1, `one widget only: ${srcs.join(', ')}`);
  assert.match(srcs[0], /widget=skillsometer/);
  assert.equal((await state(frame)).widget, 'skillsometer');
  assert.deepEqual(warnings.filter((w) => w.startsWith('Ometer:')), [], 'nothing to warn about: the other scripts are not ours');
  assert.equal(await page.$$eval('[data-ometer]', (l) => l.length), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('without document.currentScript the loader finds its own tag by its published path', async () => {
  const { page, context, problems } = await newPage(browser);
  await vendorScripts(context);
  await context.addInitScript(() => Object.defineProperty(Document.prototype, 'currentScript', { get: () => null }));
  await page.goto(school.page(`<script src="${server.base}/chat/embed.js" async></script>${loader('data-widget="careerometer"')}`));
  const frame = await widgetFrame(page, 'careerometer');
  assert.ok(new URL(frame.url()).href.startsWith(`${server.base}/ometer/v1/`), frame.url());
  assert.deepEqual(problems, []);
  await context.close();
});

test('without document.currentScript and no recognisable tag, the loader refuses with a warning instead of guessing', async () => {
  for (const scripts of [
    // The loader copied to a path of the school's own, next to another vendor's embed.js.
    `<script src="${server.base}/chat/embed.js" async></script><script src="${server.base}/js/tools.js" data-widget="careerometer" async></script>`,
    // Two different places that both look like the loader: which one is it?
    `<script src="${server.base}/other/ometer/v1/embed.js" async></script>${loader('data-widget="careerometer"')}`,
  ]) {
    const { page, context, warnings } = await newPage(browser);
    await vendorScripts(context);
    await context.route(`${server.base}/js/tools.js`, async (route) => {
      const real = await route.fetch({ url: `${server.base}/ometer/v1/embed.js` });
      await route.fulfill({ response: real });
    });
    await context.addInitScript(() => Object.defineProperty(Document.prototype, 'currentScript', { get: () => null }));
    await page.goto(school.page(scripts));
    await page.waitForFunction(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).length >= 2);
    await page.waitForTimeout(800);
    assert.deepEqual(await iframes(page), [], 'no widget from a guessed origin');
    assert.ok(warnings.some((w) => w.startsWith('Ometer: could not tell which script tag is the widget loader')), warnings.join(' | '));
    await context.close();
  }
});

test('each widget frame gets a sandbox and an allow list with only what the widget needs', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(school.page(`<div data-ometer="skillsometer"></div>${loader()}`));
  const frame = await widgetFrame(page, 'skillsometer');
  const attrs = await page.$eval('iframe', (f) => ({ sandbox: f.getAttribute('sandbox'), allow: f.getAttribute('allow') }));
  assert.deepEqual(attrs.sandbox.split(' ').sort(),
    ['allow-modals', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts']);
  const features = await frame.evaluate(() => Object.fromEntries(['clipboard-write', 'clipboard-read', 'camera', 'microphone',
    'geolocation', 'payment', 'usb', 'display-capture', 'fullscreen'].map((f) => [f, document.featurePolicy.allowsFeature(f)])));
  assert.deepEqual(features, { 'clipboard-write': true, 'clipboard-read': false, camera: false, microphone: false,
    geolocation: false, payment: false, usb: false, 'display-capture': false, fullscreen: false });
  // What the sandbox must still let the widget do: keep progress, open the outside link, print.
  await frame.evaluate(() => { for (const c of ['start', 'answer 2']) window.ometerDebug.command(c); });
  await until(frame, (s) => s.answered === 1, 'an answer');
  assert.equal(await frame.evaluate(() => window.ometerDebug.progressKept()), true, 'storage works in the sandbox');
  await frame.waitForFunction(() => sessionStorage.length === 1);
  const popup = context.waitForEvent('page');
  await frame.evaluate(() => window.open('about:blank', '_blank', 'noopener'));
  assert.ok(await popup, 'a new tab opens');
  const blocked = [];
  page.on('console', (m) => { if (/sandboxed|allow-modals/.test(m.text())) blocked.push(m.text()); });
  await frame.evaluate(() => { window.ometerDebug.preparePrint(); window.print(); });
  await page.waitForTimeout(300);
  assert.deepEqual(blocked, [], 'printing is allowed');
  assert.deepEqual(problems, []);
  await context.close();
});
