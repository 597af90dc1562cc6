// Skillsometer in headless Chromium, as students use it: the quick quiz by keyboard on the demo page (results
// equal to the ometer CLI's), by tapping the faces on a phone, a reload in the middle that keeps progress,
// the 5-point scale and the US region with study levels, and no drawing once the animations end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, widgetFrame, state, until, shot, run, viewModel, treeNodes, clickNode, drawn, ometer,
  waitFor, settle, QUIZ_ANSWERS, resultsShown } from './support.mjs';

// A fixed answer pattern for the 30-statement form: 0 dislike, 1 not sure, 2 love.
const PATTERN = QUIZ_ANSWERS;
const STORAGE_KEY = 'ometer:skillsometer:uk:30:3';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser.close(); await server.close(); });

const frameUrl = (query = '') => `${server.base}/ometer/v1/frame.html?widget=skillsometer${query}`;
const noProblems = (problems) => problems.filter((p) => !p.includes('favicon') && !p.includes('GL Driver'));
const quiz = (digits, ...extra) => ometer('quiz', '--form', '30', '--answers', digits, ...extra);

// The widget's results are the core's (`ometer quiz` with the same answers and level choice).
function assertResultsMatchCli(r, expected) {
  for (const key of ['code', 'code_text', 'flat', 'near_flat', 'fallback']) assert.equal(r[key], expected[key], key);
  assert.deepEqual(r.profile, expected.profile);
  assert.deepEqual(r.profile_max, expected.profile_max);
  assert.deepEqual(r.levels, expected.levels.map(({ level, matches }) => ({ level, matches })), 'matches at each level');
  assert.deepEqual(r.matches.map((m) => m.code), expected.matches.map((m) => m.code));
  assert.deepEqual(r.matches.map((m) => m.fit), expected.matches.map((m) => m.fit ?? null));
  assert.deepEqual(r.matches.map((m) => m.reason), expected.matches.map((m) => ({ text: m.reason.text, source: m.reason.source })));
  r.matches.forEach((m, i) => assert.ok(Math.abs(m.score - expected.matches[i].score) < 1e-3, `score of ${m.code}`));
}

// Answer `choice`'s button: its view-model id.
const answerId = (choice) => `answer-${choice}`;

test('the quick quiz by keyboard gives the same results as the ometer CLI', async () => {
  const { page, context, problems } = await openPage(browser, `${server.base}/`, { width: 1280, height: 1000 });
  const frame = await widgetFrame(page, 'skillsometer');
  // The page hears about the finished quiz and about "Compare these" through the loader's DOM events.
  await page.evaluate(() => {
    window.heard = {};
    for (const type of ['ometer:quizcomplete', 'ometer:compare']) document.addEventListener(type, (e) => { window.heard[type] = e.detail; });
  });
  // Focus the widget's frame by clicking its header (not a button), then use the keys only.
  await frame.locator('canvas').click({ position: { x: 120, y: 20 } });
  await page.keyboard.press('Enter');
  await until(frame, (s) => s.stage === 'questions', 'the first statement');
  for (let i = 0; i < PATTERN.length; i++) {
    await page.keyboard.press(String(Number(PATTERN[i]) + 1));
    if (i === 1) await shot(page, 'skillsometer-keyboard-statement');
  }
  const done = await resultsShown(frame);

  const expected = quiz(PATTERN);
  assertResultsMatchCli(done.results, expected);
  assert.equal(done.results.level, null, 'any level at first');
  const heard = await page.evaluate(() => window.heard['ometer:quizcomplete']);
  assert.equal(heard.code, expected.code);
  assert.deepEqual(heard.matches, expected.matches.map((m) => m.code));

  // Finishing clears the saved progress.
  assert.equal(await frame.evaluate((k) => sessionStorage.getItem(k), STORAGE_KEY), null);
  // The results screen can go back to the last statement with Backspace, and forward again.
  await page.keyboard.press('Backspace');
  await until(frame, (s) => s.stage === 'questions' && s.current === PATTERN.length - 1, 'the last statement again');
  await page.keyboard.press(String(Number(PATTERN.at(-1)) + 1));
  await resultsShown(frame);

  // "Compare these" hands the ticked jobs (the top three at first) to the Careerometer on the same page.
  const picked = (await state(frame)).results.compare;
  assert.equal(picked.length, 3);
  await run(frame, 'compare');
  const careerometer = await widgetFrame(page, 'careerometer');
  await until(careerometer, (s) => (s.cards || []).filter(Boolean).length === 3, 'the Careerometer showing the three jobs', 8000);
  const shown = (await state(careerometer)).cards.filter(Boolean).map((c) => c.code);
  assert.deepEqual([...shown].sort(), [...picked].sort());
  assert.deepEqual(await page.evaluate(() => window.heard['ometer:compare']), picked);
  await shot(page, 'skillsometer-keyboard-demo-page');
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});

test('on a phone, tapping the faces completes the quiz and shows the results', async () => {
  const { page, context, problems } = await openPage(browser, frameUrl(), { width: 360, height: 740, dpr: 2, touch: true });
  const frame = await widgetFrame(page, 'skillsometer');
  await clickNode(page, frame, 'start', { tap: true });
  await until(frame, (s) => s.stage === 'questions', 'the first statement by a tap');
  for (let i = 0; i < PATTERN.length; i++) {
    await drawn(frame, answerId(PATTERN[i]));
    await clickNode(page, frame, answerId(PATTERN[i]), { tap: true });
    const s = await until(frame, (st) => st.answered === i + 1, `answer ${i + 1} by touch`);
    if (i < PATTERN.length - 1) assert.deepEqual([s.stage, s.current], ['questions', i + 1]);
    if (i === 2) await shot(page, 'skillsometer-touch-statement');
  }
  const done = await resultsShown(frame);
  assertResultsMatchCli(done.results, quiz(PATTERN));
  assert.ok(done.results.matches.length >= 5, 'about ten matching jobs');
  // Tapping a job's "More" opens its details (loaded on demand); the page is taller for it.
  const before = (await frame.locator('canvas').boundingBox()).height;
  await clickNode(page, frame, 'match-0-more', { tap: true });
  await until(frame, (s) => s.results.matches[0].expanded, 'the first job opened');
  const description = await waitFor(() => viewModel(frame), (t) => treeNodes(t).some(({ node }) => node.id === 'match-0-description'),
    'the job description');
  assert.ok(treeNodes(description).find(({ node }) => node.id === 'match-0-description').node.text.length > 20);
  await frame.waitForFunction((h) => document.querySelector('canvas').getBoundingClientRect().height > h, before);
  await shot(page, 'skillsometer-touch-results');
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});

test('a reload in the middle keeps the answers; finishing clears the saved progress', async () => {
  const { page, context, problems } = await openPage(browser, frameUrl(), { width: 1200, height: 900 });
  let frame = await widgetFrame(page, 'skillsometer');
  await run(frame, 'start');
  const first = PATTERN.slice(0, 12);
  for (const d of first) await page.keyboard.press(String(Number(d) + 1));
  await until(frame, (s) => s.answered === 12, 'twelve answers');
  const saved = await frame.evaluate((k) => sessionStorage.getItem(k), STORAGE_KEY);
  assert.equal(saved, `v1|30|3|12|1|${first}${'-'.repeat(18)}`);

  await page.reload();
  frame = await widgetFrame(page, 'skillsometer');
  const resumed = await until(frame, (s) => s.stage === 'questions', 'the quiz after the reload');
  assert.equal(resumed.current, 12);
  assert.equal(resumed.answered, 12);
  assert.ok(treeNodes(await viewModel(frame)).some(({ node }) => node.id === 'welcome-back'), 'a welcome back');
  await shot(page, 'skillsometer-reload-resumed');
  // The earlier answers are still there: go back and look.
  await page.keyboard.press('Backspace');
  const back = await until(frame, (s) => s.current === 11, 'the previous statement');
  assert.equal(back.choice, Number(first[11]));
  await page.keyboard.press(String(Number(first[11]) + 1));
  for (const d of PATTERN.slice(12)) await page.keyboard.press(String(Number(d) + 1));
  const done = await resultsShown(frame);
  assert.equal(done.results.code, quiz(PATTERN).code);
  assert.equal(await frame.evaluate((k) => sessionStorage.getItem(k), STORAGE_KEY), null);
  // And a reload now starts afresh.
  await page.reload();
  frame = await widgetFrame(page, 'skillsometer');
  const fresh = await state(frame);
  assert.equal(fresh.stage, 'welcome');
  assert.equal(fresh.answered, 0);
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});

test('after each answer the slide-in ends and the widget stops drawing', async () => {
  const { page, context, problems } = await openPage(browser, frameUrl(), { width: 1200, height: 900 });
  const frame = await widgetFrame(page, 'skillsometer');
  const frames = () => frame.evaluate(() => window.ometerDebug.framesDrawn());
  for (const step of ['start', 'answer 2', 'answer 0']) {
    const before = await frames();
    await run(frame, step);
    // The count climbs while the statement slides in, then stops: no frames drawn while idle.
    await waitFor(frames, (n) => n > before + 2, `frames after "${step}"`);
    await settle(frame);
    const idleFrom = await frames();
    await page.waitForTimeout(500);   // the time the test watches for, not a wait for something
    assert.equal(await frames(), idleFrom, `frames drawn while idle after "${step}"`);
  }
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});

test('the 5-point scale and the US region work end to end, with study levels', async () => {
  const { page, context, problems } = await openPage(browser, frameUrl('&scale=5&region=us'), { width: 1200, height: 900 });
  const frame = await widgetFrame(page, 'skillsometer');
  await frame.locator('canvas').click({ position: { x: 120, y: 20 } });
  await page.keyboard.press('Enter');
  const q = await until(frame, (s) => s.stage === 'questions', 'the first statement');
  assert.equal(q.scale, 5);
  // The tree follows the state at the next frame.
  const tree0 = await waitFor(() => viewModel(frame), (t) => treeNodes(t).some(({ node }) => node.id === 'answers'), 'the answer buttons');
  const answers = treeNodes(tree0).find(({ node }) => node.id === 'answers').node.children;
  assert.deepEqual(answers.map((a) => [a.role, a.keys]), [1, 2, 3, 4, 5].map((k) => ['toggle', String(k)]), 'five labelled buttons, keys 1-5');
  for (let i = 0; i < 5; i++) await drawn(frame, answerId(i));
  const digits = '531245'.repeat(5);  // 1-5 on the keyboard
  for (const d of digits.slice(0, 3)) await page.keyboard.press(d);
  await shot(page, 'skillsometer-desktop-scale5-statement');
  for (const d of digits.slice(3)) await page.keyboard.press(d);
  const done = await resultsShown(frame);
  const us = (...extra) => ometer('quiz', '--region', 'us', '--scale', '5', '--form', '30', '--answers', digits, ...extra);
  assert.equal(done.region, 'us');
  assertResultsMatchCli(done.results, us());
  const tree = treeNodes(await viewModel(frame));
  assert.ok(tree.some(({ node }) => /^match-\d+-pay$/.test(node.id) && node.text.startsWith('$')), 'pay in dollars');
  const chips = tree.find(({ node }) => node.id === 'levels').node.children;
  assert.equal(chips.length, done.results.levels.length + 1, '"Any level" and one chip per level');
  // One level, then that level and below: each the CLI's --level and --max-level.
  const level = done.results.levels[1].level;
  await run(frame, `level ${level}`);
  const at = await until(frame, (s) => s.results.level === level && !s.results.include_lower, `level ${level} only`);
  assertResultsMatchCli(at.results, us('--level', String(level)));
  await run(frame, 'lower 1');
  const below = await until(frame, (s) => s.results.include_lower, `level ${level} and below`);
  assertResultsMatchCli(below.results, us('--max-level', String(level)));
  await shot(page, 'skillsometer-desktop-us-results');
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});
