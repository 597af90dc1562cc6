// Issue 10's browser acceptance: what the Skillsometer tells a student about their matches is true. "Love R,
// rest not sure" shows the code "R", and each match's reason names only areas that stand out in the answers
// and are in the job's own high-point code (from `ometer show`, not from the quiz's answer); a level-1
// Investigative student who picks GCSEs sees the plain message instead of weak or negative matches. The
// statements' areas come from assets/data/quiz.json, the expected results from the ometer CLI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openFrame, state, until, viewModel, treeNodes, drawn, clickNode, shot, ometer, root } from './support.mjs';

const AREA_NAMES = { R: 'Realistic', I: 'Investigative', A: 'Artistic', S: 'Social', E: 'Enterprising', C: 'Conventional' };
const quizData = JSON.parse(readFileSync(join(root, 'assets/data/quiz.json'), 'utf8'));
const areaOf = new Map(quizData.items.map((item) => [item.id, item.type]));
const QUICK = quizData.forms.find((f) => f.id === '30').items;   // statement ids in the order the widget asks them

// The quick form's answers as CLI digits (0 dislike, 1 not sure, 2 love), from a rating for each area.
const digitsFor = (ratings) => QUICK.map((id) => String(ratings[areaOf.get(id)])).join('');
const LOVE_R = digitsFor({ R: 2, I: 1, A: 1, S: 1, E: 1, C: 1 });
const LEVEL1_I = digitsFor({ R: 0, I: 2, A: 1, S: 1, E: 0, C: 0 });

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser.close(); await server.close(); });

const noProblems = (problems) => problems.filter((p) => !p.includes('favicon') && !p.includes('GL Driver'));
const quiz = (digits, ...extra) => ometer('quiz', '--form', '30', '--answers', digits, ...extra);
const highPoint = new Map();
const highPointOf = (code) => {
  if (!highPoint.has(code)) highPoint.set(code, ometer('show', '--region', 'uk', code).high_point);
  return highPoint.get(code);
};

// Answers every statement with the keys a student presses (1 dislike, 2 not sure, 3 love), checking first
// that the statement on screen is the one quiz.json puts at that place, so the area of each answer is known.
async function answerByKeyboard(page, frame, digits) {
  await frame.locator('canvas').click({ position: { x: 120, y: 20 } });   // the header: focus, no button
  await page.keyboard.press('Enter');
  await until(frame, (s) => s.stage === 'questions', 'the first statement');
  for (let i = 0; i < digits.length; i++) {
    const s = await until(frame, (st) => st.stage === 'questions' && st.current === i, `statement ${i + 1}`);
    assert.equal(s.statement.id, QUICK[i], `statement ${i + 1} is quiz.json's`);
    assert.equal(s.statement.type, areaOf.get(QUICK[i]));
    await page.keyboard.press(String(Number(digits[i]) + 1));
  }
  return until(frame, (s) => s.stage === 'results', 'the results');
}

// The text of a view-model node, that the canvas drew it, and that the HTML version says the same.
async function onScreen(frame, tree, id) {
  const found = tree.find(({ node }) => node.id === id);
  assert.ok(found, `node ${id} is in the view-model`);
  await drawn(frame, id);
  const mirrored = (await frame.locator(`#m-${id}`).textContent()).trim();
  assert.equal(mirrored, found.node.text.trim(), `the HTML version of ${id} says what the canvas draws`);
  return found.node.text;
}

// The area names a sentence mentions.
const areasNamed = (text) => Object.entries(AREA_NAMES).filter(([, name]) => new RegExp(`\\b${name}\\b`).test(text)).map(([l]) => l);

test('love R, rest not sure: the code is "R", every reason on screen is true of its job, the list is the CLI\'s', async () => {
  assert.equal(LOVE_R.length, 30);
  assert.equal([...LOVE_R].filter((d) => d === '2').length, 5, 'five Realistic statements in the quick form');
  const { page, context, frame, problems } = await openFrame(browser, server.base, 'skillsometer', { width: 1280, height: 900 });
  const done = await answerByKeyboard(page, frame, LOVE_R);
  const expected = quiz(LOVE_R);
  const r = done.results;

  // The code holds only what stands out: R, never the "not sure" areas.
  assert.equal(expected.code, 'R', 'the CLI gives the code R');
  assert.deepEqual(expected.code_tiers, [['R']]);
  assert.equal(r.code, 'R', 'the widget gives the code R');
  const tree = treeNodes(await viewModel(frame));
  const codeLine = await onScreen(frame, tree, 'code');
  assert.match(codeLine, /\bRealistic\b/, `the code line names Realistic: "${codeLine}"`);
  assert.deepEqual(areasNamed(codeLine), ['R'], `and no other area: "${codeLine}"`);
  const standout = new Set(expected.code_tiers.flat());

  // The same jobs in the same order, with the same fit and reasons, as `ometer quiz`.
  assert.ok(expected.matches.length > 0, 'the CLI has matches');
  assert.deepEqual(r.matches.map((m) => m.code), expected.matches.map((m) => m.code), 'the matches and their order');
  assert.deepEqual(r.matches.map((m) => m.fit), expected.matches.map((m) => m.fit));
  assert.deepEqual(r.matches.map((m) => m.reason.text), expected.matches.map((m) => m.reason.text));

  // Each reason on screen names only areas in both the student's standout areas and the job's high-point code.
  for (const [i, m] of r.matches.entries()) {
    const reason = await onScreen(frame, tree, `match-${i}-reason`);
    assert.equal(reason.replace(/\.$/, ''), expected.matches[i].reason.text, `match ${i} shows the core's reason`);
    const jobCode = highPointOf(m.code);
    const named = areasNamed(reason);
    for (const area of named) {
      assert.ok(standout.has(area) && jobCode.includes(area),
        `${m.title} (${m.code}, high point ${jobCode}): "${reason}" names ${AREA_NAMES[area]}, not shared by the student (${[...standout]}) and the job`);
    }
    if (m.reason.source === 'shared_areas') assert.ok(named.length > 0, `"${reason}" names the shared areas`);
    else assert.equal(named.length, 0, `"${reason}" (${m.reason.source}) names no area`);
    assert.ok(m.fit !== null && m.score > 0, `${m.title} is shown as a match only with a positive fit (${m.score})`);
  }
  await shot(page, 'quiz-truth-love-r-results');
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});

test('a level-1 Investigative student who picks GCSEs sees the message, not weak or negative matches', async () => {
  const { page, context, frame, problems } = await openFrame(browser, server.base, 'skillsometer', { width: 1280, height: 900 });
  const done = await answerByKeyboard(page, frame, LEVEL1_I);
  assert.equal(done.results.code, 'I');
  assert.equal(done.results.level, null, 'any level at first');

  // The student clicks the "GCSEs" chip drawn on the canvas.
  const levelOne = quiz(LEVEL1_I, '--level', '1');
  assert.equal(levelOne.code, 'I');
  assert.deepEqual(levelOne.matches, [], 'the CLI shows no job at level 1');
  assert.ok(levelOne.message, 'and says why');
  assert.ok(levelOne.below_floor > 0, 'there are level-1 jobs, all below the floor');
  assert.deepEqual(quiz(LEVEL1_I, '--max-level', '1').matches, [], 'none at "this level or below" either');
  const chips = treeNodes(await viewModel(frame)).find(({ node }) => node.id === 'levels').node.children;
  const chip = chips.find((c) => c.id === 'level-1');
  assert.ok(chip, `a level-1 chip: ${chips.map((c) => c.text)}`);
  assert.match(chip.text, /\(0\)/, `the chip says no job matches: "${chip.text}"`);
  await clickNode(page, frame, 'level-1');
  const at = await until(frame, (s) => s.results.level === 1, 'level 1 chosen');
  assert.equal(at.results.include_lower, false, 'jobs at this level');

  // The widget agrees with the CLI: no matches, the same plain message, on the canvas and in the HTML version.
  assert.deepEqual(at.results.matches, [], 'no jobs shown as matches');
  assert.equal(at.results.message, levelOne.message);
  const tree = treeNodes(await viewModel(frame));
  assert.equal(tree.filter(({ node }) => /^match-\d+$/.test(node.id || '')).length, 0, 'no match in the view-model');
  const note = await onScreen(frame, tree, 'note');
  assert.equal(note, levelOne.message);
  assert.match(note, /Try /, `the message suggests another level: "${note}"`);
  await shot(page, 'quiz-truth-level1-investigative');
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});

// After a mouse click on a study-level chip, with nothing else happening, the canvas draws the new list: the
// frame that saw the click was drawn before its change, so one more follows (Widget::acted; before that, the
// old list stayed with "Any level" selected until the mouse moved).
test('a click on a study-level chip is drawn at once, without the mouse moving', async () => {
  const { page, context, frame } = await openFrame(browser, server.base, 'skillsometer', { width: 1280, height: 900 });
  await answerByKeyboard(page, frame, LEVEL1_I);
  await clickNode(page, frame, 'level-1');
  await until(frame, (s) => s.results.level === 1, 'level 1 chosen');
  try {
    await drawn(frame, 'note', 3000);
  } finally {
    await page.screenshot({ path: join(root, 'build/e2e/quiz-truth-level1-click-viewport.png') });
    await context.close();
  }
});
