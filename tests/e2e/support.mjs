// Shared set-up for the browser tests: Debian's Chromium through playwright-core with the flags that give
// headless WebGL2 (SwiftShader) on this machine, the demo server on a free port, helpers to reach a widget
// frame and its automation hook (facts, view-model tree, layout, commands), to find where the canvas drew a
// node, to ask the native CLI, and to save screenshots with the test output (build/e2e/).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { startServer } from '../../tools/serve.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const shotsDir = join(root, 'build/e2e');
mkdirSync(shotsDir, { recursive: true });

// playwright-core gives every launch a fresh, empty profile of its own.
export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function serve() {
  const server = await startServer(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  return { server, base, close: () => new Promise((ok) => server.close(ok)) };
}

// Opens a page and collects console errors and page errors, so a test can assert there were none.
export async function openPage(browser, url, { width = 1200, height = 900, dpr = 1, touch = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(url);
  return { page, context, problems };
}

// A widget frame document: frame.html in development, frame.<hash>.html from dist/.
export const isWidgetFrameUrl = (url) => /\/frame(\.[0-9a-f]+)?\.html([?#]|$)/.test(url);

// The frame of a widget (by widget name, nth instance) once its automation hook is ready. Widget iframes
// load lazily, so one still missing is scrolled into view.
export async function widgetFrame(page, widget, nth = 0, timeout = 20000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const frames = page.frames().filter((f) => isWidgetFrameUrl(f.url()) && f.url().includes(`widget=${widget}`));
    const f = frames[nth];
    if (!f) {
      await page.evaluate(([w, n]) => {
        const el = document.querySelectorAll(`iframe[src*="widget=${w}"]`)[n];
        if (el) el.scrollIntoView({ block: 'center' });
      }, [widget, nth]).catch(() => {});
    }
    if (f) {
      try {
        if (await f.evaluate(() => !!(window.ometerDebug && window.ometerDebug.state().ready))) return f;
      } catch { /* navigating */ }
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`widget ${widget} #${nth} did not become ready`);
}

// The automation hook (web/frame/frame.js): the widget's facts, its view-model tree, the last layout event
// ({id: [x, y, w, h]} in CSS px on the canvas), and page commands (each returns whether it was accepted).
export const state = (frame) => frame.evaluate(() => window.ometerDebug.state());
// The view-model once the widget has drawn the frame a command asked for: a command changes the facts at once
// but the view-model in that frame, so a tree read in between was the last frame's (a results code read
// right after three "add"s was the two-job one). The widget's animation frame was asked for before this one,
// so it runs first; a frame the browser does not animate (out of view) is read after 100 ms.
export const viewModel = (frame) => frame.evaluate(() => new Promise((ok) => {
  let done = false;
  const read = () => { if (!done) { done = true; ok(window.ometerDebug.vm()); } };
  requestAnimationFrame(read);
  setTimeout(read, 100);
}));
export const layoutOf = (frame) => frame.evaluate(() => window.ometerDebug.layout());
export const run = (frame, ...lines) => frame.evaluate((all) => all.map((l) => window.ometerDebug.command(l)), lines);

// Polls `probe()` until `predicate(value)` holds; returns that value.
export async function waitFor(probe, predicate, what, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await probe();
    if (predicate(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last).slice(0, 400)}`);
}

// Waits until `predicate(state)` holds.
export const until = (frame, predicate, what, timeout = 5000) => waitFor(() => state(frame), predicate, what, timeout);

// Waits until the canvas has drawn node `id`; returns the layout.
export const drawn = (frame, id, timeout = 15000) => waitFor(() => layoutOf(frame), (l) => !!(l && l[id]), `node ${id} drawn`, timeout);

// Viewport coordinates of where the canvas drew node `id` ({x, y, width, height}), after scrolling the page
// (and the frame, when it is the page) so that the node is in view.
export async function nodeBox(page, frame, id) {
  await drawn(frame, id);
  const r = await frame.evaluate((nodeId) => {
    const [x, y, w, h] = window.ometerDebug.layout()[nodeId];
    const canvas = document.getElementById('ometer-canvas');
    const el = document.getElementById(`m-${nodeId}`);
    if (el && el.classList.contains('placed')) el.scrollIntoView({ block: 'center' });
    else window.scrollTo(0, canvas.getBoundingClientRect().top + window.scrollY + y + h / 2 - window.innerHeight / 2);
    const c = canvas.getBoundingClientRect();
    return { x: c.x + x, y: c.y + y, width: w, height: h };
  }, id);
  const offset = frame.parentFrame() ? await (await frame.frameElement()).boundingBox() : { x: 0, y: 0 };
  return { x: offset.x + r.x, y: offset.y + r.y, width: r.width, height: r.height };
}

// Clicks (or taps) the middle of where the canvas drew node `id`: what a student aims at, once the widget
// has stopped drawing (a frame still changing, as just after ready when the canvas takes its final size, can
// move the node after its place was read: a click there once missed "Have a results code?" in CI).
export async function clickNode(page, frame, id, { tap = false } = {}) {
  await settle(frame);
  const b = await nodeBox(page, frame, id);
  const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
  if (tap) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

// Every node of a view-model tree, depth first, with the list of its ancestors (nearest last).
export function treeNodes(tree, ancestors = [], out = []) {
  out.push({ node: tree, ancestors });
  for (const child of tree.children || []) treeNodes(child, [...ancestors, tree], out);
  return out;
}

// The words the mirror reads for a node: its text, or the texts of its parts joined by spaces.
export function spoken(node) {
  const kids = node.children || [];
  if (kids.length && kids.every((c) => c.role === 'part')) return kids.map((c) => c.text || '').join(' ');
  return node.text || '';
}

// The native CLI's JSON (the core's own answer, to compare the widgets with).
export function ometer(...args) {
  return JSON.parse(execFileSync(join(root, 'build/native/tools/ometer'), [...args, '--compact'], { encoding: 'utf8' }));
}

// Saves a full-page screenshot as build/e2e/NAME.png once every running widget on the page has stopped drawing.
export async function shot(page, name) {
  for (const frame of page.frames()) {
    if (await frame.evaluate(() => !!(window.ometerDebug && window.ometerDebug.state().ready)).catch(() => false)) await settle(frame);
  }
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true });
}

// Counts distinct colours in a canvas region from a screenshot: > 1 means something was drawn.
export async function canvasColours(frame) {
  const handle = await frame.$('canvas');
  const png = await handle.screenshot();
  const { PNG } = await import('pngjs');
  const img = PNG.sync.read(png);
  const seen = new Set();
  for (let i = 0; i < img.data.length; i += 4 * 97) seen.add((img.data[i] << 16) | (img.data[i + 1] << 8) | img.data[i + 2]);
  return seen.size;
}

// A fresh context and page that records problems (page errors, console errors, CSP violations, in the page
// and in every frame) and the page's console warnings, without navigating: add routes first, then goto.
export async function newPage(browser, { width = 1200, height = 900, dpr = 1, ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, ...contextOptions });
  // Runs before any page script in every frame; a violation becomes a console error the listener below sees.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI}`);
    });
  });
  const page = await context.newPage();
  const problems = [];
  const warnings = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  return { context, page, problems, warnings };
}

// Serves a built dist/ folder the way ./run demo does.
export async function serveDist(dir = join(root, 'dist')) {
  const server = await startServer(0, '127.0.0.1', { dist: dir });
  const base = `http://127.0.0.1:${server.address().port}`;
  return { server, base, close: () => new Promise((ok) => server.close(ok)) };
}

// Scrolls a widget frame into view, through every frame around it: a browser draws no frames (and so
// the widget refreshes nothing on screen) in a frame of another origin that is out of view.
export async function reveal(frame) {
  const chain = [];
  for (let f = frame; f && f.parentFrame(); f = f.parentFrame()) chain.unshift(f);
  for (const f of chain) {
    const el = await f.frameElement().catch(() => null);
    if (el) await el.scrollIntoViewIfNeeded().catch(() => {});
  }
}

// Waits until the Skillsometer's results are on screen with their jobs (the job cards download once a quiz
// is under way, so results reached fast, or opened from a code, may wait for them); returns the state.
export async function resultsShown(frame) {
  await reveal(frame);
  const shown = await waitFor(() => state(frame), (st) => st.stage === 'results' && !!st.results, 'the results with their jobs', 15000);
  await waitFor(() => viewModel(frame), (t) => JSON.stringify(t).includes('"keep-code"'), 'the results on screen', 5000);
  return shown;
}

// Answers the Skillsometer's quiz through its automation hook (answer = 0, 1 or 2, or a function of the
// statement number) until the results show with their jobs; returns the final state.
export async function finishQuiz(frame, answer = 2) {
  await run(frame, 'start');
  for (let i = 0; i < 100; i++) {
    const s = await state(frame);
    if (s.stage === 'results') return resultsShown(frame);
    const a = typeof answer === 'function' ? answer(s.current) : answer;
    await run(frame, `answer ${a}`);
  }
  throw new Error('the quiz did not reach its results');
}

// A made-up school site on its own origin (another port), for pages a test writes itself. Each page gets a
// strict CSP that lets in only the widget host's script and frames, and no Referrer-Policy header (the
// browser default), like most school sites. page(body) returns the URL of a page with `body` in <main>.
export async function schoolServer(assetOrigin) {
  const pages = new Map();
  const server = createServer((req, res) => {
    const body = pages.get(req.url);
    if (body === undefined) { res.writeHead(req.url === '/favicon.ico' ? 204 : 404); res.end(); return; }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'self'; script-src ${assetOrigin}; frame-src ${assetOrigin}; style-src 'self'; object-src 'none'; base-uri 'none'` });
    res.end(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>School</title></head><body><main>${body}</main></body></html>`);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    page(body) {
      const path = `/school/${pages.size}.html`;
      pages.set(path, body);
      return origin + path;
    },
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// Waits until the widget has stopped drawing (its animations are over): the frame count holds still.
export async function settle(frame, timeout = 15000) {
  const count = () => frame.evaluate(() => new Promise((ok) => {
    // Two animation frames apart: a widget that is still animating draws in between. A frame the browser
    // does not animate (out of view in another origin's page) gets no animation frames: a second will do.
    const done = () => ok(window.ometerDebug.framesDrawn());
    requestAnimationFrame(() => requestAnimationFrame(done));
    setTimeout(done, 1000);
  }));
  let last = -1;
  await waitFor(async () => { const n = await count(); const still = n === last; last = n; return still; }, Boolean, 'the widget to stop drawing', timeout);
}

// The states issue 11's acceptance tests look at, each reached from a fresh frame by page commands; `ready`
// names a node that is drawn once the state is complete (job details load on demand).
export const QUIZ_ANSWERS = '210012201120020211102201210201';
export const SCENES = [
  { widget: 'careerometer', name: 'three-cards', options: 'occupations=5241,5315,2231', commands: ['details 1'], ready: 'card-1-description' },
  { widget: 'skillsometer', name: 'welcome', commands: [], ready: 'start' },
  { widget: 'skillsometer', name: 'statement', commands: ['start', 'answer 2', 'answer 0'], ready: 'answer-2' },
  { widget: 'skillsometer', name: 'results', commands: ['start', ...[...QUIZ_ANSWERS].map((d) => `answer ${d}`), 'match 0'], ready: 'match-0-description' },
];

// Brings a widget frame to `scene` and waits until it is drawn and still. A frame already used for another
// Skillsometer scene starts again first (`again`).
export async function enterScene(frame, scene, { again = false } = {}) {
  const accepted = await run(frame, ...(again && scene.widget === 'skillsometer' ? ['restart'] : []), ...scene.commands);
  if (!accepted.every(Boolean)) throw new Error(`${scene.widget} ${scene.name}: a command was refused: ${scene.commands.filter((_, i) => !accepted[i])}`);
  await drawn(frame, scene.ready);
  await settle(frame);
}

// The main scenes of one widget, in order; the first one's options are the frame's.
export const scenesOf = (widget) => SCENES.filter((s) => s.widget === widget);

// Opens a widget's frame document on its own (frame.html, options in the query such as "theme=dark&font-scale=1.6")
// in a fresh context, with `media` emulated (colour scheme, forced colours) before it loads.
export async function openFrame(browser, base, widget, { width = 1280, height = 800, dpr = 1, query = '', media = null, context = {} } = {}) {
  const opened = await newPage(browser, { width, height, dpr, ...context });
  if (media) await opened.page.emulateMedia(media);
  await opened.page.goto(`${base}/ometer/v1/frame.html?widget=${widget}${query ? `&${query}` : ''}`);
  return { ...opened, frame: await widgetFrame(opened.page, widget) };
}

// Opens the frame of `scene` (its own options, then `query`) and brings it to that state.
export async function openScene(browser, base, scene, { query = '', ...options } = {}) {
  const opened = await openFrame(browser, base, scene.widget, { ...options, query: [scene.options, query].filter(Boolean).join('&') });
  await enterScene(opened.frame, scene);
  return opened;
}
