// Figures a student can trust (issue 9), as the student sees them: each card, search result and quiz row
// states pay on the basis the core chose for that job (full-time annual, or hourly with the usual hours for
// a mostly part-time job), compares it with the UK average on the same basis, and shows no noisy UK trend. The
// expected words follow from the core's own facts (`ometer show`), never from numbers written here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openFrame, settle, viewModel, treeNodes, spoken, state, run, finishQuiz, shot, ometer, root } from './support.mjs';

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const pounds = (v, decimals) => `£${v.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}`;
// Everything said under a node id prefix, as one string per node.
const saidUnder = (tree, prefix) => treeNodes(tree).filter(({ node }) => (node.id || '').startsWith(prefix)).map(({ node }) => spoken(node)).filter(Boolean);
const TREND = /\b(20\d\d)\s*(–|-|to)\s*(20\d\d)\b|\btrend\b|\b(rising|falling|grew|shrank)\b/i;

// What the card or row must say about pay, from the core's facts for that job.
function checkPay(facts, said, where) {
  const text = said.join('\n');
  const pay = facts.pay;
  if (pay.basis === 'hourly') {
    assert.ok(pay.part_time, `${where}: hourly pay is the lead only for a mostly part-time job`);
    assert.ok(text.includes(`${pounds(pay.value, 2)} an hour`), `${where}: leads with the hourly rate ${pounds(pay.value, 2)}\n${text}`);
    assert.match(text, /part-time/i, `${where}: says the job is usually part-time`);
    assert.doesNotMatch(text, /a year/, `${where}: no annual figure that is really a part-time wage`);
  } else {
    assert.equal(pay.basis, 'full_time_annual', `${where}: a UK annual headline is full-time`);
    const shown = text.match(/£([\d,]+) a year/);
    assert.ok(shown, `${where}: an annual figure\n${text}`);
    const value = Number(shown[1].replace(/,/g, ''));
    assert.ok(Math.abs(value - pay.value) / pay.value < 0.01, `${where}: shows the full-time median ${pay.value} (rounded), not ${value}`);
    assert.match(text, /full-time/i, `${where}: names the full-time basis`);
  }
}

test('Careerometer: 9232 leads with its hourly rate and usual hours, 2231 with full-time pay, electricians show no trend', async () => {
  const codes = ['9232', '2231', '5241'];
  const { page, context, frame, problems } = await openFrame(browser, server.base, 'careerometer', { width: 1280, height: 900, query: `occupations=${codes.join(',')}` });
  await settle(frame);
  const tree = await viewModel(frame);
  assert.deepEqual((await state(frame)).codes, codes);
  for (const [slot, code] of codes.entries()) {
    const facts = ometer('show', '--region', 'uk', code);
    const said = saidUnder(tree, `card-${slot}-`);
    checkPay(facts, said.filter((s) => !/^Suits/.test(s)), `card ${code}`);
    const vs = said.find((s) => /UK average/.test(s));
    assert.ok(vs, `card ${code}: compares with the UK average`);
    if (facts.pay.basis === 'hourly') assert.match(vs, /average hourly pay/, `card ${code}: hourly against hourly`);
    else assert.match(vs, /average for full-time work/, `card ${code}: full-time against full-time`);
    assert.ok(said.some((s) => /Including self-employed/.test(s)) && said.some((s) => /Not counting self-employed/.test(s)),
      `card ${code}: each count says what it counts`);
    assert.equal(said.filter((s) => TREND.test(s)).length, 0, `card ${code}: no UK trend is shown\n${said.filter((s) => TREND.test(s)).join('\n')}`);
  }
  await shot(page, 'figures-careerometer');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Careerometer: each search result states its pay on the same rule as its card', async () => {
  const { page, context, frame, problems } = await openFrame(browser, server.base, 'careerometer', { width: 1280, height: 900 });
  await settle(frame);
  // A mostly part-time job (9232) and a full-time one (2231), each with the rows around it.
  for (const [query, code] of [['school midday', '9232'], ['midwi', '2231']]) {
    await run(frame, 'input-focus 1', `query ${query}`);
    await settle(frame);
    const { results } = await state(frame);
    assert.ok(results.some((r) => r.code === code), `${code} in the results for "${query}"`);
    const tree = await viewModel(frame);
    for (const [i, r] of results.slice(0, 3).entries()) {
      const said = saidUnder(tree, `result-${i}`);
      checkPay(ometer('show', '--region', 'uk', r.code), said, `search "${query}" row ${i} (${r.code})`);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('Skillsometer: the row for 9232 states the same rule as its card', async () => {
  // Love the statements of 9232's three strongest interest types, dislike the rest: its own profile.
  const cards = JSON.parse(readFileSync(join(root, 'assets/data/uk-cards.json'), 'utf8')).occupations;
  const top = cards.find((o) => o.code === '9232').interests.high_point;
  const quiz = JSON.parse(readFileSync(join(root, 'assets/data/quiz.json'), 'utf8'));
  const types = Object.fromEntries(quiz.items.map((i) => [i.id, i.type]));
  const form = quiz.forms.find((f) => String(f.id) === '30').items.map((id) => types[id]);
  const { page, context, frame, problems } = await openFrame(browser, server.base, 'skillsometer', { width: 1280, height: 900 });
  const done = await finishQuiz(frame, (i) => (top.includes(form[i]) ? 2 : 0));
  const tree = await viewModel(frame);
  const rows = treeNodes(tree).filter(({ node }) => /^match-\d+$/.test(node.id || ''));
  const row = rows.findIndex(({ node }) => saidUnder({ children: [node] }, node.id).some((s) => s.includes('School midday')));
  assert.ok(row >= 0, `9232 is among the matches for its own profile (${top}): ${JSON.stringify(done.matches ?? done).slice(0, 300)}`);
  const said = saidUnder(tree, `match-${row}-`).concat(spoken(rows[row].node) || []);
  checkPay(ometer('show', '--region', 'uk', '9232'), said, 'quiz row 9232');
  await shot(page, 'figures-skillsometer');
  assert.deepEqual(problems, []);
  await context.close();
});
