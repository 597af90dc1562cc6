// Smoke: the demo page loads both widgets and each canvas draws real pixels, with no page errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, widgetFrame, canvasColours, shot } from './support.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser.close(); await server.close(); });

test('the demo page renders both widgets', async () => {
  const { page, problems, context } = await openPage(browser, `${server.base}/`, { width: 1280, height: 1000 });
  for (const w of ['careerometer', 'skillsometer']) {
    const frame = await widgetFrame(page, w);
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const colours = await canvasColours(frame);
    assert.ok(colours > 8, `${w} canvas drew ${colours} colours`);
  }
  await shot(page, 'smoke-demo');
  assert.deepEqual(problems.filter((p) => !p.includes('favicon')), []);
  await context.close();
});
