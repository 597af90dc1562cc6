// Privacy as a school promises it to families: using both widgets, the page talks to one origin only, sets
// no cookies, stores nothing but the quiz's own progress for the tab, and the widget's downloads carry
// neither the school's cookies nor the address of the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, newPage, widgetFrame, state, until, finishQuiz, schoolServer } from './support.mjs';

let browser, server, school;
before(async () => { browser = await launch(); server = await serve(); school = await schoolServer(server.base); });
after(async () => { await browser.close(); await server.close(); await school.close(); });

// What a frame (or the page) keeps: cookies, local and session storage, IndexedDB, caches, service workers.
const storage = (frame) => frame.evaluate(async () => ({
  cookie: document.cookie,
  local: Object.keys(localStorage),
  session: Object.keys(sessionStorage),
  indexedDB: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
  caches: typeof caches === 'object' ? await caches.keys() : [],
  workers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
}));

test('using both widgets on the demo page: one origin, no cookies, only the quiz progress in the tab', async () => {
  const { page, context, problems } = await newPage(browser, { width: 1280, height: 1000 });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.base}/`);

  const careers = await widgetFrame(page, 'careerometer');
  await careers.locator('#search').click();
  await page.keyboard.type('nurse');
  await until(careers, (s) => s.dropdown_open && s.results && s.results.length > 0, 'search results');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await until(careers, (s) => s.cards.filter(Boolean).length === 1, 'a card from the keyboard');

  // Half-way through, the quiz keeps its progress for this tab only (sessionStorage, inside its frame).
  const quiz = await widgetFrame(page, 'skillsometer');
  await quiz.evaluate(() => { for (const c of ['start', 'answer 2', 'answer 0', 'answer 1']) window.ometerDebug.command(c); });
  await quiz.waitForFunction(() => sessionStorage.length > 0);
  const progress = await storage(quiz);
  assert.ok(progress.session.length === 1 && progress.session[0].startsWith('ometer:skillsometer:'), `quiz progress: ${progress.session}`);
  await finishQuiz(quiz, (i) => i % 3);
  await quiz.evaluate(() => window.ometerDebug.command('compare'));
  await until(careers, (s) => s.cards.filter(Boolean).length === 3, 'the compared jobs');
  await page.waitForTimeout(500);

  const origins = [...new Set(requests.filter((u) => !u.startsWith('data:')).map((u) => new URL(u).origin))];
  assert.deepEqual(origins, [server.base], `requests went only to the page's own origin: ${origins.join(', ')}`);
  assert.deepEqual(await context.cookies(), []);

  const nothing = { cookie: '', local: [], session: [], indexedDB: [], caches: [], workers: 0 };
  assert.deepEqual(await storage(page.mainFrame()), nothing, 'the school page');
  assert.deepEqual(await storage(careers), nothing, 'the Careerometer');
  const kept = await storage(quiz);
  assert.deepEqual({ ...kept, session: [] }, nothing, 'the Skillsometer keeps nothing else');
  assert.ok(kept.session.every((k) => k.startsWith('ometer:skillsometer:')), `quiz progress only: ${kept.session}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the widget's downloads carry no cookies of the widget host and no referrer", async () => {
  const { page, context, problems } = await newPage(browser);
  // A cookie the widget's host happens to have set (for another app on the same domain, say).
  await context.addCookies([{ name: 'session', value: 'secret', url: server.base }]);
  const requests = [];
  context.on('request', (r) => requests.push(r));
  await page.goto(school.page(`<div data-ometer="careerometer"></div><div data-ometer="skillsometer"></div>
    <script src="${server.base}/ometer/v1/embed.js" async></script>`));
  await widgetFrame(page, 'careerometer');
  await widgetFrame(page, 'skillsometer');
  await page.waitForTimeout(300);

  const seen = await Promise.all(requests.map(async (r) => ({ url: r.url(), type: r.resourceType(), headers: await r.allHeaders() })));
  const widget = seen.filter((r) => r.url.startsWith(server.base) && !r.url.endsWith('/embed.js'));
  assert.ok(widget.length >= 10, `saw the widget's requests (${widget.length})`);
  for (const r of widget) assert.equal(r.headers.referer, undefined, `${r.url} was sent without a Referer`);
  const fetches = widget.filter((r) => r.type === 'fetch');
  assert.ok(fetches.some((r) => r.url.endsWith('.wasm')) && fetches.some((r) => r.url.includes('.json')), 'wasm and data are fetched');
  for (const r of fetches) assert.equal(r.headers.cookie, undefined, `${r.url} was fetched without cookies`);
  // The frame's own address reveals nothing about the school page either: the options ride in the fragment.
  const frameDoc = widget.find((r) => r.type === 'document');
  assert.ok(frameDoc && !new URL(frameDoc.url).search, 'no query string on the frame document');
  assert.deepEqual(problems, []);
  await context.close();
});
