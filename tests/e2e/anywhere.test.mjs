// Embed anywhere a school's website lets you (issue 16) and quiz progress per instance (issue 12): the stable
// widget pages (ometer/v1/careerometer.html, skillsometer.html) in a plain iframe of another origin and in
// a sandbox without an origin of its own; the script snippet inside a site builder's sandboxed iframe (with
// and without allow-same-origin) and in a nested frame of another origin with a fixed height; storage
// blocked; a phone at a fixed 600 px. Each completes the widget's main task: three jobs compared; the quiz
// finished and its results compared (in the same frame when there is no loader, and back again).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, newPage, state, until, finishQuiz, resultsShown, reveal, shot, waitFor } from './support.mjs';
import { site, anyWidget, consoleOf, problemsIn } from './sites.mjs';

let browser, server, school, builder;
before(async () => {
  browser = await launch();
  server = await serve();                      // the widget host: http://127.0.0.1:P
  school = await site({ host: 'localhost' });  // the school's site: another host name, so another origin
  builder = await site();                      // a site builder's embed domain: another port
});
after(async () => { await browser.close(); await server.close(); await school.close(); await builder.close(); });

const pageUrl = (widget, query = '') => `${server.base}/ometer/v1/${widget}.html${query}`;
const iframe = (src, attrs = '') => `<iframe src="${src}" title="Careers widget" width="100%" height="700" ${attrs}></iframe>`;
const loader = (attrs) => `<script src="${server.base}/ometer/v1/embed.js" ${attrs} async></script>`;
const cardCodes = (s) => s.cards.filter(Boolean).map((c) => c.code);

async function open(url, options = {}, setUp = async () => {}) {
  const { context, page } = await newPage(browser, options);
  const seen = consoleOf(page);
  await setUp(context);
  await page.goto(url);
  return { context, page, seen };
}

// The Careerometer's main task: three jobs side by side.
async function compareThree(frame) {
  await frame.evaluate(() => { for (const c of ['add 5241', 'add 2231', 'add 3213']) window.ometerDebug.command(c); });
  const s = await until(frame, (st) => cardCodes(st).length === 3, 'three jobs compared');
  assert.deepEqual(cardCodes(s), ['5241', '2231', '3213']);
}

// Waits until `frame` (which navigates) runs a ready `widget`.
async function becomes(frame, widget) {
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    try {
      if (await frame.evaluate((w) => !!(window.ometerDebug && window.ometerDebug.state().ready && window.ometerDebug.state().widget === w), widget)) return frame;
    } catch { /* navigating */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${frame.url()} never became a ready ${widget}`);
}

// The Skillsometer's: the quiz finished, its top jobs compared in a Careerometer: in the quiz's own frame
// (`inPlace`, a stable page without the loader), or the loader's first Careerometer anywhere in the page.
// Returns the Careerometer's frame and the results code.
async function quizAndCompare(page, quiz, { inPlace = false } = {}) {
  const results = await finishQuiz(quiz, (i) => (i % 6 === 1 || i % 6 === 3 ? 2 : i % 3));
  const picked = results.results.compare;
  assert.equal(picked.length, 3);
  const code = await quiz.evaluate(() => {
    const find = (n) => (n.id === 'keep-code' ? n : (n.children || []).map(find).find(Boolean));
    return find(window.ometerDebug.vm()).text;
  });
  assert.match(code, /^SK1-/);
  await quiz.evaluate(() => window.ometerDebug.command('compare'));
  const careers = inPlace ? await becomes(quiz, 'careerometer') : await anyWidget(page, 'careerometer');
  await until(careers, (st) => cardCodes(st).join() === picked.join(), `the quiz matches compared: ${picked}`);
  return { careers, code, picked };
}

// Without the loader the comparison opened in the quiz's own frame: its "Back to your quiz results"
// returns to the same results, through their code.
async function backToResults(careers, code) {
  const tree = await careers.evaluate(() => window.ometerDebug.vm());
  assert.ok(JSON.stringify(tree).includes('back-to-quiz'), 'the Careerometer offers the way back');
  await careers.evaluate(() => window.ometerDebug.command('back-to-quiz'));
  const quiz = await becomes(careers, 'skillsometer');
  await resultsShown(quiz);
  const again = await quiz.evaluate(() => {
    const find = (n) => (n.id === 'keep-code' ? n : (n.children || []).map(find).find(Boolean));
    return find(window.ometerDebug.vm()).text;
  });
  assert.equal(again, code);
}

test('each stable widget URL in a plain iframe of another origin completes its task; no height is told unasked', async () => {
  const { page, context, seen } = await open(school.page(`<h1>Careers</h1>${iframe(pageUrl('careerometer'))}${iframe(pageUrl('skillsometer', '?theme=dark'))}`),
    { width: 1100, height: 900 }, (c) => c.addInitScript(() => {
      window.__messages = [];
      window.addEventListener('message', (e) => window.__messages.push(e.data));
    }));
  const careers = await anyWidget(page, 'careerometer');
  await compareThree(careers);
  // The widget fills the frame the school sized, and scrolls inside it: a canvas exactly the frame's height.
  assert.equal(await careers.evaluate(() => document.getElementById('ometer-canvas').getBoundingClientRect().height), 700);
  assert.equal(await careers.evaluate(() => document.documentElement.scrollHeight <= innerHeight), true);
  await careers.evaluate(() => window.ometerDebug.command('details 0'));   // taller than the frame now
  await page.waitForTimeout(700);
  const canvas = careers.locator('canvas');
  const before = await canvas.screenshot();
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 400);
  const pageY = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 300);
  await page.waitForTimeout(500);
  assert.ok(!before.equals(await canvas.screenshot()), 'the wheel scrolled the widget inside its frame');
  assert.equal(await page.evaluate(() => scrollY), pageY, 'and not the school page');

  const quiz = await anyWidget(page, 'skillsometer');
  const { careers: compared, code } = await quizAndCompare(page, quiz, { inPlace: true });
  assert.match(compared.url(), /\/ometer\/v1\/careerometer\.html\?.*occupations=/, 'the comparison opened in the same frame');
  assert.match(compared.url(), /theme=dark/, 'with the quiz page\'s look');
  await compared.frameElement().then((el) => el.scrollIntoViewIfNeeded());
  await page.waitForTimeout(700);
  await shot(page, 'anywhere-stable-pages');
  await backToResults(compared, code);
  assert.equal((await page.$$('iframe')).length, 2, 'nothing opened elsewhere');
  assert.deepEqual(await page.evaluate(() => window.__messages), [], 'a page that did not ask is told nothing');
  assert.deepEqual(problemsIn(seen), []);
  await context.close();
});

test('a stable page checks its query string like the data attributes, and tells its height only when asked', async () => {
  const { page, context, seen } = await open(school.page(`
    ${iframe(pageUrl('careerometer', '?theme=purple&region=fr&occupations=5241,2231,3213&form=60&return=https://example.org/'))}`),
  { width: 1000, height: 900 });
  const frame = await anyWidget(page, 'careerometer');
  const s = await until(frame, (st) => cardCodes(st).length === 3, 'the jobs from occupations=');
  assert.deepEqual(cardCodes(s), ['5241', '2231', '3213']);
  const warnings = seen.filter(([type]) => type === 'warning').map(([, text]) => text);
  for (const expected of ['Ometer: theme="purple" is not valid (use light, dark or high-contrast); using the default: light.',
    'Ometer: region="fr" is not valid (use uk or us); using the default: uk.',
    'Ometer: form is an option of the skillsometer only; ignored on the careerometer.']) {
    assert.ok(warnings.includes(expected), `warned: ${expected}\n${warnings.join('\n')}`);
  }
  assert.ok(warnings.some((w) => w.includes('return= must be the address of the Skillsometer page')), 'an outside return address is refused');
  assert.ok(!JSON.stringify(await frame.evaluate(() => window.ometerDebug.vm())).includes('back-to-quiz'), 'so no way back is shown');

  // A page that asks (its origin and an id in the fragment, as embed.js does) is told the height.
  const asked = await open(school.page(`<iframe src="${pageUrl('skillsometer')}#id=a1&origin=${school.origin}" title="Quiz" width="100%" height="300"></iframe>`),
    { width: 1000, height: 900 }, (c) => c.addInitScript(() => {
      window.__heights = [];
      window.addEventListener('message', (e) => { if (e.data && e.data.type === 'height') window.__heights.push(e.data); });
    }));
  await anyWidget(asked.page, 'skillsometer');
  // Told as the loader is: its id, and the content's height once the widget has drawn (taller than the
  // 300 px the page gave it).
  await asked.page.waitForFunction(() => window.__heights.some((m) => m.detail.height > 300));
  const told = await asked.page.evaluate(() => window.__heights.at(-1));
  assert.equal(told.id, 'a1');
  assert.deepEqual(problemsIn(seen), []);
  assert.deepEqual(problemsIn(asked.seen), []);
  await asked.context.close();
  await context.close();
});

test('stable pages in a sandbox without allow-same-origin: both tasks, progress in memory and said so', async () => {
  const sandbox = 'sandbox="allow-scripts allow-popups allow-forms"';
  const { page, context, seen } = await open(school.page(`${iframe(pageUrl('careerometer'), sandbox)}${iframe(pageUrl('skillsometer'), sandbox)}`),
    { width: 1100, height: 900 });
  const careers = await anyWidget(page, 'careerometer');
  assert.equal(await careers.evaluate(() => origin), 'null', 'the frame has no origin of its own');
  await compareThree(careers);
  const quiz = await anyWidget(page, 'skillsometer');
  assert.equal(await quiz.evaluate(() => window.ometerDebug.progressKept()), false);
  await quiz.evaluate(() => { for (const c of ['start', 'answer 2']) window.ometerDebug.command(c); });
  await quiz.waitForSelector('.ometer-note');
  assert.match(await quiz.locator('.ometer-note').textContent(), /kept only until this page is reloaded/);
  await shot(page, 'anywhere-sandboxed-note');
  const { careers: compared, code } = await quizAndCompare(page, quiz, { inPlace: true });
  await backToResults(compared, code);
  assert.ok(seen.some(([type, text]) => type === 'warning' && text.includes('gives the quiz no storage')), 'a console warning');
  assert.deepEqual(problemsIn(seen), []);
  await context.close();
});

// The script snippet pasted into a site builder, which runs it in its own iframe on another domain with a
// height set in its editor (like Google Sites' "Embed code"), with and without allow-same-origin.
for (const flags of ['allow-scripts allow-popups allow-forms allow-same-origin', 'allow-scripts allow-popups allow-forms']) {
  test(`the script snippet in a site builder's sandboxed iframe (${flags.includes('same-origin') ? 'with' : 'without'} allow-same-origin)`, async () => {
    const pasted = builder.page(`${loader('data-widget="skillsometer"')}${loader('data-widget="careerometer"')}`);
    const { page, context, seen } = await open(school.page(`<h1>Careers</h1>
      <iframe src="${pasted}" sandbox="${flags}" title="Embedded code" width="100%" height="600"></iframe>`), { width: 1100, height: 900 });
    const careers = await anyWidget(page, 'careerometer');
    const quiz = await anyWidget(page, 'skillsometer');
    await quizAndCompare(page, quiz);
    // The loader sizes its widgets inside the builder's frame (which scrolls at its fixed height).
    // (A widget out of view in another origin's frame draws nothing until it is scrolled to: the browser
    // gives it no animation frames, so its height is known once it is seen.)
    const builderFrame = page.frames().find((f) => f.url() === pasted);
    await reveal(careers);
    const heights = await waitFor(() => builderFrame.$$eval('iframe', (list) => list.map((f) => f.getBoundingClientRect().height)),
      (hs) => hs.every((h) => h > 400 && h !== 520 && h !== 560), 'both widgets sized to their content', 10000);
    assert.ok(heights.every((h) => h > 400 && h !== 520 && h !== 560), `sized to their content: ${heights}`);
    assert.equal(await careers.evaluate(() => window.ometerDebug.state().widget), 'careerometer');
    if (!flags.includes('same-origin')) {
      assert.equal(await quiz.evaluate(() => window.ometerDebug.progressKept()), false, 'no storage without an origin');
    }
    await shot(page, `anywhere-builder-${flags.includes('same-origin') ? 'same-origin' : 'opaque'}`);
    assert.deepEqual(problemsIn(seen), []);
    await context.close();
  });
}

test('the script snippet in a nested frame of another origin, at a fixed 600 px, completes both tasks', async () => {
  const inner = builder.page(`<div data-ometer="careerometer" data-height="600"></div><div id="quiz" data-ometer="skillsometer"></div>${loader('')}`);
  const { page, context, seen } = await open(school.page(`<iframe src="${inner}" title="Careers" width="100%" height="600"></iframe>`),
    { width: 1000, height: 900 });
  const careers = await anyWidget(page, 'careerometer');
  await compareThree(careers);
  assert.equal(await careers.evaluate(() => document.getElementById('ometer-canvas').getBoundingClientRect().height), 600);
  const quiz = await anyWidget(page, 'skillsometer');
  await quizAndCompare(page, quiz);
  assert.deepEqual(problemsIn(seen), []);
  await context.close();
});

test('with storage blocked the widgets still complete their tasks; the quiz says its progress is not kept', async () => {
  const { page, context, seen } = await open(school.page(`<div data-ometer="careerometer"></div><div data-ometer="skillsometer"></div>${loader('')}`),
    { width: 1100, height: 900 }, (c) => c.addInitScript(() => {
      // As a browser that blocks storage for third-party frames: every use throws.
      for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) {
        Storage.prototype[method] = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
      }
    }));
  const careers = await anyWidget(page, 'careerometer');
  await compareThree(careers);
  const quiz = await anyWidget(page, 'skillsometer');
  await quiz.frameElement().then((el) => el.scrollIntoViewIfNeeded());
  await quiz.evaluate(() => { for (const c of ['start', 'answer 2', 'answer 1']) window.ometerDebug.command(c); });
  await quiz.waitForSelector('.ometer-note');
  assert.equal(await quiz.evaluate(() => window.ometerDebug.progressKept()), false);
  await quizAndCompare(page, quiz);
  assert.ok(seen.some(([type, text]) => type === 'warning' && text.includes('gives the quiz no storage')));
  assert.deepEqual(problemsIn(seen), []);
  await context.close();
});

test('on a phone, a stable page at a fixed 600 px: the quiz by touch, compared in the same frame, and back', async () => {
  const { page, context, seen } = await open(school.page(`<h1>Quiz</h1><iframe src="${pageUrl('skillsometer')}" title="Quiz" width="100%" height="600"></iframe>`),
    { width: 360, height: 740, dpr: 2, hasTouch: true, isMobile: true });
  const quiz = await anyWidget(page, 'skillsometer');
  assert.equal(await quiz.evaluate(() => document.getElementById('ometer-canvas').getBoundingClientRect().height), 600);
  await quiz.evaluate(() => window.ometerDebug.command('start'));
  // The first answers by tapping the "Love it" face where the widget drew it (its accessible twin in the
  // mirror sits exactly over it), the rest through the hook.
  for (let i = 0; i < 3; i++) {
    await until(quiz, (st) => st.stage === 'questions' && st.current === i, `statement ${i + 1}`);
    await page.waitForTimeout(700);   // the statement's entrance animation
    const box = await quiz.getByRole('button', { name: /love it/i }).boundingBox();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  }
  await until(quiz, (s) => s.answered === 3, 'three answers by touch');
  const { careers, code } = await quizAndCompare(page, quiz, { inPlace: true });
  assert.equal(await careers.evaluate(() => document.getElementById('ometer-canvas').getBoundingClientRect().height), 600);
  await shot(page, 'anywhere-phone-compared');
  await backToResults(careers, code);
  assert.deepEqual(problemsIn(seen), []);
  await context.close();
});

// On another port of the widget host's name: another origin of the same site, whose frames this Chromium
// gives storage (cross-site frames get none here: the tests above show that path).
test('two Skillsometers on one page of another origin keep their progress apart, across a reload', async () => {
  const { page, context, seen } = await open(builder.page(`<div id="year9" data-ometer="skillsometer"></div>
    <div data-ometer="skillsometer"></div>${loader('data-widget="skillsometer"')}`), { width: 1000, height: 900 });
  const answer = async (frame, lines) => frame.evaluate((l) => l.forEach((c) => window.ometerDebug.command(c)), lines);
  let [a, b, c] = await Promise.all([0, 1, 2].map((n) => anyWidget(page, 'skillsometer', n)));
  await answer(a, ['start', 'answer 2', 'answer 2']);
  await answer(b, ['start', 'answer 0', 'answer 0', 'answer 0', 'answer 0']);
  await until(b, (s) => s.answered === 4, 'four answers in the second');
  assert.equal((await state(c)).stage, 'welcome', 'the third quiz is untouched');
  // Progress is kept after the frame that follows an answer: wait for both quizzes' frames, not only their state.
  const expected = ['ometer:skillsometer:uk:30:3:id-year9', 'ometer:skillsometer:uk:30:3:n-2'];
  const keys = await waitFor(() => a.evaluate(() => Object.keys(sessionStorage).sort()),
    (k) => k.length >= expected.length, 'both quizzes kept');
  assert.deepEqual(keys, expected);

  await page.reload();
  [a, b, c] = await Promise.all([0, 1, 2].map((n) => anyWidget(page, 'skillsometer', n)));
  const after = await Promise.all([a, b, c].map((f) => state(f)));
  assert.deepEqual(after.map((s) => [s.stage, s.answered]), [['questions', 2], ['questions', 4], ['welcome', 0]]);
  assert.deepEqual(problemsIn(seen), []);
  await context.close();
});
