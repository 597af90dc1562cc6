// Careerometer end to end in headless Chromium: a student types, picks from the drop-down and compares
// three jobs (mouse), the same by keyboard only, and by touch on a phone-sized screen. Every card's figures
// are the core's (`ometer compare` for the same codes) and the shipped uk-cards.json bundle's; screenshots
// are saved in build/e2e/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, widgetFrame, until, waitFor, state, shot, root, viewModel, treeNodes, spoken, clickNode, nodeBox,
  ometer, settle, drawn } from './support.mjs';

const bundles = Object.fromEntries(['uk', 'us'].map((r) => {
  const b = JSON.parse(readFileSync(join(root, `assets/data/${r}-cards.json`), 'utf8'));
  return [r, new Map(b.occupations.map((o) => [o.code, o]))];
}));

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser.close(); await server.close(); });

const frameUrl = (extra = '') => `${server.base}/ometer/v1/frame.html?widget=careerometer${extra}`;

// The cards show what the core says for these codes (`ometer compare`: the pay headline on its basis with its
// average, hours, people in work, employee jobs, the highest paid), and the bundle's own figures where the
// card's figure is the job's own.
function assertCardsMatchCore(s) {
  const cards = s.cards.filter(Boolean);
  const report = ometer('compare', '--region', s.region, ...cards.map((c) => c.code));
  const occupations = bundles[s.region];
  assert.equal(s.highest_paid, report.highest_paid ?? null, 'the highest paid job');
  for (const card of cards) {
    const core = report.occupations.find((o) => o.code === card.code);
    const occ = occupations.get(card.code);
    assert.ok(core && occ, `unknown code ${card.code}`);
    assert.equal(card.title, occ.title);
    const p = card.pay;
    const q = core.pay;
    assert.deepEqual({ basis: p.basis, value: p.value, or_more: p.or_more, part_time: p.part_time, average: p.average, year: p.year, origin: p.origin },
      { basis: q.basis, value: q.value ?? null, or_more: q.or_more ?? false, part_time: q.part_time ?? false, average: q.average ?? null, year: q.year, origin: q.origin },
      `${card.code} pay headline`);
    assert.equal(p.usual_hours, q.usual_hours ?? null, `${card.code} usual hours`);
    if (q.vs_average === undefined) assert.equal(p.vs_average, null, `${card.code} no comparison with the average`);
    else assert.ok(Math.abs(p.vs_average - q.vs_average) < 1e-4, `${card.code} pay against the average: ${p.vs_average} vs ${q.vs_average}`);
    for (const key of ['jobs', 'people', ...(s.region === 'uk' ? ['hours_weekly'] : ['projected_change'])]) {
      assert.equal(card[key].value, core[key] ? core[key].value : null, `${card.code} ${key}`);
      if (core[key]) assert.equal(card[key].origin, core[key].origin, `${card.code} ${key} origin`);
    }
    assert.equal(!!card.people.lower_bound, !!(core.people && core.people.lower_bound), `${card.code} people: at least`);
    if (s.region === 'uk') {
      if (p.origin === 'own' && p.basis === 'full_time_annual') assert.equal(p.value, occ.pay_annual_ft.median, `${card.code}: the bundle's full-time median`);
      if (card.hours_weekly.origin === 'own') assert.equal(card.hours_weekly.value, occ.hours_weekly.median, `${card.code}: the bundle's hours`);
      if (card.jobs.origin === 'own') assert.equal(card.jobs.value, occ.jobs ?? null, `${card.code}: the bundle's employee jobs`);
      if (card.people.origin === 'own') assert.equal(card.people.value, occ.people ?? null, `${card.code}: the bundle's people in work`);
    }
  }
}

// The words the card shows for a node of the view-model.
async function words(frame, id) {
  const found = treeNodes(await viewModel(frame)).find(({ node }) => node.id === id);
  return found ? spoken(found.node) : null;
}

async function typeQuery(page, frame, query, { tap = false } = {}) {
  const input = frame.locator('#search');
  if (tap) await input.tap(); else await input.click();
  // Focus fetched the search titles; the query is typed once they are indexed, so the rows are every
  // title's ranking (the state tests cover a list open when they arrive: it keeps its rows).
  await until(frame, (st) => st.search_titles === 'all', 'every search title, after focusing the box');
  await input.fill('');
  await page.keyboard.type(query, { delay: 30 });
  return until(frame, (st) => st.query === query && st.dropdown_open && st.results.length > 0, `results for "${query}"`);
}

// Types `query` and clicks (or taps) the row of `code`, or the first row; returns the code chosen.
async function pick(page, frame, query, { code, tap = false } = {}) {
  const s = await typeQuery(page, frame, query, { tap });
  const row = code ? s.results.findIndex((r) => r.code === code) : 0;
  assert.ok(row >= 0, `${code} in the results for "${query}"`);
  const chosen = s.results[row].code;
  await clickNode(page, frame, `result-${row}`, { tap });
  await until(frame, (st) => st.codes.includes(chosen), `${chosen} on a card`);
  return chosen;
}

test('type "electr", choose Electricians, add plumber and nurse: the cards are the core\'s figures', async () => {
  const { page, problems, context } = await openPage(browser, frameUrl(), { width: 1280, height: 1000 });
  const frame = await widgetFrame(page, 'careerometer');
  const s = await typeQuery(page, frame, 'electr');
  assert.equal(s.results[0].code, '5241', 'Electricians first for "electr"');
  assert.match(s.results[0].matched, /electr/i, 'the row shows the title that matched');
  await shot(page, 'careerometer-dropdown');
  // Every row is on the canvas (and so can be seen and clicked), even with no card below to make room.
  const canvasHeight = await frame.evaluate(() => document.getElementById('ometer-canvas').getBoundingClientRect().height);
  const layout = await drawn(frame, `result-${s.results.length - 1}`);
  const cut = s.results.map((_, i) => [`result-${i}`, layout[`result-${i}`]]).filter(([, [, y, , h]]) => y + h > canvasHeight + 1);
  await clickNode(page, frame, 'result-0');
  await until(frame, (st) => st.cards[0] && st.cards[0].code === '5241', 'Electricians on the first card');
  assert.equal(await frame.locator('#search').inputValue(), '', 'the search box clears after choosing');
  await pick(page, frame, 'plumber', { code: '5315' });
  const nurse = await pick(page, frame, 'nurse');
  assert.match(nurse, /^223/, 'nursing unit group first for "nurse"');
  const final = await until(frame, (st) => st.cards.every(Boolean), 'three cards');
  assertCardsMatchCore(final);
  assert.ok(!treeNodes(await viewModel(frame)).some(({ node }) => /^slot-\d-add$/.test(node.id)), 'no room for a fourth card');
  assert.match(await words(frame, 'card-0-pay-value'), /^£[\d,]+ a year$/, 'full-time annual pay in pounds');
  for (const [slot, card] of final.cards.entries()) {
    const level = bundles.uk.get(card.code).skill_level;
    assert.match(await words(frame, `card-${slot}-level-value`), new RegExp(`^Level ${level} of 4: `), `${card.code}: the bundle's skill level`);
  }
  await shot(page, 'careerometer-three-cards-mouse');
  // Open a card's details with the mouse (they load on demand), then remove a card.
  await clickNode(page, frame, 'card-1-details');
  await until(frame, (st) => st.cards[1].details_open, 'details open');
  await drawn(frame, 'card-1-description');   // once uk-details.json is in
  assert.ok((await words(frame, 'card-1-description')).length > 20, 'the job description shows');
  await shot(page, 'careerometer-details');
  await clickNode(page, frame, 'card-2-remove');
  await until(frame, (st) => st.cards[2] === null, 'third card removed');
  assert.deepEqual(cut, [], `drop-down rows beyond the ${canvasHeight} px canvas (with no cards)`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only: Tab to the search box, arrows and Enter to choose, Tab to Remove', async () => {
  const { page, problems, context } = await openPage(browser, frameUrl(), { width: 1100, height: 900 });
  const frame = await widgetFrame(page, 'careerometer');
  const focused = () => frame.evaluate(() => {
    const a = document.activeElement;
    return { id: a.id, label: a.getAttribute('aria-label') || a.textContent };
  });
  for (let i = 0; i < 5 && (await focused()).id !== 'search'; i++) await page.keyboard.press('Tab');
  assert.equal((await focused()).id, 'search', 'search box reachable by Tab');
  // Focus fetched the search titles; this walk starts once search runs over all of them (the state tests
  // cover what happens when they arrive mid-search).
  await until(frame, (st) => st.search_titles === 'all', 'every search title, after focusing the box');
  await page.keyboard.type('plumb', { delay: 40 });
  await until(frame, (st) => st.results.length >= 2, 'results for plumb');
  await page.keyboard.press('ArrowDown');
  await until(frame, (st) => st.highlighted === 1, 'the second row highlighted');
  await page.keyboard.press('ArrowUp');
  const before = await until(frame, (st) => st.highlighted === 0, 'the first row highlighted again');
  assert.equal(await frame.locator('#search').getAttribute('aria-activedescendant'), 'm-result-0', 'the screen reader hears the row');
  await page.keyboard.press('Enter');
  const s = await until(frame, (st) => st.cards[0] !== null, 'a card from Enter');
  assert.equal(s.cards[0].code, before.results[0].code);
  assertCardsMatchCore(s);
  await page.keyboard.type('waiter', { delay: 30 });
  await until(frame, (st) => st.results.length > 0, 'results for waiter');
  await page.keyboard.press('Escape');
  assert.equal((await until(frame, (st) => !st.dropdown_open, 'the drop-down closed')).dropdown_open, false, 'Escape closes the drop-down');
  // Tab onwards into the mirror's real buttons: one of them is the first card's Remove button.
  let at = await focused();
  for (let i = 0; i < 10 && !at.label.startsWith('Remove'); i++) {
    await page.keyboard.press('Tab');
    at = await focused();
  }
  assert.equal(at.id, 'm-card-0-remove', `the Remove button is reachable by keyboard (${at.label})`);
  await shot(page, 'careerometer-keyboard-focus');
  await frame.evaluate(() => {   // what the press reached, for the message below should the card stay
    window.__removeSeen = [];
    for (const type of ['keydown', 'click']) document.addEventListener(type, (e) => window.__removeSeen.push(`${type} ${e.target.id}`), true);
  });
  await page.keyboard.press('Enter');
  try {
    await until(frame, (st) => st.cards[0] === null, 'card removed by keyboard');
  } catch (err) {
    const seen = await frame.evaluate(() => {
      const b = document.getElementById('m-card-0-remove');
      return { events: window.__removeSeen, active: document.activeElement.id, command: b && b.dataset.command, disabled: b && b.getAttribute('aria-disabled') };
    });
    throw new Error(`${err.message}\nafter Enter: ${JSON.stringify(seen)}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

// The mirror (what a screen reader reads) catches up with typing when it pauses, not after every key, and
// at once when a key moves through the results: the listbox a screen reader lands in is always the one
// drawn.
test('typing: the mirror catches up when typing pauses, and before a key moves through the results', async () => {
  const { page, problems, context } = await openPage(browser, frameUrl(), { width: 1100, height: 900 });
  const frame = await widgetFrame(page, 'careerometer');
  const input = frame.locator('#search');
  await input.click();
  await until(frame, (st) => st.search_titles === 'all', 'every search title, after focusing the box');
  // The rows' titles, as the mirror reads them: each row's text starts with its title.
  const listed = (st) => frame.evaluate((titles) => [...document.querySelectorAll('#m-results [role="option"]')]
    .map((o, i) => (o.textContent.startsWith(`${titles[i]} `) ? titles[i] : o.textContent)), titles(st));
  const titles = (st) => st.results.map((r) => r.matched);
  await frame.evaluate(() => {   // each batch of changes to the mirror is one update
    window.__mirrorUpdates = 0;
    new MutationObserver(() => { window.__mirrorUpdates += 1; })
      .observe(document.getElementById('mirror'), { subtree: true, childList: true, characterData: true, attributes: true });
    // The frames each key drew in its own task: from its keydown to after the widget's input handler.
    window.__keyFrames = [];
    let atKey = 0;
    document.addEventListener('keydown', () => { atKey = window.ometerDebug.framesDrawn(); }, true);
    document.getElementById('search').addEventListener('input', () => window.__keyFrames.push(window.ometerDebug.framesDrawn() - atKey));
  });
  await page.keyboard.type('electrician', { delay: 30 });
  // One frame a key at most, drawn with the key's results in the key's own task (ometer_draw_now), unless
  // the last frame was under 16 ms before (then in the next animation frame).
  const keyFrames = await frame.evaluate(() => window.__keyFrames);
  assert.equal(keyFrames.length, 11, 'an input event for each key');
  assert.ok(keyFrames.every((n) => n <= 1) && keyFrames.filter((n) => n === 1).length >= 8,
    `frames drawn in each key's task: ${JSON.stringify(keyFrames)}`);
  await page.keyboard.press('ArrowDown');
  await frame.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));   // two frames, not a pause
  const s = await until(frame, (st) => st.query === 'electrician' && st.highlighted === 1, 'the second row highlighted');
  assert.deepEqual(await listed(s), titles(s), 'the listbox is the drawn one as soon as a key moves through it');
  assert.equal(await input.getAttribute('aria-activedescendant'), 'm-result-1', 'and the screen reader hears the highlighted row');
  const updates = await frame.evaluate(() => window.__mirrorUpdates);
  assert.ok(updates <= 4, `the mirror changed ${updates} times for 11 keys typed and one arrow (once a key before)`);
  // A pause in typing brings it up to date with no key at all, and says how many jobs match, once.
  await waitFor(() => frame.locator('#live').textContent(), (t) => t.includes('First: Electrician'), 'the count for electrician said');
  await input.fill('');
  await frame.evaluate(() => {
    // The pause's timer, as set: a timer that fires a fraction of a millisecond early is the pause, not
    // set again for the fraction (which repeated five times, then waited 4 ms more).
    window.__pauseTimers = [];
    const set = window.setTimeout;
    window.setTimeout = function (fn, ms, ...rest) {
      if (fn && fn.name === 'onPause') window.__pauseTimers.push(ms);
      return set.call(this, fn, ms, ...rest);
    };
    window.__said = [];
    const live = document.getElementById('live');
    new MutationObserver(() => window.__said.push(live.textContent)).observe(live, { subtree: true, childList: true, characterData: true });
  });
  await page.keyboard.type('plumb', { delay: 30 });
  const p = await until(frame, (st) => st.query === 'plumb' && st.results.length > 0, 'results for plumb');
  await waitFor(() => listed(p), (l) => JSON.stringify(l) === JSON.stringify(titles(p)), 'the mirror listing the results for plumb');
  const said = await waitFor(() => frame.evaluate(() => window.__said), (l) => l.length > 0, 'the count of results said');
  await page.waitForTimeout(600);
  assert.deepEqual(await frame.evaluate(() => window.__said),
    [`${p.results.length} matching job${p.results.length === 1 ? '' : 's'}. First: ${p.results[0].matched}.`],
    `said once, for the last key: ${JSON.stringify(said)}`);
  const timers = await frame.evaluate(() => window.__pauseTimers);
  assert.ok(timers.length >= 1 && timers.every((ms) => ms >= 1), `the pause's timer set for ${JSON.stringify(timers)} ms`);
  assert.deepEqual(problems, []);
  await context.close();
});

// The hint ("Type a job...") is set only while the box is empty: set, the browser restyles it on every key.
test('the search box shows its hint while empty: gone with the first letter, back when emptied or a job is chosen', async () => {
  const { page, problems, context } = await openPage(browser, frameUrl(), { width: 1100, height: 900 });
  const frame = await widgetFrame(page, 'careerometer');
  const input = frame.locator('#search');
  await until(frame, (st) => st.ready, 'the widget ready');
  const hint = await waitFor(() => input.getAttribute('placeholder'), (h) => !!h && h.length > 5, 'the widget\'s hint on the box');
  await input.click();
  await page.keyboard.type('nu', { delay: 30 });
  await until(frame, (st) => st.query === 'nu', 'the query typed');
  assert.equal(await input.getAttribute('placeholder'), null, 'no hint while the box has text');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await until(frame, (st) => st.query === '', 'the box emptied');
  assert.equal(await input.getAttribute('placeholder'), hint, 'the hint is back when the box is emptied');
  await pick(page, frame, 'nurse');
  await until(frame, (st) => st.cards[0] !== null && st.query === '', 'a job chosen, the box cleared');
  assert.equal(await input.inputValue(), '');
  assert.equal(await input.getAttribute('placeholder'), hint, 'and when a chosen job clears the box');
  assert.deepEqual(problems, []);
  await context.close();
});

test('touch on a phone: tap the search box, tap a result, tap remove; cards stack', async () => {
  const { page, problems, context } = await openPage(browser, frameUrl(), { width: 360, height: 740, dpr: 2, touch: true });
  const frame = await widgetFrame(page, 'careerometer');
  await pick(page, frame, 'nurse', { tap: true });
  await pick(page, frame, 'electrician', { tap: true });
  const two = await until(frame, (st) => st.cards[1] !== null, 'second card');
  assertCardsMatchCore(two);
  // Stacked: the second card's remove button is below the first card, not beside it.
  const [r0, r1] = [await nodeBox(page, frame, 'card-0-remove'), await nodeBox(page, frame, 'card-1-remove')];
  const layout = await frame.evaluate(() => window.ometerDebug.layout());
  assert.ok(layout['card-1-remove'][1] > layout['card-0-remove'][1] + 400, 'cards stack on a phone');
  assert.ok(Math.abs(r0.x - r1.x) < 1, 'one above the other');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'careerometer-phone');
  await clickNode(page, frame, 'card-0-remove', { tap: true });
  await until(frame, (st) => st.cards[0] === null, 'first card removed by a tap');
  assert.deepEqual(problems, []);
  await context.close();
});

test('US region shows dollars and the BLS projection', async () => {
  const { page, problems, context } = await openPage(browser, frameUrl('&region=us&occupations=47-2111.00,29-1141.00'), { width: 1200, height: 900 });
  const frame = await widgetFrame(page, 'careerometer');
  const s = await until(frame, (st) => st.cards[0] && st.cards[1], 'preset cards');
  assertCardsMatchCore(s);
  assert.match(await words(frame, 'card-0-pay-value'), /^\$[\d,]+ a year$/);
  assert.equal(typeof s.cards[0].projected_change.value, 'number');
  await shot(page, 'careerometer-us');
  assert.deepEqual(problems, []);
  await context.close();
});

test('idle: no frames are drawn while nothing changes', async () => {
  const { page, problems, context } = await openPage(browser, frameUrl('&occupations=5241,5315'), { width: 1100, height: 900 });
  const frame = await widgetFrame(page, 'careerometer');
  const frames = () => frame.evaluate(() => window.ometerDebug.framesDrawn());
  await settle(frame);   // the first frames after loading are drawn
  const a = await frames();
  await page.waitForTimeout(1500);   // the time the test watches for, not a wait for something
  const b = await frames();
  assert.equal(b, a, `frames drawn while idle: ${b - a}`);
  await page.mouse.move(300, 300);
  const c = await frame.evaluate((n) => new Promise((ok) => {
    const t0 = performance.now();
    (function poll() { const m = window.ometerDebug.framesDrawn(); if (m > n || performance.now() - t0 > 2000) ok(m); else requestAnimationFrame(poll); })();
  }), b);
  assert.ok(c > b, 'input wakes the widget');
  assert.deepEqual(problems, []);
  await context.close();
});

test('no WebGL2: the HTML version works (search, choose, compare) with the mirror\'s real buttons', async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(frameUrl());
  const frame = await widgetFrame(page, 'careerometer');
  assert.ok(await frame.evaluate(() => document.getElementById('app').classList.contains('fallback')));
  // Read in order: the widget's title, then About, then the search box (the page's own input, in the mirror).
  const order = await frame.evaluate(() => ['m-title', 'm-about', 'search'].map((id) => document.getElementById(id))
    .map((el, i, all) => (i === 0 ? 'first' : all[i - 1].compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before')));
  assert.deepEqual(order, ['first', 'after', 'after'], 'the title, then About, then the search box');
  for (const query of ['electrician', 'plumber', 'midwife']) {
    await frame.locator('#search').fill(query);
    await until(frame, (st) => st.query === query && st.results.length > 0, `results for ${query} in the HTML version`);
    const before = (await state(frame)).codes.length;
    await frame.locator('#m-result-0').click();   // a real click on the mirror's row
    await until(frame, (st) => st.codes.length === before + 1, `a card for ${query} in the HTML version`);
    assert.equal(await frame.evaluate(() => document.activeElement.id), 'search', 'focus back in the search box for the next job');
  }
  const s = await state(frame);
  assertCardsMatchCore(s);
  for (const [slot, card] of s.cards.entries()) {
    const region = frame.locator(`#m-card-${slot}`);
    assert.equal(await region.getAttribute('aria-label'), card.title);
    assert.equal(await frame.locator(`#m-card-${slot}-pay-value`).innerText(), await words(frame, `card-${slot}-pay-value`));
  }
  assert.match(await frame.locator('#m-card-0-pay-value').innerText(), /^£/);
  // Details and Remove are real buttons too, each with visible words (the canvas draws Remove as an icon).
  const removeWords = await frame.locator('#m-card-0-remove').evaluate((el) => getComputedStyle(el, '::before').content);
  assert.equal(removeWords, `"Remove ${s.cards[0].title}"`, 'the Remove button shows its name');
  await frame.getByRole('button', { name: `More about this job: ${s.cards[1].title}` }).click();
  await until(frame, (st) => st.cards[1].details_open, 'details open in the HTML version');
  await frame.locator('#m-card-1-details[aria-expanded="true"]').waitFor();   // the mirror follows on the next frame
  await frame.locator('#m-card-1-description').waitFor();
  await shot(page, 'careerometer-no-webgl');
  await frame.getByRole('button', { name: `Remove ${s.cards[0].title}` }).click();
  await until(frame, (st) => st.cards[0] === null, 'a card removed in the HTML version');
  await frame.waitForFunction(() => document.activeElement && document.activeElement.id === 'm-slot-0-add');
  await context.close();
});
