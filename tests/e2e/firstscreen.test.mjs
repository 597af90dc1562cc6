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
async function openHeld(widget, options = {}) {
  const { page, context, problems } = await newPage(browser, options);
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
  assert.ok(await frame.evaluate(() => performance.getEntriesByName('ometer:paint').length === 1), 'the first useful paint is marked');
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
