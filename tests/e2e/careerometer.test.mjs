// Careerometer end to end in headless Chromium: a student types, picks from the drop-down and compares
// three jobs (mouse), the same by keyboard only, and by touch on a phone-sized screen. Card figures are
// checked against the shipped bundle; screenshots are saved in build/e2e/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, widgetFrame, until, state, shot, root } from './support.mjs';

const bundle = JSON.parse(readFileSync(join(root, 'assets/data/uk.json'), 'utf8'));
const byCode = new Map(bundle.occupations.map((o) => [o.code, o]));

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser.close(); await server.close(); });

const frameUrl = (extra = '') => `${server.base}/ometer/v1/frame.html?widget=careerometer${extra}`;

// The bundle measure behind each pay basis the card can name (core/pay.hpp chooses the basis).
const PAY_MEASURE = { full_time_annual: 'pay_annual_ft', all_employees_annual: 'pay_annual', hourly: 'pay_hourly' };
const payOf = (occ, basis) => (occ[PAY_MEASURE[basis]] ? occ[PAY_MEASURE[basis]].median : null);

// The card's figures are exactly the bundle's (absent where the bundle has no value).
function assertCardMatchesBundle(card) {
  const occ = byCode.get(card.code);
  assert.ok(occ, `unknown code ${card.code}`);
  assert.ok(card.pay_basis in PAY_MEASURE, `${card.code} pay basis ${card.pay_basis}`);
  assert.equal(card.pay_value, payOf(occ, card.pay_basis), `${card.code} pay (${card.pay_basis})`);
  assert.equal(card.hours_weekly.value, occ.hours_weekly ? occ.hours_weekly.median : null, `${card.code} hours`);
  assert.equal(card.jobs.value, occ.jobs ?? null, `${card.code} jobs`);
  assert.equal(card.skill_level, occ.skill_level ?? null, `${card.code} skill level`);
  assert.equal(card.title, occ.title);
}

// Page coordinates of a drawn element, from the widget's own layout report.
async function targetPoint(page, frame, id) {
  const s = await until(frame, (st) => st.targets && st.targets[id], `target ${id}`);
  const [x, y, w, h] = s.targets[id];
  const box = frame === page.mainFrame() ? { x: 0, y: 0 } : await (await frame.frameElement()).boundingBox();
  return { x: box.x + x + w / 2, y: box.y + y + h / 2 };
}

async function pickByMouse(page, frame, query, code) {
  const input = frame.locator('#search');
  await input.click();
  await input.fill('');
  await input.pressSequentially(query, { delay: 30 });
  const s = await until(frame, (st) => st.dropdown_open && st.results.some((r) => r.code === code), `${code} in results for "${query}"`);
  const row = s.results.findIndex((r) => r.code === code);
  const p = await targetPoint(page, frame, `result-${row}`);
  await page.mouse.move(p.x, p.y);
  await page.mouse.click(p.x, p.y);
  await until(frame, (st) => st.cards.some((c) => c && c.code === code), `${code} on a card`);
}

test('type "electr", choose Electricians, add plumber and nurse: cards equal the bundle', async () => {
  const { page, problems, context } = await openPage(browser, frameUrl(), { width: 1280, height: 1000 });
  const frame = await widgetFrame(page, 'careerometer');
  const input = frame.locator('#search');
  await input.click();
  await input.pressSequentially('electr', { delay: 40 });
  const s = await until(frame, (st) => st.results.length > 0, 'results for electr');
  assert.equal(s.results[0].code, '5241', 'Electricians first for "electr"');
  assert.ok(s.results[0].highlights.length > 0, 'matched text highlighted');
  await shot(page, 'careerometer-dropdown');
  const p = await targetPoint(page, frame, 'result-0');
  await page.mouse.click(p.x, p.y);
  await until(frame, (st) => st.cards[0] && st.cards[0].code === '5241', 'Electricians on the first card');
  assert.equal(await input.inputValue(), '', 'the search box clears after choosing');
  await pickByMouse(page, frame, 'plumber', '5315');
  const nurse = await (async () => {
    await input.click();
    await input.pressSequentially('nurse', { delay: 30 });
    const st = await until(frame, (x) => x.results.length > 0, 'results for nurse');
    return st.results[0].code;
  })();
  assert.match(nurse, /^223/, 'nursing unit group first for "nurse"');
  const p3 = await targetPoint(page, frame, 'result-0');
  await page.mouse.click(p3.x, p3.y);
  const final = await until(frame, (st) => st.cards.every(Boolean), 'three cards');
  final.cards.forEach(assertCardMatchesBundle);
  assert.equal(final.target_slot, null, 'no room for a fourth card');
  await shot(page, 'careerometer-three-cards');
  // Expand a card's details with the mouse, then remove a card.
  const more = await targetPoint(page, frame, 'card-1-details');
  await page.mouse.click(more.x, more.y);
  await until(frame, (st) => st.cards[1].details_open, 'details open');
  await shot(page, 'careerometer-details');
  const x = await targetPoint(page, frame, 'card-2-remove');
  await page.mouse.click(x.x, x.y);
  await until(frame, (st) => st.cards[2] === null, 'third card removed');
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only: Tab to the search box, arrows and Enter to choose, Tab to Remove', async () => {
  const { page, problems, context } = await openPage(browser, frameUrl(), { width: 1100, height: 900 });
  const frame = await widgetFrame(page, 'careerometer');
  await page.keyboard.press('Tab');
  for (let i = 0; i < 5 && !(await frame.evaluate(() => document.activeElement && document.activeElement.id === 'search')); i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await frame.evaluate(() => document.activeElement.id), 'search', 'search box reachable by Tab');
  await page.keyboard.type('plumb', { delay: 40 });
  await until(frame, (st) => st.results.length >= 2, 'results for plumb');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const before = await state(frame);
  assert.equal(before.highlighted, 0);
  await page.keyboard.press('Enter');
  const s = await until(frame, (st) => st.cards[0] !== null, 'a card from Enter');
  assert.equal(s.cards[0].code, before.results[0].code);
  await page.keyboard.type('waiter', { delay: 30 });
  await until(frame, (st) => st.results.length > 0, 'results for waiter');
  await page.keyboard.press('Escape');
  assert.equal((await state(frame)).dropdown_open, false, 'Escape closes the drop-down');
  // Tab onwards into the page's accessible controls: the first is the first card's Remove button.
  let label = '';
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    label = await frame.evaluate(() => (document.activeElement ? document.activeElement.textContent : ''));
    if (label.startsWith('Remove')) break;
  }
  assert.match(label, /^Remove /, 'a Remove button is reachable by keyboard');
  const focusId = await frame.evaluate(() => document.activeElement.getAttribute('data-focus-id'));
  await shot(page, 'careerometer-keyboard-focus');
  await page.keyboard.press('Enter');
  const slot = Number(focusId.split('-')[1]);
  await until(frame, (st) => st.cards[slot] === null, 'card removed by keyboard');
  assert.deepEqual(problems, []);
  await context.close();
});

test('touch on a phone: tap the search box, tap a result, tap remove; cards stack', async () => {
  const { page, problems, context } = await openPage(browser, frameUrl(), { width: 360, height: 740, dpr: 2, touch: true });
  const frame = await widgetFrame(page, 'careerometer');
  const input = frame.locator('#search');
  await input.tap();
  await page.keyboard.type('nurse', { delay: 30 });
  await until(frame, (st) => st.results.length > 0, 'results for nurse');
  const row = await targetPoint(page, frame, 'result-0');
  await page.touchscreen.tap(row.x, row.y);
  const s = await until(frame, (st) => st.cards[0] !== null, 'a card from a tap');
  assertCardMatchesBundle(s.cards[0]);
  await input.tap();
  await page.keyboard.type('electrician', { delay: 20 });
  await until(frame, (st) => st.results.length > 0, 'results for electrician');
  const row2 = await targetPoint(page, frame, 'result-0');
  await page.touchscreen.tap(row2.x, row2.y);
  const two = await until(frame, (st) => st.cards[1] !== null && st.targets['card-1-remove'], 'second card');
  // Stacked: the second card's remove button is below the first card, not beside it.
  const [, y0] = two.targets['card-0-remove'];
  const [, y1] = two.targets['card-1-remove'];
  assert.ok(y1 > y0 + 400, 'cards stack on a phone');
  await shot(page, 'careerometer-phone');
  const rm = await targetPoint(page, frame, 'card-0-remove');
  await page.touchscreen.tap(rm.x, rm.y);
  await until(frame, (st) => st.cards[0] === null, 'first card removed by a tap');
  assert.deepEqual(problems, []);
  await context.close();
});

test('US region shows dollars and BLS outlook', async () => {
  const { page, problems, context } = await openPage(browser, frameUrl('&region=us&occupations=47-2111.00,29-1141.00'), { width: 1200, height: 900 });
  const frame = await widgetFrame(page, 'careerometer');
  const s = await until(frame, (st) => st.cards[0] && st.cards[1], 'preset cards');
  const us = new Map(JSON.parse(readFileSync(join(root, 'assets/data/us.json'), 'utf8')).occupations.map((o) => [o.code, o]));
  assert.equal(s.cards[0].pay_value, payOf(us.get('47-2111.00'), s.cards[0].pay_basis));
  assert.match(await frame.locator('#mirror table').innerText(), /\$/);
  assert.equal(typeof s.cards[0].growth_pct.value, 'number');
  await shot(page, 'careerometer-us');
  assert.deepEqual(problems, []);
  await context.close();
});

test('idle: no frames are drawn while nothing changes', async () => {
  const { page, problems, context } = await openPage(browser, frameUrl('&occupations=5241,5315'), { width: 1100, height: 900 });
  const frame = await widgetFrame(page, 'careerometer');
  await page.waitForTimeout(800);
  const a = await frame.evaluate(() => window.ometerDebug.framesDrawn());
  await page.waitForTimeout(1500);
  const b = await frame.evaluate(() => window.ometerDebug.framesDrawn());
  assert.equal(b, a, `frames drawn while idle: ${b - a}`);
  await page.mouse.move(300, 300);
  await page.waitForTimeout(300);
  const c = await frame.evaluate(() => window.ometerDebug.framesDrawn());
  assert.ok(c > b, 'input wakes the widget');
  assert.deepEqual(problems, []);
  await context.close();
});

test('no WebGL2: the HTML version works (search, choose, compare)', async () => {
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
  await frame.locator('#search').fill('electrician');
  await until(frame, (st) => st.results.length > 0, 'results in the HTML version');
  await frame.locator('#mirror-result-0').click();
  await until(frame, (st) => st.cards[0] !== null, 'a card in the HTML version');
  const table = await frame.locator('#mirror table').innerText();
  assert.match(table, /Electricians/);
  assert.match(table, /£/);
  await shot(page, 'careerometer-no-webgl');
  await context.close();
});
