// Shared set-up for the browser tests: Debian's Chromium through playwright-core with the flags that give
// headless WebGL2 (SwiftShader) on this machine, the demo server on a free port, and helpers to reach a
// widget frame, its automation hook, and to save screenshots with the test output (build/e2e/).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
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

// The frame of a widget (by widget name, nth instance) once its automation hook is ready.
export async function widgetFrame(page, widget, nth = 0, timeout = 20000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const frames = page.frames().filter((f) => f.url().includes('frame.html') && f.url().includes(`widget=${widget}`));
    const f = frames[nth];
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
