// Keyboard focus in both widgets (issue 11): a keyboard walk through each main state at desktop and phone
// sizes, where every Tab stop is a real element, scrolled into view, lying exactly over the control the canvas
// drew for it; and after each action that replaces what had focus, focus goes to the next sensible control,
// never to the page body.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, newPage, widgetFrame, schoolServer, SCENES, scenesOf, QUIZ_ANSWERS, enterScene, until, shot, waitFor, openScene, resultsShown } from './support.mjs';

const TOLERANCE = 2;   // px, between an element and the canvas rectangle of its node
const SIZES = [[1280, 800], [360, 740]];

let browser, server, school;
before(async () => { browser = await launch(); server = await serve(); school = await schoolServer(server.base); });
after(async () => { await browser.close(); await server.close(); await school.close(); });

// A school page with one widget between two links, as a student meets it; `options` are its data- attributes.
async function embedded(widget, options, [width, height]) {
  const opened = await newPage(browser, { width, height });
  const attributes = options ? options.split('&').map((o) => `data-${o.replace('=', '="')}"`).join(' ') : '';
  await opened.page.goto(school.page(`<p><a href="#before">Before the widget</a></p>
    <div data-ometer="${widget}" ${attributes}></div>
    <p><a href="#after">After the widget</a></p>
    <script src="${server.base}/ometer/v1/embed.js" async></script>`));
  return { ...opened, frame: await widgetFrame(opened.page, widget) };
}

// Where focus is inside the frame: the element, its rectangle, and the canvas rectangle of the node it names
// (the layout event's), both in the page's viewport coordinates.
async function focusedStop(frame, offset) {
  const at = await frame.evaluate(() => {
    const a = document.activeElement;
    const r = a.getBoundingClientRect();
    const c = document.getElementById('ometer-canvas').getBoundingClientRect();
    const id = a.id === 'search' ? 'search' : a.dataset.id;
    const l = id ? window.ometerDebug.layout()[id] : null;
    return { tag: a.tagName, id, name: a.getAttribute('aria-label') || a.textContent.trim().slice(0, 40),
      element: [r.x, r.y, r.width, r.height], node: l ? [c.x + l[0], c.y + l[1], l[2], l[3]] : null };
  });
  const move = ([x, y, w, h]) => [x + offset.x, y + offset.y, w, h];
  return { ...at, element: move(at.element), node: at.node && move(at.node) };
}

// Tabs from the link before the widget until focus leaves the widget's frame; checks every stop on the way.
async function walk(page, frame, [width, height], label) {
  await page.focus('a[href="#before"]');
  const stops = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const offset = await page.evaluate(() => {
      const a = document.activeElement;
      if (a.tagName !== 'IFRAME') return null;
      const r = a.getBoundingClientRect();
      return { x: r.x + a.clientLeft, y: r.y + a.clientTop };
    });
    if (!offset) break;
    const s = await focusedStop(frame, offset);
    const where = `${label}, stop ${stops.length + 1} (${s.id || s.tag} "${s.name}")`;
    assert.notEqual(s.tag, 'BODY', `${where}: focus is on the frame's body`);
    // Headings take focus only when an action sends it there (a card's title after adding it): never a Tab stop.
    assert.ok(!/^H[1-6]$/.test(s.tag), `${where}: a heading is a Tab stop`);
    assert.ok(s.node, `${where}: the canvas drew no node for the focused element`);
    const [x, y, w, h] = s.element;
    assert.ok(x >= -TOLERANCE && y >= -TOLERANCE && x + w <= width + TOLERANCE && y + h <= height + TOLERANCE,
      `${where}: ${s.element.map(Math.round)} is outside the ${width}x${height} viewport`);
    const [nx, ny, nw, nh] = s.node;
    if (s.id === 'search') {
      // The page's own text input sits inside the search box the canvas draws (beside its icon).
      assert.ok(x >= nx - TOLERANCE && y >= ny - TOLERANCE && x + w <= nx + nw + TOLERANCE && y + h <= ny + nh + TOLERANCE,
        `${where}: the input ${s.element.map(Math.round)} is not inside the search box ${s.node.map(Math.round)}`);
    } else {
      const off = s.element.map((v, k) => Math.abs(v - s.node[k]));
      assert.ok(off.every((d) => d <= TOLERANCE), `${where}: the element ${s.element.map(Math.round)} is not over its node ${s.node.map(Math.round)}`);
    }
    stops.push(s.id);
  }
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#after', `${label}: Tab leaves the widget for the page`);
  return stops;
}

// The controls each scene's walk must pass through (more may come between).
const EXPECTED_STOPS = {
  'three-cards': ['about', 'search', 'card-0-remove', 'card-0-details', 'card-1-remove', 'card-1-details', 'card-2-remove', 'card-2-details'],
  welcome: ['start'],
  statement: ['answer-0', 'answer-1', 'answer-2', 'back'],
  results: ['level-any', 'legend', 'compare', 'match-0-more', 'match-0-pick', 'match-1-more', 'restart'],
};

for (const size of SIZES) {
  test(`keyboard walk at ${size.join('x')}: every stop is in view and over the control the canvas drew`, async () => {
    for (const widget of ['careerometer', 'skillsometer']) {
      const scenes = scenesOf(widget);
      const { page, context, frame, problems } = await embedded(widget, scenes[0].options, size);
      for (const [i, scene] of scenes.entries()) {
        await enterScene(frame, scene, { again: i > 0 });
        const label = `${widget} ${scene.name} at ${size.join('x')}`;
        const stops = await walk(page, frame, size, label);
        const expected = EXPECTED_STOPS[scene.name];
        assert.deepEqual(stops.filter((id) => expected.includes(id)), expected, `${label}: the stops in order (${stops.join(', ')})`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

// Waits for focus to settle inside the frame on the element of node `id` ('search': the search box).
async function focusGoesTo(frame, id, after) {
  const element = id === 'search' ? 'search' : `m-${id}`;
  const seen = await waitFor(() => frame.evaluate(() => {
    const a = document.activeElement;
    return a === document.body || !a ? 'the page body' : a.id;
  }), (at) => at === element, `focus on ${element} after ${after}`, 3000).catch((e) => e);
  assert.equal(seen, element, `after ${after}, focus is on ${element}: ${seen.message || ''}`);
}

// Tabs (inside the frame) until the element of node `id` has focus.
async function tabTo(page, frame, id) {
  for (let i = 0; i < 60; i++) {
    if (await frame.evaluate((e) => document.activeElement && document.activeElement.id === e, `m-${id}`)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${id} is not reachable by Tab`);
}

test('Skillsometer: focus follows Start, the last answer and Start again, never the page body', async () => {
  const { page, context, frame, problems } = await openScene(browser, server.base, SCENES.find((s) => s.name === 'welcome'), { width: 1280, height: 800 });
  await tabTo(page, frame, 'start');
  await page.keyboard.press('Enter');
  await until(frame, (s) => s.stage === 'questions', 'the first statement');
  await focusGoesTo(frame, 'answer-0', '"Start the quiz"');
  const answers = QUIZ_ANSWERS.slice(0, -1);
  for (const d of answers) await page.keyboard.press(String(Number(d) + 1));
  await until(frame, (s) => s.answered === answers.length, 'all but the last answer');
  await focusGoesTo(frame, 'answer-0', 'answering (the buttons stay for the next statement)');
  await page.keyboard.press(String(Number(QUIZ_ANSWERS.at(-1)) + 1));
  await resultsShown(frame);
  await focusGoesTo(frame, 'profile-heading', 'the last answer (the results heading)');
  // Reaching "Start again" by Tab is the walk's business (30 stops at about a second each under SwiftShader).
  await frame.focus('#m-restart');
  await page.keyboard.press('Enter');
  await until(frame, (s) => s.stage === 'welcome', 'the welcome screen again');
  await focusGoesTo(frame, 'start', '"Start again"');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Careerometer: focus follows choosing a result, Remove and "Add a job", never the page body', async () => {
  const scene = { widget: 'careerometer', name: 'two-cards', options: 'occupations=5241,5315', commands: [], ready: 'card-1-remove' };
  const { page, context, frame, problems } = await openScene(browser, server.base, scene, { width: 1280, height: 800 });
  await frame.locator('#search').focus();
  await page.keyboard.type('nurse');
  await until(frame, (s) => s.dropdown_open && s.results.length > 0, 'results for nurse');
  await page.keyboard.press('Enter');
  await until(frame, (s) => s.codes.length === 3, 'the third card');
  await focusGoesTo(frame, 'search', 'choosing a result with Enter');
  await tabTo(page, frame, 'card-1-remove');
  await page.keyboard.press('Enter');
  await until(frame, (s) => s.cards[1] === null, 'the second card removed');
  await focusGoesTo(frame, 'slot-1-add', 'Remove (the empty card\'s "Add a job")');
  await shot(page, 'focus-careerometer-after-remove');
  await page.keyboard.press('Enter');
  await focusGoesTo(frame, 'search', '"Add a job"');
  // A screen reader activates a result row itself (a click on the option): focus goes back to the search box.
  await page.keyboard.type('plumb');
  await until(frame, (s) => s.dropdown_open && s.results.length > 0, 'results for plumb');
  await frame.locator('#m-result-0').dispatchEvent('click');
  await until(frame, (s) => s.codes.length === 3, 'the card from the row');
  await focusGoesTo(frame, 'search', 'choosing a result row from a screen reader');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Careerometer: adding a similar job moves focus to the new card\'s title, which Tab then leaves in reading order', async () => {
  const scene = { widget: 'careerometer', name: 'one-card', options: 'occupations=5241', commands: ['details 0'], ready: 'card-0-similar-0' };
  const { page, context, frame, problems } = await openScene(browser, server.base, scene, { width: 1280, height: 800 });
  await tabTo(page, frame, 'card-0-similar-0');
  await page.keyboard.press('Enter');
  await until(frame, (s) => s.codes.length === 2, 'the similar job on the second card');
  await focusGoesTo(frame, 'card-1-title', 'adding a similar job (the new card\'s title)');
  assert.equal(await frame.locator('#m-card-1-title').getAttribute('tabindex'), '-1', 'the title takes focus without being a Tab stop');
  await page.keyboard.press('Tab');
  await focusGoesTo(frame, 'card-1-remove', 'Tab from the new card\'s title (its Remove button)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the mirror keeps focus on a button when something before it goes or comes (it is never moved)', async () => {
  const { page, context } = await newPage(browser, { width: 800, height: 600 });
  await page.goto(`${server.base}/ometer/v1/frame.html?widget=careerometer`);
  const frame = await widgetFrame(page, 'careerometer');
  const kept = await frame.evaluate(async () => {
    const { Mirror } = await import(new URL('mirror.js', location.href).href);
    const root = document.createElement('div');
    document.body.append(root);
    const mirror = new Mirror(root, { command() {}, onFocusId() {}, focusInput() {}, searchBox: null });
    const button = (id) => ({ id, role: 'button', label: id, text: id });
    const tree = (...ids) => ({ id: 'root', children: ids.map((id) => (id === 'list' ? { id, role: 'text', text: 'rows' } : button(id))) });
    mirror.render(tree('about', 'list', 'remove', 'more'));
    const remove = root.querySelector('[data-id="remove"]');
    remove.focus();
    const out = [];
    for (const ids of [['about', 'remove', 'more'], ['about', 'list', 'remove', 'more'], ['remove', 'more'], ['list', 'about', 'remove']]) {
      mirror.render(tree(...ids));
      out.push({ ids: ids.join(' '), same: root.querySelector('[data-id="remove"]') === remove, focused: document.activeElement === remove,
        order: [...root.children].map((e) => e.dataset.id).join(' ') });
    }
    return out;
  });
  for (const k of kept) {
    assert.equal(k.order, k.ids, 'the elements in the tree\'s order');
    assert.ok(k.same && k.focused, `focus stays on the Remove button after ${k.ids}`);
  }
  await context.close();
});
