// A lost WebGL context (issue 12): both widgets, embedded from another origin, lose their context through
// WEBGL_lose_context, keep working headless while it is away, and draw again with their state intact when
// it returns; a context that never returns gives the working HTML version, said politely. And a frame that
// would draw what the canvas shows already is not drawn again, nor one of a widget out of view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, newPage, widgetFrame, state, until, waitFor, canvasColours, shot, schoolServer, reveal } from './support.mjs';

let browser, server, school;
before(async () => { browser = await launch(); server = await serve(); school = await schoolServer(server.base); });
after(async () => { await browser.close(); await server.close(); await school.close(); });

const noise = (problems) => problems.filter((p) => !p.includes('GL Driver'));

async function open(widget) {
  const ctx = await newPage(browser, { width: 1100, height: 900 });
  await ctx.page.goto(school.page(`<h1>Careers</h1><script src="${server.base}/ometer/v1/embed.js" data-widget="${widget}" async></script>`));
  return { ...ctx, frame: await widgetFrame(ctx.page, widget) };
}

// Puts each widget in a state worth keeping: two jobs side by side; a quiz five statements in.
const SETUP = {
  careerometer: ['add 5241', 'add 2231'],
  skillsometer: ['start', 'answer 2', 'answer 0', 'answer 1', 'answer 2', 'answer 2'],
};
// One more step taken while the context is away, to show the widget kept running.
const WHILE_LOST = { careerometer: 'add 3213', skillsometer: 'answer 0' };
const facts = (s) => (s.widget === 'careerometer' ? { codes: s.cards.filter(Boolean).map((c) => c.code) }
  : { stage: s.stage, answered: s.answered, current: s.current });

async function loseContext(frame) {
  await frame.evaluate(() => {
    window.__lose = document.getElementById('ometer-canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    window.__lose.loseContext();
  });
  await frame.waitForFunction(() => window.ometerDebug.glContext().losses === 1);
}

for (const widget of ['careerometer', 'skillsometer']) {
  test(`${widget}: a lost WebGL context comes back, and the widget draws again with its state intact`, async (t) => {
    const { page, context, problems, warnings, frame } = await open(widget);
    await frame.evaluate((lines) => lines.forEach((l) => window.ometerDebug.command(l)), SETUP[widget]);
    const before = facts(await state(frame));
    await page.waitForTimeout(700);
    const coloursBefore = await canvasColours(frame);
    assert.ok(coloursBefore > 8, 'drawn before the loss');

    await loseContext(frame);
    await frame.evaluate((line) => window.ometerDebug.command(line), WHILE_LOST[widget]);
    const during = facts(await state(frame));
    assert.notDeepEqual(during, before, 'the widget kept working while its context was away');

    // Restore and time it: from restoreContext() to the first frame drawn on the new context.
    const ms = await frame.evaluate(() => new Promise((done) => {
      const drawn = window.ometerDebug.framesDrawn();
      const t0 = performance.now();
      window.__lose.restoreContext();
      const poll = () => (window.ometerDebug.framesDrawn() > drawn && window.ometerDebug.glContext().restores === 1
        ? done(performance.now() - t0) : requestAnimationFrame(poll));
      poll();
    }));
    t.diagnostic(`${widget}: restoreContext() to the first frame drawn again: ${ms.toFixed(0)} ms`);
    await page.waitForTimeout(700);
    // As much drawn as before (a renderer rebuilt with stale buffers draws the background and little else).
    const coloursAfter = await canvasColours(frame);
    assert.ok(coloursAfter >= coloursBefore * 0.6, `drawn again after the restore: ${coloursAfter} colours, ${coloursBefore} before`);
    assert.deepEqual(facts(await state(frame)), during, 'the state is what it was');
    assert.equal(await frame.evaluate(() => document.getElementById('app').classList.contains('fallback')), false);
    // Input still reaches the canvas widget.
    await frame.evaluate((w) => window.ometerDebug.command(w === 'careerometer' ? 'remove 0' : 'answer 1'), widget);
    await until(frame, (s) => JSON.stringify(facts(s)) !== JSON.stringify(during), 'a change after the restore');
    await shot(page, `glcontext-restored-${widget}`);
    assert.deepEqual(warnings.filter((w) => /INVALID|WebGL:/.test(w)), [], 'no WebGL errors from the rebuilt renderer');
    assert.deepEqual(noise(problems), []);
    await context.close();
  });

  test(`${widget}: a context that never returns gives the working HTML version`, async () => {
    const { page, context, problems, warnings, frame } = await open(widget);
    await frame.evaluate((lines) => lines.forEach((l) => window.ometerDebug.command(l)), SETUP[widget]);
    const before = facts(await state(frame));
    await loseContext(frame);
    await frame.waitForFunction(() => document.getElementById('app').classList.contains('fallback'), null, { timeout: 6000 });
    assert.equal(await frame.locator('canvas').isVisible(), false);
    await frame.waitForFunction(() => /simpler version/.test(document.getElementById('live').textContent));
    assert.ok(warnings.some((w) => w.includes('WebGL context was lost')), 'a console warning says why');
    assert.deepEqual(facts(await state(frame)), before, 'nothing the student did was lost');

    // The HTML version works: real buttons, clicked.
    if (widget === 'careerometer') {
      await frame.getByRole('button', { name: /^Remove/ }).first().click();
      await until(frame, (s) => s.cards.filter(Boolean).length === 1, 'a card removed from the HTML version');
    } else {
      await frame.getByRole('button', { name: /love it/i }).first().click();
      await until(frame, (s) => s.answered === before.answered + 1, 'an answer given in the HTML version');
    }
    // The iframe fits the HTML version (the frame reports the HTML's height, as it does without WebGL2).
    let fits = false;
    for (let i = 0; i < 50 && !fits; i++) {
      const appHeight = await frame.evaluate(() => Math.ceil(document.getElementById('app').getBoundingClientRect().height));
      fits = Math.abs(await page.$eval('iframe', (f) => f.getBoundingClientRect().height) - appHeight) <= 1;
      if (!fits) await page.waitForTimeout(100);
    }
    assert.ok(fits, 'the iframe is as tall as the HTML version');
    await shot(page, `glcontext-fallback-${widget}`);
    assert.deepEqual(noise(problems), []);
    await context.close();
  });
}

// Every frame put on a canvas is GPU and compositor work (and, where the browser composites in software,
// a read-back of the whole canvas on the page's main thread): a frame that would draw what the canvas
// shows already is run (the widget's state moves on) but not drawn.
test('a frame that would change nothing on the canvas is not drawn again; one that changes it is', async () => {
  const { context, problems, frame } = await open('careerometer');
  const settled = () => frame.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 200)))));
  const counts = () => frame.evaluate(() => ({ run: window.ometerDebug.framesDrawn(), drawn: window.ometerDebug.framesPresented() }));
  await settled();
  const start = await counts();
  assert.ok(start.drawn >= 1, 'the widget has drawn on its canvas');
  // The page resizes to the same size: the widget runs two frames for it, both alike.
  await frame.evaluate(() => window.dispatchEvent(new Event('resize')));
  await settled();
  const idle = await counts();
  assert.ok(idle.run > start.run, 'the widget ran frames for the resize');
  assert.equal(idle.drawn, start.drawn, 'none of them was drawn: the canvas showed them already');
  await frame.evaluate(() => window.ometerDebug.command('add 5241'));
  await settled();
  assert.ok((await counts()).drawn > idle.drawn, 'a card added is drawn');
  assert.deepEqual(noise(problems), []);
  await context.close();
});

// A widget further down a page draws nothing on its canvas until a student scrolls near it (with no GPU,
// each drawn frame is read back while the page waits): the demo page on a phone, scrolled to its top,
// where both widgets start more than half a screen below the fold, embedded from the page's own site (an
// origin the browser does not stop animating; the frames may have drawn while the test scrolled to them). Out of view a widget still runs: a command changes it and
// its mirror follows, with no frame drawn. Each canvas draws once scrolled to.
test('a widget out of view draws nothing on its canvas until it comes near; it keeps running meanwhile', async () => {
  const { context, page, problems } = await newPage(browser, { width: 412, height: 823, dpr: 2, isMobile: true, hasTouch: true });
  await page.goto(`${server.base}/`);
  // The demo page scrolls smoothly; this test's scrolling (to each widget, back to the top) lands at once.
  await page.evaluate(() => { document.documentElement.style.scrollBehavior = 'auto'; });
  const frames = [await widgetFrame(page, 'careerometer'), await widgetFrame(page, 'skillsometer')];   // scrolls to each
  await page.evaluate(() => window.scrollTo(0, 0));
  const tops = await page.locator('iframe').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
  assert.ok(tops.every((t) => t > 823 * 1.5), `both widgets start more than half a screen below the fold (${tops})`);
  await page.waitForTimeout(500);
  const counts = (f) => f.evaluate(() => ({ run: window.ometerDebug.framesDrawn(), drawn: window.ometerDebug.framesPresented() }));
  const mirror = (f) => f.evaluate(() => document.getElementById('mirror').textContent);
  // A search typed in by the page (no focus moves, so the page stays where it is): the Careerometer runs
  // frames for it and its mirror shows the results, with none drawn.
  const [career] = frames;
  const before = await counts(career);
  const text = await mirror(career);
  await career.evaluate(() => window.ometerDebug.command('query nurse'));
  await waitFor(() => mirror(career), (t) => t !== text, 'the mirror showing the search');
  await career.evaluate(() => new Promise((ok) => setTimeout(ok, 300)));
  const after = await counts(career);
  assert.ok(after.run > before.run, 'the Careerometer ran frames for the search');
  assert.equal(after.drawn, before.drawn, 'and drew none of them on its canvas');
  for (const f of frames) {
    const before = await counts(f);
    await reveal(f);
    await waitFor(() => counts(f), (c) => c.drawn > before.drawn, 'the widget drawn once scrolled to');
    assert.ok(await canvasColours(f) > 8, 'its canvas shows the widget');
  }
  assert.deepEqual(noise(problems), []);
  await context.close();
});
