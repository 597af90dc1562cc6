// Parity in the browser (issue 11): in each scripted state of both widgets, every word of the view-model tree
// (ometerDebug.vm()) is in the accessible mirror (as text, accessible name or description), and the mirror holds
// nothing else: no stale element and no line of text that is not a node's. The states follow one another in
// one frame, so the mirror's diffing (update by id, never rebuild) is exercised too. The native parity test
// covers canvas against tree (tests/widgets/test_view_model.cpp).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openFrame, run, settle, viewModel, treeNodes, spoken, QUIZ_ANSWERS } from './support.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser.close(); await server.close(); });

// What the mirror shows for each node id, read from the DOM.
const readMirror = (frame) => frame.evaluate(() => {
  const root = document.getElementById('mirror');
  const byId = {};
  for (const el of root.querySelectorAll('[data-id]')) {
    const described = el.getAttribute('aria-describedby');
    byId[el.dataset.id] = {
      text: el.textContent.replace(/\s+/g, ' ').trim(),
      label: el.getAttribute('aria-label'),
      desc: described ? (document.getElementById(described) || { textContent: null }).textContent : null,
    };
  }
  const search = document.getElementById('search');
  return {
    byId,
    overlay: root.classList.contains('overlay'),
    search: { label: search.getAttribute('aria-label'), hidden: search.hidden },
    lines: root.innerText.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean),
    anonymous: [...root.querySelectorAll('*:not([data-id]):not(#search)')].map((el) => el.outerHTML.slice(0, 80)),
  };
});

// Checks one state; returns a list of problems (empty when the mirror and the tree agree).
async function parityProblems(frame) {
  await settle(frame);
  const tree = await viewModel(frame);
  const mirror = await readMirror(frame);
  // The accessibility tree as YAML, unquoted: \" in double-quoted and '' in single-quoted strings.
  const aria = (await frame.locator('#mirror').ariaSnapshot()).replace(/\\"/g, '"').replace(/''/g, "'");
  const problems = [];
  const nodes = treeNodes(tree).slice(1).map(({ node }) => node);   // the root is the mirror element itself
  const ids = new Set(nodes.map((n) => n.id));
  const words = new Set();
  for (const n of nodes) {
    const said = spoken(n);
    if (said) words.add(said);
    if (n.role === 'input') {
      if (mirror.search.label !== n.label) problems.push(`search box named "${mirror.search.label}", not "${n.label}"`);
      continue;
    }
    const el = mirror.byId[n.id];
    // Over the canvas a text of parts is one text (mirror.js): a part is read in its parent's text, which
    // the parent's own check below compares with the parts' words.
    if (!el && n.role === 'part' && mirror.overlay) continue;
    if (!el) { problems.push(`${n.id} (${n.role}) is not in the mirror`); continue; }
    const leaf = !(n.children || []).length || n.children.every((c) => c.role === 'part');
    if (leaf && el.text !== said) problems.push(`${n.id} reads "${el.text}", not "${said}"`);
    if (n.label && el.label !== n.label) problems.push(`${n.id} is named "${el.label}", not "${n.label}"`);
    if (n.desc && el.desc !== n.desc) problems.push(`${n.id} is described as "${el.desc}", not "${n.desc}"`);
    if (n.role !== 'part' && said && !aria.includes(said)) problems.push(`${n.id}: "${said}" is not in the accessibility tree`);
    if (n.label && n.role !== 'region' && !aria.includes(n.label)) problems.push(`${n.id}: the name "${n.label}" is not in the accessibility tree`);
  }
  for (const id of Object.keys(mirror.byId)) if (!ids.has(id)) problems.push(`the mirror still has ${id}, which the tree no longer has`);
  for (const html of mirror.anonymous) problems.push(`an element of no node: ${html}`);
  for (const line of mirror.lines) if (!words.has(line)) problems.push(`the mirror says "${line}", which is no node's text`);
  return problems;
}

// Runs each step's commands in turn (in one frame) and checks parity after each.
async function checkSteps(frame, steps) {
  const report = [];
  for (const [name, commands] of steps) {
    const accepted = await run(frame, ...commands);
    accepted.forEach((ok, i) => assert.ok(ok || name.includes('refused'), `${name}: "${commands[i]}" was refused`));
    const problems = await parityProblems(frame);
    if (problems.length) report.push(`${name}:\n  ${problems.slice(0, 12).join('\n  ')}`);
  }
  assert.deepEqual(report, [], report.join('\n'));
}

const open = (widget, query = '', size = {}) => openFrame(browser, server.base, widget, { ...size, query });

for (const width of [1280, 360]) {
  test(`Careerometer at ${width} px: the mirror says exactly what the tree says, state after state`, async () => {
    const { context, frame, problems } = await open('careerometer', '', { width });
    await checkSteps(frame, [
      ['empty', []],
      ['typing with the drop-down open', ['query nurse', 'move 1']],
      ['one card from the drop-down', ['choose']],
      ['three cards, details and about', ['add 5241', 'add 2231', 'details 1', 'about']],
      ['cards full, a choice refused', ['query waiter', 'choose 0']],
      ['the refusal dismissed, a card removed', ['close', 'remove 0']],
      ['about closed, details closed', ['about', 'details 1']],
    ]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`Skillsometer at ${width} px: the mirror says exactly what the tree says, state after state`, async () => {
    const { context, frame, problems } = await open('skillsometer', '', { width });
    const answers = [...QUIZ_ANSWERS].map((d) => `answer ${d}`);
    await checkSteps(frame, [
      ['welcome', []],
      ['a statement', ['start', 'answer 2']],
      ['back to the welcome with progress', ['back', 'back']],
      ['results', ['start', ...answers.slice(1)]],
      ['results at a level and below, legend, a job open', ['level 2', 'lower 1', 'legend', 'match 0']],
      ['three ticked, the rest disabled', ['level 0', 'match 0', 'match 1']],
      ['start again', ['restart']],
    ]);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the US Careerometer and the 5-point Skillsometer: the mirror says exactly what the tree says', async () => {
  const careers = await open('careerometer', 'region=us&occupations=47-2111.00,29-1141.00,29-1216.00');
  await checkSteps(careers.frame, [['US cards with details', ['details 0']]]);
  assert.deepEqual(careers.problems, []);
  await careers.context.close();
  const quiz = await open('skillsometer', 'scale=5&region=us');
  await checkSteps(quiz.frame, [['a 5-point statement', ['start', 'answer 4']], ['US results', [...'531245'.repeat(5)].slice(1).map((d) => `answer ${Number(d) - 1}`)]]);
  assert.deepEqual(quiz.problems, []);
  await quiz.context.close();
});

// A text made of parts (a drop-down row) is one text over the canvas and an element a part shown as the
// widget: the same words either way, through changes of mode and of the node's kind, with nothing left over.
test('a text of parts reads the same over the canvas and as the widget, whatever it was before', async () => {
  const { frame, context } = await open('careerometer');
  const steps = await frame.evaluate(async () => {
    const { Mirror } = await import(new URL('mirror.js', location.href).href);
    const root = document.createElement('div');
    document.body.append(root);
    const mirror = new Mirror(root, { command() {}, onFocusId() {}, focusInput() {}, searchBox: null });
    const row = (...texts) => ({ id: 'root', children: [{ id: 'row', role: 'option', command: 'choose 0',
      children: texts.map((text, i) => ({ id: `row-${i}`, role: 'part', text })) }] });
    const leaf = (text) => ({ id: 'root', children: [{ id: 'row', role: 'option', command: 'choose 0', text }] });
    const read = (step) => {
      const el = root.querySelector('[data-id="row"]');
      return { step, text: el.textContent, parts: el.children.length };
    };
    const out = [];
    mirror.setOverlay(true, row('Nurse', 'Nursing', '£40,700'));
    out.push(read('over the canvas'));
    mirror.setOverlay(false);
    out.push(read('as the widget'));
    mirror.setOverlay(true);
    out.push(read('over the canvas again'));
    mirror.render(leaf('No pay figure'));
    out.push(read('a plain text over the canvas'));
    mirror.render(row('Nurse', 'Nursing', '£40,700'));
    out.push(read('parts again over the canvas'));
    mirror.setOverlay(false, row('Dental nurses', 'SOC 2020 6133', '£23,700'));
    out.push(read('new parts as the widget'));
    mirror.render(leaf('No pay figure'));
    out.push(read('a plain text as the widget'));
    return out;
  });
  assert.deepEqual(steps, [
    { step: 'over the canvas', text: 'Nurse Nursing £40,700', parts: 0 },
    { step: 'as the widget', text: 'Nurse Nursing £40,700', parts: 3 },
    { step: 'over the canvas again', text: 'Nurse Nursing £40,700', parts: 0 },
    { step: 'a plain text over the canvas', text: 'No pay figure', parts: 0 },
    { step: 'parts again over the canvas', text: 'Nurse Nursing £40,700', parts: 0 },
    { step: 'new parts as the widget', text: 'Dental nurses SOC 2020 6133 £23,700', parts: 3 },
    { step: 'a plain text as the widget', text: 'No pay figure', parts: 0 },
  ]);
  await context.close();
});
