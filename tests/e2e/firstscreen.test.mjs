// The first screen: from dist/, each widget shows its first screen as HTML before the wasm is ready (the
// view-model tools/first_screen writes into the frame document), the student can use it at once, and
// nothing they did is lost when the canvas takes over. The wasm download is held back here so the early
// screen is there to test for as long as the test needs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, newPage, root, serveDist, state, shot, waitFor } from './support.mjs';
import { buildDist } from './nginx.mjs';

const out = join(root, 'build/e2e/dist-first');
let browser, server;

before(async () => {
  await buildDist(out);
  const page = (name, div) => writeFileSync(join(out, `demo/${name}.html`), `<!doctype html><html lang="en-GB"><head>` +
    `<meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head><body>${div}<script src="/ometer/v1/embed.js" async></script></body></html>`);
  for (const w of ['careerometer', 'skillsometer']) page(`only-${w}`, `<div data-ometer="${w}"></div>`);
  page('compare', '<div data-ometer="careerometer" data-occupations="5241,5315"></div>');
  browser = await launch();
  server = await serveDist(out);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Opens a widget with its wasm held until release() is called; returns the frame as soon as it exists.
async function openHeld(widget, options = {}, init = null) {
  const { page, context, problems } = await newPage(browser, options);
  if (init) await page.addInitScript(init);
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(`${server.base}/only-${widget}.html`);
  const frame = await waitFor(async () => page.frames().find((f) => f.url().includes(`widget=${widget}`)), Boolean, 'the widget frame');
  await frame.waitForSelector('#mirror h2', { timeout: 10000 });
  return { page, context, problems, frame, release };
}

const ready = (frame) => frame.waitForFunction(() => !!window.ometerDebug, null, { timeout: 30000 });

test('Careerometer: the first screen is HTML at once, and words typed before the widget is ready are searched', async () => {
  const { page, context, problems, frame, release } = await openHeld('careerometer', { width: 390, height: 800 });
  assert.equal(await frame.locator('#mirror h2').textContent(), 'Careerometer');
  assert.ok(await frame.locator('#app').evaluate((el) => el.classList.contains('early')), 'shown as the early HTML screen');
  await frame.waitForFunction(() => performance.getEntriesByName('ometer:paint').length === 1, null, { timeout: 5000 });   // the first useful paint, marked as it is drawn
  assert.equal(await frame.evaluate(() => !!window.ometerDebug), false, 'the widget is not ready yet');
  const search = frame.locator('#search');
  assert.ok(await search.isVisible(), 'the search box is there to type in');
  assert.match(await search.getAttribute('aria-label'), /Search for a job/);
  await shot(page, 'first-screen-careerometer');
  await search.click();
  await page.keyboard.type('electrician');
  release();
  await ready(frame);
  const s = await waitFor(() => state(frame), (st) => st.results && st.results.length > 0, 'results for what was typed early');
  assert.equal(s.query, 'electrician');
  assert.equal(await search.inputValue(), 'electrician', 'nothing typed was lost');
  assert.ok(await frame.locator('#app').evaluate((el) => !el.classList.contains('early') && !el.classList.contains('fallback')),
    'the canvas has taken over');
  // Its context came after a worker had set up the GPU connection (the frame's CSP lets that worker run).
  assert.equal(await frame.evaluate(() => window.ometerDebug.glWarm()), 'warmed');
  // ...and at the canvas's own size: the drawing buffer is the size the widget draws at.
  const size = await frame.evaluate(() => {
    const c = document.getElementById('ometer-canvas');
    return { buffer: [c.width, c.height], css: [c.clientWidth, c.clientHeight], dpr: window.devicePixelRatio };
  });
  assert.deepEqual(size.buffer, size.css.map((v) => Math.round(v * size.dpr)), JSON.stringify(size));
  assert.deepEqual(problems, []);
  await context.close();
});

test('Skillsometer: Start pressed on the early screen starts the quiz once the widget is ready', async () => {
  const { context, problems, frame, release } = await openHeld('skillsometer');
  const start = frame.locator('#mirror button', { hasText: /^Start/ });
  assert.ok(await start.isVisible(), 'the Start button is on the early screen');
  await start.click();
  release();
  await ready(frame);
  const s = await waitFor(() => state(frame), (st) => st.stage === 'questions', 'the quiz under way');
  assert.equal(s.statement.id, 1, 'on the first statement');
  assert.deepEqual(problems, []);
  await context.close();
});

// Logs, in every frame, each time a canvas gets a WebGL context or a new width or height.
function logCanvas() {
  const log = (window.__canvasLog = []);
  const proto = HTMLCanvasElement.prototype;
  const getContext = proto.getContext;
  proto.getContext = function (...args) { log.push(`context ${this.width}x${this.height}`); return getContext.apply(this, args); };
  for (const key of ['width', 'height']) {
    const d = Object.getOwnPropertyDescriptor(proto, key);
    Object.defineProperty(proto, key, { ...d, set(v) { log.push(`${key} ${v}`); d.set.call(this, v); } });
  }
}

test('the canvas gets its context once the widget is ready, already at the size it is drawn at', async () => {
  // A drawing buffer resized after frames were drawn makes the main thread wait for the GPU (a long task).
  const { context, problems, frame, release } = await openHeld('skillsometer', { width: 390, height: 800 }, logCanvas);
  assert.deepEqual(await frame.evaluate(() => window.__canvasLog), [], 'no context while the first screen shows');
  release();
  await ready(frame);
  await frame.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 300)))));
  assert.ok(await frame.evaluate(() => window.ometerDebug.framesDrawn()) > 0, 'the canvas has drawn');
  const log = await frame.evaluate(() => window.__canvasLog);
  const c = await frame.evaluate(() => { const el = document.getElementById('ometer-canvas'); return `${el.width}x${el.height}`; });
  assert.deepEqual(log, [`width ${c.split('x')[0]}`, `height ${c.split('x')[1]}`, `context ${c}`], 'sized, then its context, then no resize');
  assert.deepEqual(problems, []);
  await context.close();
});

test('options that change the first screen skip it: a comparison opens straight as the widget', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(`${server.base}/compare.html`);
  const frame = await waitFor(async () => page.frames().find((f) => f.url().includes('occupations=')), Boolean, 'the widget frame');
  await ready(frame);
  assert.deepEqual((await state(frame)).codes, ['5241', '5315']);
  assert.ok(await frame.evaluate(() => performance.getEntriesByName('ometer:paint').length === 1), 'the first paint is marked at ready');
  assert.deepEqual(problems, []);
  await context.close();
});

// The first screen takes the height the canvas will have (tools/first_screen measures it at every width),
// so the school's page under the widget does not move when the canvas takes over. It used to: 672 -> 610 px
// (Careerometer, 1280 px wide), 497 -> 762 px (Skillsometer), 810 -> 924 px (Skillsometer on a phone).
test('the first screen is as tall as the canvas that takes over: the page under the widget stays put', async () => {
  for (const widget of ['careerometer', 'skillsometer']) {
    for (const width of [390, 1280]) {
      const { page, context, problems, frame, release } = await openHeld(widget, { width, height: 900 });
      const iframe = () => page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
      const own = () => frame.evaluate(() => Math.ceil(document.getElementById('app').getBoundingClientRect().height));
      const early = await own();
      await waitFor(iframe, (h) => h === early, `${widget} at ${width} px: the page sizing the frame to its first screen (${early} px)`);
      release();
      await ready(frame);
      const drawn = await waitFor(() => frame.evaluate(() => parseFloat(document.getElementById('ometer-canvas').style.height) || 0),
        (h) => h > 0, 'the canvas sized');
      await waitFor(iframe, (h) => h === Math.ceil(drawn), `${widget} at ${width} px: the frame as tall as the canvas`);
      assert.equal(Math.ceil(drawn), early, `${widget} at ${width} px: the canvas is as tall as the first screen was`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
});
