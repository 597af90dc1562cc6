// The embed loader as schools use it: the demo page under its strict CSP, several widgets on one page (also
// from another origin), no duplicates, warnings for bad options, widgets talking through the loader,
// auto-height, page scrolling over a widget, and the frame's error and no-WebGL2 states.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, newPage, widgetFrame, state, until, canvasColours, shot, finishQuiz, isWidgetFrameUrl, schoolServer, run, drawn, settle,
  waitFor } from './support.mjs';

let browser, server, school, assetOrigin;
before(async () => {
  browser = await launch();
  server = await serve();
  assetOrigin = server.base;   // serves the widget
  school = await schoolServer(assetOrigin);   // another origin plays the school's own site
});
after(async () => { await browser.close(); await server.close(); await school.close(); });

// Opens a made-up school page with `body` in its <main>; setUp runs on the new context first.
async function schoolPage(body, options = {}, setUp = async () => {}) {
  const ctx = await newPage(browser, options);
  await setUp(ctx);
  await ctx.page.goto(school.page(body));
  return ctx;
}
const loaderTag = (attrs = '') => `<script src="${assetOrigin}/ometer/v1/embed.js" ${attrs} async></script>`;
const iframeCount = (page) => page.evaluate(() => document.querySelectorAll('iframe').length);

test('the demo page renders both widgets under its strict CSP, with no CSP violations', async () => {
  const { page, context, problems } = await newPage(browser, { width: 1280, height: 1000 });
  await context.addInitScript(() => { window.__globalsBefore = Object.getOwnPropertyNames(window); });
  await page.goto(`${server.base}/`);
  for (const w of ['careerometer', 'skillsometer']) {
    const frame = await widgetFrame(page, w);
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.ok(await canvasColours(frame) > 8, `${w} drew its canvas`);
  }
  const frames = await page.$$eval('iframe', (list) => list.map((f) => ({
    title: f.title, loading: f.getAttribute('loading'), referrer: f.getAttribute('referrerpolicy'), allow: f.getAttribute('allow'),
    tabindex: f.getAttribute('tabindex'), container: f.parentElement.getAttribute('data-ometer'),
    loaded: f.parentElement.hasAttribute('data-ometer-loaded'),
  })));
  assert.equal(frames.length, 2);
  for (const f of frames) {
    assert.match(f.title, /^(Careerometer|Skillsometer): /);
    assert.equal(f.loading, 'lazy');
    assert.equal(f.referrer, 'no-referrer');
    assert.doesNotMatch(f.allow, /(^|;)\s*[a-z-]+\s+(\*|'self'|'src')/, 'the allow attribute grants nothing');
    assert.equal(f.tabindex, null, 'no tabindex tricks');
    assert.ok(f.loaded);
  }
  // The loader added no stylesheet and no global but window.Ometer.
  assert.equal(await page.evaluate(() => document.querySelectorAll('style').length), 0);
  const added = await page.evaluate(() => Object.getOwnPropertyNames(window)
    .filter((k) => !window.__globalsBefore.includes(k) && k !== '__globalsBefore' && !/^\d+$/.test(k)));   // frames are window[0], window[1]
  assert.deepEqual(added, ['Ometer']);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'embed-demo');
  assert.deepEqual(problems, []);
  await context.close();
});

test('two Careerometers on one page (another origin) work independently', async () => {
  const { page, context, problems } = await schoolPage(`<h1>Compare</h1>${loaderTag('data-widget="careerometer"')}
    <h2>And again</h2>${loaderTag('data-widget="careerometer" data-theme="dark"')}`);
  const first = await widgetFrame(page, 'careerometer', 0);
  const second = await widgetFrame(page, 'careerometer', 1);
  assert.equal(await iframeCount(page), 2);

  // Typing goes to the focused widget only: each is its own document with its own keyboard focus.
  await first.locator('#search').click();
  await page.keyboard.type('electrician');
  await until(first, (s) => s.query === 'electrician', 'the first widget to get the query');
  assert.equal((await state(second)).query, '', 'the second widget saw no keys');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'IFRAME');

  await second.evaluate(() => window.ometerDebug.command('add 2231'));
  await until(second, (s) => (s.cards || []).filter(Boolean).length === 1, 'a card in the second widget');
  assert.equal((await state(first)).cards.filter(Boolean).length, 0, 'the first widget has no cards');
  assert.deepEqual(problems, []);
  await context.close();
});

test('containers, a second script tag and Ometer.load() never duplicate a widget', async () => {
  const { page, context, problems } = await schoolPage(`
    <div id="quiz" data-ometer="skillsometer"><a href="https://nationalcareers.service.gov.uk/">Careers quiz</a></div>
    ${loaderTag()}
    <div id="jobs" data-ometer="careerometer"></div>
    ${loaderTag('data-widget="careerometer"')}
    ${loaderTag()}`);
  await widgetFrame(page, 'skillsometer');
  await widgetFrame(page, 'careerometer', 1);
  assert.equal(await iframeCount(page), 3);
  assert.equal(await page.$$eval('#quiz a', (l) => l.length), 0, 'the fallback link made way for the widget');

  await page.evaluate(() => { window.Ometer.load(); window.Ometer.load(document.body); });
  assert.equal(await iframeCount(page), 3, 'load() again adds nothing');

  // A container added later (as a single-page site would) appears once, however often load() runs.
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.id = 'later';
    div.setAttribute('data-ometer', 'skillsometer');
    document.querySelector('main').append(div);
    window.Ometer.load(div);
    window.Ometer.load();
  });
  assert.equal(await iframeCount(page), 4);
  assert.equal(await page.$$eval('#later iframe', (l) => l.length), 1);
  assert.equal(await page.$$eval('[data-ometer]:not([data-ometer-loaded])', (l) => l.length), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('invalid data attributes warn, naming the attribute, and the widget renders with defaults', async () => {
  const { page, context, problems, warnings } = await schoolPage(`
    <div data-ometer="careerometer" data-theme="purple" data-region="fr" data-font-scale="3" data-accent="red"
         data-height="tall" data-form="45" data-occupations="1,2,3,4" data-lang="fr-FR"></div>
    <div data-ometer="skillsometer" data-scale="7"></div>
    <div data-ometer="jobometer"></div>
    ${loaderTag()}`);
  const frame = await widgetFrame(page, 'careerometer');
  await widgetFrame(page, 'skillsometer');
  await widgetFrame(page, 'careerometer', 1);   // the unknown widget name became a Careerometer
  const mine = warnings.filter((w) => w.startsWith('Ometer: '));
  for (const [attr, fallback] of [['data-theme', 'light'], ['data-region', 'uk'], ['data-font-scale', '1'],
    ['data-accent', "the theme's own colour"], ['data-height', 'automatic height'], ['data-occupations', 'no jobs'],
    ['data-lang', 'en-GB'], ['data-scale', '3'], ['data-ometer', 'careerometer']]) {
    const w = mine.find((m) => m.includes(`${attr}=`));
    assert.ok(w, `a warning names ${attr}; got ${JSON.stringify(mine)}`);
    assert.ok(w.includes(`default: ${fallback}`), `${attr}'s warning gives the default (${w})`);
  }
  assert.ok(mine.some((m) => m.includes('data-form') && m.includes('skillsometer only')), 'data-form on a Careerometer is reported');
  // Nothing invalid reached the widget: it runs with the defaults.
  const url = new URL(frame.url());
  for (const key of ['theme', 'region', 'font-scale', 'accent', 'height', 'form', 'occupations']) {
    assert.ok(!new URLSearchParams(url.hash.slice(1)).has(key), `${key} was not passed on`);
  }
  const s = await state(frame);
  assert.equal(s.ready, true);
  assert.ok(await canvasColours(frame) > 8);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the Skillsometer's compare fills the first Careerometer, unless the page handles it", async () => {
  const { page, context, problems } = await newPage(browser, { width: 1280, height: 1000 });
  await page.goto(`${server.base}/`);
  await page.evaluate(() => {
    window.__events = [];
    for (const type of ['ometer:ready', 'ometer:quizcomplete', 'ometer:compare']) {
      document.addEventListener(type, (e) => window.__events.push({ type, widget: e.target.getAttribute('data-ometer'), detail: e.detail }));
    }
  });
  const careers = await widgetFrame(page, 'careerometer');
  const quiz = await widgetFrame(page, 'skillsometer');
  const results = await finishQuiz(quiz, (i) => (i % 6 === 0 || i % 6 === 4 ? 2 : i % 6 === 1 ? 1 : 0));
  const expected = results.results.matches.slice(0, 3).map((m) => m.code);
  assert.equal(expected.length, 3);

  // A site that handles compare itself cancels the event: the Careerometer is left alone.
  await page.evaluate(() => document.addEventListener('ometer:compare', (e) => e.preventDefault(), { once: true }));
  await quiz.evaluate(() => window.ometerDebug.command('compare'));
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'ometer:compare'));
  await page.waitForTimeout(300);
  assert.equal((await state(careers)).cards.filter(Boolean).length, 0, 'a cancelled compare changes nothing');

  await quiz.evaluate(() => window.ometerDebug.command('compare'));
  const filled = await until(careers, (s) => s.cards.filter(Boolean).length === 3, 'the Careerometer to show the matches');
  assert.deepEqual(filled.cards.map((c) => c.code), expected);

  const events = await page.evaluate(() => window.__events);
  const compare = events.filter((e) => e.type === 'ometer:compare');
  assert.equal(compare.length, 2);
  assert.deepEqual(compare[0].detail, expected);
  assert.equal(compare[0].widget, 'skillsometer');
  const complete = events.find((e) => e.type === 'ometer:quizcomplete');
  assert.ok(complete && complete.detail && typeof complete.detail === 'object', 'quizcomplete carries the profile');
  await shot(page, 'embed-compare');
  assert.deepEqual(problems, []);
  await context.close();
});

test('with no Careerometer on the page, compare opens one just after the quiz, in the quiz\'s look', async () => {
  const { page, context, problems } = await schoolPage(
    `<div id="quiz" data-ometer="skillsometer" data-theme="dark" data-font-scale="1.2" data-form="30"></div><p id="after">After</p>${loaderTag()}`,
    { width: 1280, height: 900 });
  const quiz = await widgetFrame(page, 'skillsometer');
  const results = await finishQuiz(quiz, (i) => (i % 6 === 2 ? 2 : 1));
  const expected = results.results.matches.slice(0, 3).map((m) => m.code);
  assert.equal(expected.length, 3);
  assert.equal(await iframeCount(page), 1);
  await quiz.evaluate(() => window.ometerDebug.command('compare'));
  const careers = await widgetFrame(page, 'careerometer');
  const filled = await until(careers, (st) => st.cards.filter(Boolean).length === 3, 'the new Careerometer to show the matches');
  assert.deepEqual(filled.cards.map((c) => c.code), expected);
  // Placed right after the quiz, before the page's own content, with the quiz's options but not its form.
  const order = await page.evaluate(() => [...document.body.querySelectorAll('[data-ometer], #after')].map((e) => e.id || e.getAttribute('data-ometer')));
  assert.deepEqual(order, ['quiz', 'careerometer', 'after']);
  const hash = new URLSearchParams(new URL(careers.url()).hash.slice(1));
  assert.equal(hash.get('theme'), 'dark');
  assert.equal(hash.get('font-scale'), '1.2');
  assert.equal(hash.get('form'), null);
  // The next compare fills that one; no second Careerometer.
  await quiz.evaluate(() => window.ometerDebug.command('pick 0'));
  await quiz.evaluate(() => window.ometerDebug.command('compare'));
  await page.waitForTimeout(500);
  assert.equal(await iframeCount(page), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('ometer:ready fires on each container, and a compare sent early waits for the Careerometer', async () => {
  const { page, context, problems } = await schoolPage(`<div id="c" data-ometer="careerometer"></div>${loaderTag()}`);
  const readyAt = page.evaluate(() => new Promise((ok) => {
    document.getElementById('c').addEventListener('ometer:ready', (e) => ok(e.detail.widget));
  }));
  // Sent before the widget is ready: the loader queues it.
  await page.waitForFunction(() => window.Ometer);
  assert.equal(await page.evaluate(() => window.Ometer.compare(['5241', '2231'])), true);
  assert.equal(await readyAt, 'careerometer');
  const frame = await widgetFrame(page, 'careerometer');
  const s = await until(frame, (st) => st.cards.filter(Boolean).length === 2, 'the queued compare');
  assert.deepEqual(s.cards.filter(Boolean).map((c) => c.code), ['5241', '2231']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('auto-height follows the widget; a fixed height stays put', async () => {
  const { page, context, problems } = await schoolPage(`<div id="auto" data-ometer="careerometer"></div>
    <div id="fixed" data-ometer="careerometer" data-height="480"></div>${loaderTag()}`);
  const auto = await widgetFrame(page, 'careerometer', 0);
  const fixed = await widgetFrame(page, 'careerometer', 1);
  const heightOf = (sel) => page.$eval(`${sel} iframe`, (f) => f.getBoundingClientRect().height);
  const canvasHeight = (frame) => frame.evaluate(() => document.getElementById('ometer-canvas').getBoundingClientRect().height);

  await page.waitForFunction(() => document.querySelector('#auto iframe').style.height !== '560px');
  const before = await heightOf('#auto');
  assert.equal(before, await canvasHeight(auto));
  await run(auto, 'add 5241', 'add 2231', 'add 3213', 'details 0');
  await page.waitForFunction((h) => document.querySelector('#auto iframe').getBoundingClientRect().height > h, before);
  await drawn(auto, 'card-0-description');   // the details arrive from uk-details.json
  await settle(auto);
  await waitFor(async () => (await heightOf('#auto')) === (await canvasHeight(auto)), Boolean, 'the iframe exactly as tall as the widget');

  await run(fixed, 'add 5241', 'add 2231', 'details 0');
  await (await fixed.frameElement()).scrollIntoViewIfNeeded();   // frames out of view are not drawn
  await drawn(fixed, 'card-0-description');
  await settle(fixed);
  assert.equal(await heightOf('#fixed'), 480);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the mouse wheel over a widget scrolls the school page', async () => {
  const { page, context, problems } = await newPage(browser, { width: 1280, height: 800 });
  await page.goto(`${server.base}/`);
  const frame = await widgetFrame(page, 'careerometer');
  await frame.locator('canvas').scrollIntoViewIfNeeded();
  const box = await page.$eval('iframe', (f) => { const r = f.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + 200 }; });
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.move(box.x, box.y);
  await page.mouse.wheel(0, 400);
  await page.waitForFunction((y) => window.scrollY > y + 100, before, { timeout: 5000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a failed download shows a friendly message with a retry button, and tells the page', async () => {
  const second = await schoolPage(`<div id="c" data-ometer="careerometer"></div>${loaderTag()}`, {},
    async ({ context }) => {
      await context.route('**/*.wasm', (route) => route.abort('internetdisconnected'));
      await context.addInitScript(() => {
        window.__errors = [];
        document.addEventListener('ometer:error', (e) => window.__errors.push(e.detail.message));
      });
    });
  await second.page.waitForFunction(() => window.__errors.length > 0);
  assert.match((await second.page.evaluate(() => window.__errors))[0], /could not be downloaded/);
  const frame = second.page.frames().find((f) => isWidgetFrameUrl(f.url()));
  assert.match(await frame.locator('#status-text').textContent(), /could not be downloaded.*try again/i);
  assert.equal(await frame.locator('#retry').isVisible(), true);
  assert.equal(await frame.locator('.spinner').isVisible(), false);
  await shot(second.page, 'embed-failed');
  await second.context.close();
});

test('without WebGL2 the widget is plain HTML, and the iframe fits it', async () => {
  const { page, context, problems, warnings } = await schoolPage(`<div data-ometer="skillsometer"></div>${loaderTag()}`, {},
    ({ context: c }) => c.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
        return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
      };
    }));
  const frame = await widgetFrame(page, 'skillsometer');
  assert.equal(await frame.evaluate(() => document.getElementById('app').classList.contains('fallback')), true);
  assert.equal(await frame.getByRole('button', { name: 'Start the quiz' }).isVisible(), true);
  await page.waitForFunction(() => document.querySelector('iframe').style.height !== '520px');
  const appHeight = await frame.evaluate(() => Math.ceil(document.getElementById('app').getBoundingClientRect().height));
  assert.equal(await page.$eval('iframe', (f) => f.getBoundingClientRect().height), appHeight);
  assert.ok(warnings.some((w) => w.includes('WebGL2 is not available')));
  assert.deepEqual(problems, []);
  await context.close();
});
