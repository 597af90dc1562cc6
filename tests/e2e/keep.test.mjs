// Issue 15 acceptance, "Keep it, share it, explore further", in headless Chromium: the quick quiz printed to PDF
// the way the product prints it (Chromium's page.pdf of the frame's print view), read back with poppler-utils
// (one A4 page, the profile, ten jobs, the sources and data version, no raster images, black on white); results
// codes copied with the Copy button and typed into "Have a results code?" on a fresh page give identical results
// (quiz and a three-job comparison), and mistyped codes say which group is wrong; similar jobs in a job's details
// added by mouse, keyboard and touch, and the replace choice once three cards are full. The PDF, its page as a
// PNG and screenshots are saved in build/e2e/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openFrame, widgetFrame, state, until, run, viewModel, treeNodes, spoken, clickNode, drawn,
  finishQuiz, settle, shot, shotsDir, root, waitFor, QUIZ_ANSWERS, resultsShown } from './support.mjs';

const DATA_VERSION = JSON.parse(readFileSync(join(root, 'assets/data/quiz.json'), 'utf8')).data_version;
const UK_TITLES = new Map(JSON.parse(readFileSync(join(root, 'assets/data/uk-cards.json'), 'utf8')).occupations.map((o) => [o.code, o.title]));
const RIASEC_NAMES = { R: 'Realistic', I: 'Investigative', A: 'Artistic', S: 'Social', E: 'Enterprising', C: 'Conventional' };
// Crockford base 32 as results codes use it.
const SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

// poppler-utils (./run installs it): pdfinfo, pdftotext, pdftoppm, pdfimages.
const poppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const NO_POPPLER = poppler ? false : 'poppler-utils is not installed (pdftoppm, pdftotext): ./run setup installs it';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser.close(); await server.close(); });

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };
const noProblems = (problems) => problems.filter((p) => !p.includes('favicon') && !p.includes('GL Driver'));
const find = (tree, id) => (treeNodes(tree).find(({ node }) => node.id === id) || {}).node || null;
const words = async (frame, id) => {
  const n = find(await viewModel(frame), id);
  return n ? spoken(n) : null;
};
const squash = (text) => text.replace(/\s+/g, ' ').trim();

// The quiz's answers as the shared scene gives them (0 dislike, 1 not sure, 2 love).
const answersOf = (i) => Number(QUIZ_ANSWERS[i]);

// Opens "Have a results code?" with the mouse, types `code` into its field (or pastes it with Ctrl+V) and
// clicks Open, as a student does (Enter in the field: the test of keys in the field below).
async function enterCode(page, frame, code, { paste = false } = {}) {
  const field = frame.locator('#m-code-input');
  if (!find(await viewModel(frame), 'code-input')) {
    await clickNode(page, frame, 'entry');
    await field.waitFor();
    // Opening the field puts the cursor in it.
    await frame.waitForFunction(() => document.activeElement && document.activeElement.id === 'm-code-input');
  } else {
    await field.click();
  }
  await field.fill('');
  if (paste) await page.keyboard.press('Control+V');
  else await field.pressSequentially(code, { delay: 10 });
  assert.equal(await field.inputValue(), code, 'the field holds the code');
  await clickNode(page, frame, 'code-open');
}

// Waits until the field's error says `expected`: the tree's alert, and the mirror's role=alert element saying the
// same (that the canvas draws it straight away: the test below).
async function expectCodeError(frame, expected) {
  await waitFor(async () => { const n = find(await viewModel(frame), 'code-error'); return n && spoken(n); }, (t) => t === expected,
    `the code error "${expected}"`);
  await frame.waitForFunction((text) => (document.getElementById('m-code-error') || {}).textContent === text, expected);
  assert.equal(await frame.locator('#m-code-error').getAttribute('role'), 'alert', 'the error is an alert for screen readers');
}

// The code with one character of group `group` (0 = the "SK1"/"CM1" prefix) changed to another valid symbol.
function mistype(code, group, at = 1) {
  const groups = code.split('-');
  const g = groups[group];
  const old = g[at];
  const other = SYMBOLS[(SYMBOLS.indexOf(old) + 7) % SYMBOLS.length];
  groups[group] = g.slice(0, at) + other + g.slice(at + 1);
  return groups.join('-');
}

// Clicks the Copy button and returns what reached the clipboard (the code shown; writing it is asynchronous).
async function copyCode(page, frame) {
  const shown = await words(frame, 'keep-code');
  await clickNode(page, frame, 'keep-copy');
  return waitFor(() => page.evaluate(() => navigator.clipboard.readText()), (t) => t === shown, 'the code shown on the clipboard');
}

test('the quick quiz printed to PDF: one A4 page with the profile, ten jobs and the sources', { skip: NO_POPPLER }, async () => {
  const { page, frame, context, problems } = await openFrame(browser, server.base, 'skillsometer', { width: 1200, height: 900 });
  const done = await finishQuiz(frame, answersOf);
  const r = done.results;
  assert.equal(done.total, 30, 'the quick quiz');
  assert.equal(r.matches.length, 10, 'ten matching jobs on screen');
  // The product's own path: the Print button emits "print", the frame builds its print view and calls
  // window.print(); Chromium's page.pdf then prints that page as the print dialog would.
  await page.evaluate(() => { window.printCalls = 0; window.print = () => { window.printCalls += 1; }; });
  await clickNode(page, frame, 'keep-print');
  await page.waitForFunction(() => window.printCalls === 1);
  const pdfPath = join(shotsDir, 'keep-skillsometer.pdf');
  writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true }));

  // One A4 portrait page (595 x 842 pt), made of text and vector drawing only: no canvas screenshot.
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  assert.equal(Number(info.match(/^Pages:\s+(\d+)/m)[1]), 1, 'one page');
  const [, w, h] = info.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts/m).map(Number);
  assert.ok(Math.abs(w - 595.3) < 2 && Math.abs(h - 841.9) < 2, `A4 portrait, got ${w} x ${h} pt`);
  const images = execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' }).trim().split('\n').slice(2);
  assert.deepEqual(images, [], 'no raster images in the PDF');

  // The words: the profile as scores out of the maximum, the top interests, the ten jobs in the screen's order
  // with their fit and pay, the results code, and the sources with the data version in the footer.
  const text = squash(execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }));
  assert.match(text, /^Skillsometer Your interest profile/);
  const scores = Object.entries(RIASEC_NAMES).map(([k, name]) => `${name} ${r.profile[k]}`).join(', ');
  assert.ok(text.includes(`Your scores out of ${r.profile_max.R}: ${scores}.`), `the scores in words: ${scores}`);
  assert.ok(text.includes(`Your top interests ${r.code_text}`), 'the top interests');
  let from = text.indexOf('Jobs that match your interests');
  assert.ok(from > 0, 'the jobs heading');
  const tree = await viewModel(frame);
  for (const [i, m] of r.matches.entries()) {
    const line = `${i + 1}. ${m.title} — ${spoken(find(tree, `match-${i}-fit`))} · ${spoken(find(tree, `match-${i}-pay`))}`;
    const at = text.indexOf(line, from);
    assert.ok(at > from, `job ${i + 1} in order with its fit and pay: "${line}"`);
    from = at;
  }
  assert.ok(!text.includes(`${r.matches.length + 1}. `, from), 'no eleventh job');
  const footer = text.slice(from);
  assert.ok(footer.includes(`Your results code: ${await words(frame, 'keep-code')}`), 'the results code');
  for (const source of ['O*NET Interest Profiler', 'Annual Survey of Hours and Earnings', 'O*NET 30.2 Database', `Data version ${DATA_VERSION}.`]) {
    assert.ok(footer.includes(source), `the footer names ${source}`);
  }
  assert.match(footer, /\d{1,2} [A-Z][a-z]+ \d{4} ·/, 'the date');

  // The page as an image: black and grey on white, the profile chart drawn (its grey fill at the top left,
  // beside the scores), and text down to the footer.
  const pngBase = join(shotsDir, 'keep-skillsometer-pdf');
  execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', pdfPath, pngBase]);
  const { PNG } = await import('pngjs');
  const img = PNG.sync.read(readFileSync(`${pngBase}.png`));
  assert.ok(Math.abs(img.width / img.height - 210 / 297) < 0.01, 'the image has A4 proportions');
  let dark = 0, coloured = 0, chartGrey = 0, lowestInk = 0;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      const [R, G, B] = [img.data[i], img.data[i + 1], img.data[i + 2]];
      if (Math.max(R, G, B) - Math.min(R, G, B) > 24) coloured++;
      if (R < 100 && G < 100 && B < 100) { dark++; lowestInk = y; }
      // The chart's fill (#bbb) in its box: left quarter, upper quarter.
      if (x < img.width * 0.3 && y < img.height * 0.3 && Math.abs(R - 0xbb) < 6 && R === G && G === B) chartGrey++;
    }
  }
  assert.equal(coloured, 0, 'black on white: no coloured pixels');
  assert.ok(dark > img.width * img.height * 0.01, `text on the page (${dark} dark pixels)`);
  assert.ok(chartGrey > 200, `the profile chart's fill at the top left (${chartGrey} grey pixels)`);
  assert.ok(lowestInk > img.height * 0.6, 'text reaches down to the footer');
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});

test('a Skillsometer results code copied and typed into a fresh page gives identical results', async () => {
  const first = await openFrame(browser, server.base, 'skillsometer', { width: 1200, height: 900, context: CLIPBOARD });
  const done = await finishQuiz(first.frame, answersOf);
  const code = await copyCode(first.page, first.frame);
  assert.match(code, /^SK1(-[0-9A-HJKMNP-TV-Z]{1,4})+$/, 'a quiz code in groups of four');
  await first.context.close();

  // Another device: a new browser context, nothing stored.
  const { page, frame, context, problems } = await openFrame(browser, server.base, 'skillsometer', { width: 1200, height: 900, context: CLIPBOARD });
  assert.equal((await state(frame)).stage, 'welcome');
  await enterCode(page, frame, code, { paste: true });
  const opened = await resultsShown(frame);
  assert.deepEqual(opened.results.matches.map((m) => [m.code, m.fit, m.score]), done.results.matches.map((m) => [m.code, m.fit, m.score]),
    'the same jobs in the same order with the same fit');
  assert.deepEqual(opened.results, done.results, 'identical results');
  assert.equal(opened.answers, done.answers, 'the same answers');
  assert.equal(await words(frame, 'keep-code'), code, 'the same code');
  await shot(page, 'keep-skillsometer-opened-from-code');
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});

test('a three-job comparison code copied and typed into a fresh Careerometer shows the same comparison', async () => {
  const jobs = ['5315', '2231', '5241'];   // plumbers, nurses, electricians: not in code order, so order counts
  const first = await openFrame(browser, server.base, 'careerometer', { width: 1280, height: 1000, context: CLIPBOARD });
  assert.deepEqual(await run(first.frame, ...jobs.map((c) => `add ${c}`)), [true, true, true]);
  const before = await until(first.frame, (s) => s.codes.length === 3, 'three cards');
  const code = await copyCode(first.page, first.frame);
  assert.match(code, /^CM1(-[0-9A-HJKMNP-TV-Z]{1,4})+$/, 'a comparison code in groups of four');
  await first.context.close();

  const { page, frame, context, problems } = await openFrame(browser, server.base, 'careerometer', { width: 1280, height: 1000 });
  assert.deepEqual((await state(frame)).codes, []);
  await enterCode(page, frame, code.toLowerCase().replaceAll('-', ' '));   // as typed: any case, spaces for dashes
  const opened = await until(frame, (s) => s.codes.length === 3, 'the comparison from the code');
  assert.deepEqual(opened.codes, jobs, 'the same jobs in the same order');
  assert.deepEqual(opened.cards, before.cards, 'the same cards and figures');
  assert.equal(opened.highest_paid, before.highest_paid);
  assert.equal(await words(frame, 'keep-code'), code, 'the same code');
  await shot(page, 'keep-careerometer-opened-from-code');
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});

test('mistyped results codes get a clear message naming the wrong group, and change nothing', async () => {
  const sk = await openFrame(browser, server.base, 'skillsometer', { width: 1200, height: 900 });
  await finishQuiz(sk.frame, answersOf);
  const quizCode = await words(sk.frame, 'keep-code');
  await sk.context.close();

  const { page, frame, context, problems } = await openFrame(browser, server.base, 'skillsometer', { width: 1200, height: 900 });
  const ordinals = ['first', 'second', 'third', 'fourth', 'fifth'];
  for (const group of [1, 2, 3]) {
    await enterCode(page, frame, mistype(quizCode, group));
    await expectCodeError(frame, `The ${ordinals[group]} group looks mistyped. Check it against the original.`);
    const s = await state(frame);
    assert.equal(s.stage, 'welcome', 'a mistyped code opens nothing');
  }
  await shot(page, 'keep-mistyped-code');
  // A letter codes never use (U) is named with its group.
  const groups = quizCode.split('-');
  groups[2] = `U${groups[2].slice(1)}`;
  await enterCode(page, frame, groups.join('-'));
  await expectCodeError(frame, "The third group has 'U', which results codes never use. Check that group against the original.");
  // The right code after the mistakes opens the results and the message goes.
  await enterCode(page, frame, quizCode);
  await resultsShown(frame);
  assert.equal(find(await viewModel(frame), 'code-error'), null, 'no error left');
  assert.deepEqual(noProblems(problems), []);
  await context.close();

  // In the Careerometer: a mistyped comparison code, and a quiz code sent to the wrong widget.
  const cm = await openFrame(browser, server.base, 'careerometer', { width: 1280, height: 1000, query: 'occupations=2231,5241,5315' });
  const compareCode = await words(cm.frame, 'keep-code');
  await cm.context.close();
  const c = await openFrame(browser, server.base, 'careerometer', { width: 1280, height: 1000 });
  await enterCode(c.page, c.frame, mistype(compareCode, 2, 0));
  await expectCodeError(c.frame, 'The third group looks mistyped. Check it against the original.');
  await enterCode(c.page, c.frame, quizCode);
  await expectCodeError(c.frame, 'That is a Skillsometer code: open it in the Skillsometer to see the quiz results.');
  assert.deepEqual((await state(c.frame)).codes, [], 'no cards from a wrong code');
  assert.deepEqual(noProblems(c.problems), []);
  await c.context.close();
});

// Keys typed in the results-code field stay there: in the Skillsometer, Space or Enter on the welcome screen
// must not start the quiz, and Backspace must delete (elsewhere it goes back a statement).
test('keys typed in the results-code field stay in the field', async () => {
  const { page, frame, context } = await openFrame(browser, server.base, 'skillsometer', { width: 1200, height: 900 });
  await clickNode(page, frame, 'entry');
  const field = frame.locator('#m-code-input');
  await field.waitFor();
  await field.pressSequentially('SK1 40A4', { delay: 10 });
  await page.keyboard.press('Enter');
  assert.equal((await state(frame)).stage, 'welcome', 'typing a code with a space, then Enter, does not start the quiz');
  assert.equal(await field.inputValue(), 'SK1 40A4', 'the space is in the field');
  await page.keyboard.press('Backspace');
  assert.equal(await field.inputValue(), 'SK1 40A', 'Backspace deletes in the field');
  assert.equal((await state(frame)).stage, 'welcome', 'and is not a key for the widget');
  await context.close();
});

// A click on Open runs the code from inside a drawn frame (the canvas button's "submit" event, answered by a
// command): the refusal must still be drawn, without waiting for a pointer move to wake the widget.
test('a refused code\'s message is drawn on the canvas after a click on Open', async () => {
  const { page, frame, context } = await openFrame(browser, server.base, 'skillsometer', { width: 1200, height: 900 });
  await enterCode(page, frame, 'SK1-47A4-K3NF-A0P5-AZ1');
  await expectCodeError(frame, 'The second group looks mistyped. Check it against the original.');
  await drawn(frame, 'code-error', 3000);
  await context.close();
});

// --- similar jobs -----------------------------------------------------------------------------------------

// The similar jobs card `slot` lists: [button id, code, title, command] per job, checked against the state's
// related codes (the bundle's lists) and the bundle's titles.
async function similarJobs(frame, slot) {
  await drawn(frame, `card-${slot}-similar-0`);
  const s = await state(frame);
  const list = find(await viewModel(frame), `card-${slot}-similar`);
  assert.ok(list, 'the details list similar jobs');
  const items = list.children.map((item) => item.children[0]);
  const related = s.cards[slot].related.filter((c) => UK_TITLES.has(c)).slice(0, 6);
  assert.ok(related.length >= 3, 'a few similar jobs');
  assert.deepEqual(items.map((n) => n.text.replace(/ \(shown\)$/, '')), related.map((c) => UK_TITLES.get(c)), 'titles in the bundle\'s order');
  assert.ok(!related.includes(s.cards[slot].code), 'not the job itself');
  return items.map((n, i) => ({ id: n.id, code: related[i], title: UK_TITLES.get(related[i]), role: n.role, label: n.label, command: n.command }));
}

// Tabs from wherever focus is until the mirror's button for node `id` has it (at most `limit` presses).
async function tabTo(page, frame, id, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await frame.evaluate((want) => document.activeElement && document.activeElement.id === want, `m-${id}`)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${id}`);
}

test('similar jobs: the details list them; one is added by mouse, one by keyboard; full cards offer to replace', async () => {
  const { page, frame, context, problems } = await openFrame(browser, server.base, 'careerometer', { width: 1280, height: 1000, query: 'occupations=5241' });
  await clickNode(page, frame, 'card-0-details');
  await until(frame, (s) => s.cards[0].details_open, 'the details open');
  let similar = await similarJobs(frame, 0);
  assert.equal(await words(frame, 'card-0-similar-heading'), 'Similar jobs');
  for (const job of similar) {
    assert.equal(job.role, 'button');
    assert.equal(job.label, `Add ${job.title}`, 'each says what it does');
    assert.equal(job.command, `add ${job.code}`);
  }
  await shot(page, 'keep-similar-jobs');

  // Mouse: a click on the first adds it to the next card.
  await clickNode(page, frame, similar[0].id);
  let s = await until(frame, (st) => st.codes.length === 2, 'a similar job added by a click');
  assert.equal(s.cards[1].code, similar[0].code);
  similar = await similarJobs(frame, 0);
  assert.equal((await words(frame, similar[0].id)), `${similar[0].title} (shown)`, 'a job on a card is marked, not offered');

  // Keyboard: Tab from the top of the widget to the second similar job, Enter adds it.
  await frame.locator('canvas').click({ position: { x: 400, y: 20 } });
  await tabTo(page, frame, similar[1].id);
  await page.keyboard.press('Enter');
  s = await until(frame, (st) => st.codes.length === 3, 'a similar job added with Enter');
  assert.equal(s.cards[2].code, similar[1].code);

  // Three cards full: the heading says a choice replaces this card, each button says so, and Space on one
  // replaces the card whose details list it (the other two stay).
  similar = await similarJobs(frame, 0);
  assert.equal(await words(frame, 'card-0-similar-heading'), 'Similar jobs: choosing one replaces this card', 'the replace choice in words');
  const offered = similar.filter((j) => j.role === 'button');
  assert.ok(offered.length >= 1);
  for (const job of offered) {
    assert.equal(job.label, `Replace this card with ${job.title}`);
    assert.equal(job.command, `put 0 ${job.code}`);
  }
  await settle(frame);
  await shot(page, 'keep-similar-jobs-full');
  await frame.locator('canvas').click({ position: { x: 400, y: 20 } });
  await tabTo(page, frame, offered[0].id);
  await page.keyboard.press('Space');
  s = await until(frame, (st) => st.cards[0] && st.cards[0].code === offered[0].code, 'the first card replaced with Space');
  assert.deepEqual(s.codes, [offered[0].code, similar[0].code, similar[1].code], 'the other cards stay');
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});

test('similar jobs by touch on a phone: tap More, tap a similar job', async () => {
  const { page, frame, context, problems } = await openFrame(browser, server.base, 'careerometer', {
    width: 360, height: 740, dpr: 2, query: 'occupations=2231', context: { hasTouch: true, isMobile: true } });
  await clickNode(page, frame, 'card-0-details', { tap: true });
  await until(frame, (s) => s.cards[0].details_open, 'the details open by a tap');
  const similar = await similarJobs(frame, 0);
  await clickNode(page, frame, similar[2].id, { tap: true });
  const s = await until(frame, (st) => st.codes.length === 2, 'a similar job added by a tap');
  assert.deepEqual(s.codes, ['2231', similar[2].code]);
  await shot(page, 'keep-similar-jobs-touch');
  assert.deepEqual(noProblems(problems), []);
  await context.close();
});
