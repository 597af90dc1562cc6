// Shared set-up for the browser tests: Debian's Chromium through playwright-core with the flags that give
// headless WebGL2 (SwiftShader) on this machine, the demo server on a free port, and helpers to reach a
// widget frame, its automation hook, and to save screenshots with the test output (build/e2e/).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
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

export const state = (frame) => frame.evaluate(() => window.ometerDebug.state());

// Waits until `predicate(state)` holds.
export async function until(frame, predicate, what, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await state(frame);
    if (predicate(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; last state: ${JSON.stringify(last).slice(0, 400)}`);
}

export async function shot(page, name) {
  await page.waitForTimeout(200);
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

// Answers the Skillsometer's quiz through its automation hook (answer = 0, 1 or 2, or a function of the
// statement number) until the results show; returns the final state.
export async function finishQuiz(frame, answer = 2) {
  await frame.evaluate(() => window.ometerDebug.command('start'));
  for (let i = 0; i < 100; i++) {
    const s = await state(frame);
    if (s.stage === 'results') return s;
    const a = typeof answer === 'function' ? answer(s.current) : answer;
    await frame.evaluate((n) => window.ometerDebug.command(`answer ${n}`), a);
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
