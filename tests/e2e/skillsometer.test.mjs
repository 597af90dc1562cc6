// Skillsometer in headless Chromium, as students use it: the quick quiz by keyboard on the demo page (results
// equal to the ometer CLI's), by tapping the faces on a phone, a reload in the middle that keeps progress,
// and screenshots of every stage at desktop and phone sizes in each theme (build/e2e/skillsometer-*.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, serve, openPage, widgetFrame, state, until, shot, root } from './support.mjs';

// A fixed answer pattern for the 30-statement form: 0 dislike, 1 not sure, 2 love.
const PATTERN = '210012201120020211102201210201';
const STORAGE_KEY = 'ometer:skillsometer:uk:30:3';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser.close(); await server.close(); });

const frameUrl = (query = '') => `${server.base}/ometer/v1/frame.html?widget=skillsometer${query}`;
const settle = (page) => page.waitForTimeout(700);  // longer than the longest animation (0.6 s)
const noProblems = (problems) => problems.filter((p) => !p.includes('favicon') && !p.includes('GL Driver'));

function cli(digits) {
  const out = execFileSync(join(root, 'build/native/tools/ometer'), ['quiz', '--form', '30', '--answers', digits, '--compact'], { encoding: 'utf8' });
  return JSON.parse(out);
}

// Taps the centre of answer `choice` where the widget says it drew it (CSS px on its canvas).
async function tapAnswer(page, frame, choice) {
  const s = await state(frame);
  const [x, y, w, h] = s.layout.answers[choice];
  const box = await frame.locator('canvas').boundingBox();
  await page.touchscreen.tap(box.x + x + w / 2, box.y + y + h / 2);
}

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
  const done = await until(frame, (s) => s.stage === 'results', 'the results');

  const expected = cli(PATTERN);
  const r = done.results;
  assert.equal(r.code, expected.code);
  assert.equal(r.flat, expected.flat);
  assert.deepEqual(r.profile, expected.profile);
  assert.deepEqual(r.profile_max, expected.profile_max);
  assert.deepEqual(r.matches.map((m) => m.code), expected.matches.map((m) => m.code));
  assert.deepEqual(r.matches.map((m) => m.fit), expected.matches.map((m) => m.fit));
  r.matches.forEach((m, i) => assert.ok(Math.abs(m.score - expected.matches[i].score) < 1e-3, `score of ${m.code}`));
  assert.equal(r.top_types.length, expected.code.length);

  const heard = await page.evaluate(() => window.heard['ometer:quizcomplete']);
  assert.equal(heard.code, expected.code);
  assert.deepEqual(heard.matches, expected.matches.map((m) => m.code));

  // Finishing clears the saved progress.
  assert.equal(await frame.evaluate((k) => sessionStorage.getItem(k), STORAGE_KEY), null);
  // The results screen can go back to the last statement with Backspace, and forward again.
  await page.keyboard.press('Backspace');
  await until(frame, (s) => s.stage === 'questions' && s.current === PATTERN.length - 1, 'the last statement again');
  await page.keyboard.press(String(Number(PATTERN.at(-1)) + 1));
  await until(frame, (s) => s.stage === 'results', 'the results again');

  // "Compare these" hands the ticked jobs (the top three at first) to the Careerometer on the same page.
  const picked = (await state(frame)).results.compare;
  assert.equal(picked.length, 3);
  await frame.evaluate(() => window.ometerDebug.command('compare'));
  const careerometer = await widgetFrame(page, 'careerometer');
  await until(careerometer, (s) => (s.cards || []).filter(Boolean).length === 3, 'the Careerometer showing the three jobs', 8000);
  const shown = (await state(careerometer)).cards.filter(Boolean).map((c) => c.code);
  assert.deepEqual([...shown].sort(), [...picked].sort());
  assert.deepEqual(await page.evaluate(() => window.heard['ometer:compare']), picked);
  await settle(page);
  await shot(page, 'skillsometer-keyboard-demo-page');
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});

test('on a phone, tapping the faces completes the quiz and shows the results', async () => {
  const { page, context, problems } = await openPage(browser, frameUrl(), { width: 360, height: 740, dpr: 2, touch: true });
  const frame = await widgetFrame(page, 'skillsometer');
  await frame.evaluate((k) => sessionStorage.removeItem(k), STORAGE_KEY);
  await settle(page);
  await shot(page, 'skillsometer-touch-welcome');
  await frame.evaluate(() => window.ometerDebug.command('start'));
  await until(frame, (s) => s.stage === 'questions' && s.layout && s.layout.answers.length === 3, 'the faces');
  for (let i = 0; i < PATTERN.length; i++) {
    const choice = Number(PATTERN[i]);
    await tapAnswer(page, frame, choice);
    if (i < PATTERN.length - 1) {
      const s = await until(frame, (st) => st.answered === i + 1 && st.current === i + 1, `answer ${i + 1} by touch`);
      assert.equal(s.stage, 'questions');
    }
    if (i === 2) { await settle(page); await shot(page, 'skillsometer-touch-statement'); }
  }
  const done = await until(frame, (s) => s.stage === 'results', 'the results after tapping');
  assert.equal(done.results.code, cli(PATTERN).code);
  assert.ok(done.results.matches.length >= 5, 'about ten matching jobs');
  assert.ok(done.results.matches.every((m) => m.title && m.fit), 'each job has a title and fit');
  // Tapping a job card opens its details; the page is taller for it.
  const before = (await frame.locator('canvas').boundingBox()).height;
  await frame.evaluate(() => window.ometerDebug.command('match 0'));
  const opened = await until(frame, (s) => s.results.matches[0].expanded, 'the first job opened');
  assert.ok(opened.results.matches[0].description.length > 20);
  await page.waitForFunction((h) => document.querySelector('canvas').getBoundingClientRect().height > h, before);
  await settle(page);
  await shot(page, 'skillsometer-touch-results');
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});

test('a reload in the middle keeps the answers; finishing clears the saved progress', async () => {
  const { page, context, problems } = await openPage(browser, frameUrl(), { width: 1200, height: 900 });
  let frame = await widgetFrame(page, 'skillsometer');
  await frame.evaluate(() => window.ometerDebug.command('start'));
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
  await settle(page);
  await shot(page, 'skillsometer-reload-resumed');
  // The earlier answers are still there: go back and look.
  await page.keyboard.press('Backspace');
  const back = await until(frame, (s) => s.current === 11, 'the previous statement');
  assert.equal(back.choice, Number(first[11]));
  await page.keyboard.press(String(Number(first[11]) + 1));
  for (const d of PATTERN.slice(12)) await page.keyboard.press(String(Number(d) + 1));
  const done = await until(frame, (s) => s.stage === 'results', 'the results after the reload');
  assert.equal(done.results.code, cli(PATTERN).code);
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

test('screenshots of every stage at desktop and phone sizes, in each theme; idle widgets stop drawing', async () => {
  const sizes = [['desktop', { width: 1200, height: 900, dpr: 1 }], ['phone', { width: 360, height: 740, dpr: 2, touch: true }]];
  for (const theme of ['light', 'dark', 'high-contrast']) {
    for (const [name, size] of sizes) {
      const { page, context, problems } = await openPage(browser, frameUrl(`&theme=${theme}`), size);
      const frame = await widgetFrame(page, 'skillsometer');
      const run = (line) => frame.evaluate((l) => window.ometerDebug.command(l), line);
      await settle(page);
      await shot(page, `skillsometer-${name}-${theme}-1-welcome`);
      await run('start');
      for (const d of PATTERN.slice(0, 4)) await run(`answer ${d}`);
      await settle(page);
      await shot(page, `skillsometer-${name}-${theme}-2-statement`);
      for (const d of PATTERN.slice(4)) await run(`answer ${d}`);
      await run('match 0');
      await until(frame, (s) => s.stage === 'results' && s.results.matches[0].expanded, 'results with a job open');
      await settle(page);
      await shot(page, `skillsometer-${name}-${theme}-3-results`);
      // Nothing animates now, so the frame loop sleeps: no frames drawn while idle.
      const drawn = () => frame.evaluate(() => (window.ometerDebug.framesDrawn ? window.ometerDebug.framesDrawn() : null));
      const a = await drawn();
      await page.waitForTimeout(500);
      const b = await drawn();
      if (a !== null) assert.ok(b - a <= 2, `${b - a} frames drawn while idle`);
      assert.deepEqual(noProblems(problems), []);
      await context.close();
    }
  }
});

test('the 5-point scale and the US region work end to end', async () => {
  const { page, context, problems } = await openPage(browser, frameUrl('&scale=5&region=us'), { width: 1200, height: 900 });
  const frame = await widgetFrame(page, 'skillsometer');
  await frame.locator('canvas').click({ position: { x: 120, y: 20 } });
  await page.keyboard.press('Enter');
  const q = await until(frame, (s) => s.stage === 'questions' && s.layout && s.layout.answers.length === 5, 'five labelled buttons');
  assert.equal(q.scale, 5);
  const digits = '531245'.repeat(5);  // 1-5 on the keyboard
  for (const d of digits.slice(0, 3)) await page.keyboard.press(d);
  await settle(page);
  await shot(page, 'skillsometer-desktop-scale5-statement');
  for (const d of digits.slice(3)) await page.keyboard.press(d);
  const done = await until(frame, (s) => s.stage === 'results', 'US results');
  const expected = JSON.parse(execFileSync(join(root, 'build/native/tools/ometer'),
    ['quiz', '--region', 'us', '--scale', '5', '--form', '30', '--answers', digits, '--compact'], { encoding: 'utf8' }));
  assert.equal(done.region, 'us');
  assert.equal(done.results.code, expected.code);
  assert.deepEqual(done.results.matches.map((m) => m.code), expected.matches.map((m) => m.code));
  assert.ok(done.results.matches.some((m) => (m.pay_text || '').startsWith('$')), 'pay in dollars');
  assert.equal(done.results.levels.length, 5);
  await frame.evaluate(() => window.ometerDebug.command('level 3'));
  const filtered = await until(frame, (s) => s.results.max_level === 3, 'Job Zone 3 or less');
  const zoned = JSON.parse(execFileSync(join(root, 'build/native/tools/ometer'),
    ['quiz', '--region', 'us', '--scale', '5', '--form', '30', '--answers', digits, '--max-level', '3', '--compact'], { encoding: 'utf8' }));
  assert.deepEqual(filtered.results.matches.map((m) => m.code), zoned.matches.map((m) => m.code));
  await settle(page);
  await shot(page, 'skillsometer-desktop-us-results');
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});
