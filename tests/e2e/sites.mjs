// Helpers for the embed-anywhere tests: made-up sites on origins of their own (a school, a site builder
// that runs pasted code in its own sandboxed iframe), and finding a widget in any frame of a page, however
// deeply nested and whatever its address (the loader's frame.html, a stable careerometer.html).
import { createServer } from 'node:http';

// A site serving pages a test writes. csp: the Content-Security-Policy header (none by default, like a
// site builder's embed domain). host: the name in its origin ("localhost" gives another origin than
// "127.0.0.1" on the same machine). page(body, { head }) returns the URL of a new page.
export async function site({ csp = null, host = '127.0.0.1' } = {}) {
  const pages = new Map();
  const server = createServer((req, res) => {
    const body = pages.get(req.url.split('?')[0]);
    if (body === undefined) { res.writeHead(req.url === '/favicon.ico' ? 204 : 404); res.end(); return; }
    const headers = { 'Content-Type': 'text/html; charset=utf-8' };
    if (csp) headers['Content-Security-Policy'] = csp;
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://${host}:${server.address().port}`;
  return {
    origin,
    page(body, { head = '' } = {}) {
      const path = `/p/${pages.size}.html`;
      pages.set(path, `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1"><title>Site</title>${head}</head>` +
        `<body><main>${body}</main></body></html>`);
      return origin + path;
    },
    close: () => new Promise((ok) => server.close(ok)),
  };
}

const within = (promise, ms) => Promise.race([promise, new Promise((ok) => setTimeout(() => ok(null), ms))]);

// The frames of `page` that hold `widget` ("careerometer", "skillsometer"), by address (the loader's
// frame.html#widget=…, a stable careerometer.html), in page order. A frame not loaded yet (loading=lazy,
// below the fold of its own frame) is scrolled into view.
async function widgetFrames(page, widget) {
  const found = [];
  for (const frame of page.frames()) {
    const url = frame.url();
    if (!url || url === 'about:blank') {
      await within(frame.frameElement().then((el) => el.scrollIntoViewIfNeeded()), 1000).catch(() => {});
      continue;
    }
    if (url.includes(`widget=${widget}`) || new URL(url).pathname.endsWith(`/${widget}.html`)) found.push(frame);
  }
  return found;
}

const isReady = (frame, widget) => within(frame.evaluate((w) => !!(window.ometerDebug && window.ometerDebug.state().ready &&
  window.ometerDebug.state().widget === w), widget), 2000).catch(() => false);

// Waits for the nth `widget` anywhere in the page (nested and sandboxed frames included) to be ready.
export async function anyWidget(page, widget, nth = 0, timeout = 20000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const frame = (await widgetFrames(page, widget))[nth];
    if (frame && await isReady(frame, widget)) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(`no ready ${widget} #${nth} in any frame of ${page.url()}`);
}

// Chromium's console messages from every frame of the page: [type, text].
export function consoleOf(page) {
  const seen = [];
  page.on('console', (m) => seen.push([m.type(), m.text()]));
  page.on('pageerror', (e) => seen.push(['pageerror', e.message]));
  return seen;
}

// The real problems among them: errors, except the GL driver's chatter SwiftShader prints.
export const problemsIn = (seen) => seen.filter(([type, text]) => (type === 'error' || type === 'pageerror') &&
  !text.includes('GL Driver') && !/favicon/.test(text)).map(([type, text]) => `${type}: ${text}`);
