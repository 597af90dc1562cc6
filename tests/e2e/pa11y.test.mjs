// pa11y (WCAG 2 AA, with both its HTML_CodeSniffer and axe runners) finds no errors on the demo page and in each
// widget's frame in its main states (support.mjs SCENES) and themes: issue 11's "pa11y stays at 0". pa11y
// drives Debian's Chromium through its own puppeteer, launched with the flags support.mjs gives Playwright.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import pa11y from 'pa11y';
import { serve, scenesOf, enterScene } from './support.mjs';

// support.mjs launch()'s flags (headless WebGL2 through SwiftShader, nothing fetched from elsewhere).
const chromeLaunchConfig = {
  executablePath: '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-gpu', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
// The puppeteer pa11y itself uses, wherever npm put it.
const require = createRequire(import.meta.url);
const puppeteer = createRequire(require.resolve('pa11y'))('puppeteer');
// Errors only. pa11y counts what axe could not decide ("needs review") as an error unless capped: here they
// are axe's colour contrast of the mirror's transparent text over the canvas (HTML_CodeSniffer says the same
// as a warning, G18.Abs: the background cannot be determined) and, on the demo page, its two widget iframes
// (frame-tested: axe is not inside them; each frame is checked on its own below). The canvas's own contrast
// is out of these tools' sight.
const OPTIONS = { standard: 'WCAG2AA', runners: ['htmlcs', 'axe'], timeout: 60000, includeNotices: false, includeWarnings: true,
  levelCapWhenNeedsReview: 'warning' };

let browser, server;
before(async () => { browser = await puppeteer.launch(chromeLaunchConfig); server = await serve(); });
after(async () => { await browser.close(); await server.close(); });

// pa11y's errors, readably: runner, code, where and what.
const readable = (result, t) => {
  if (t) {
    const review = {};
    for (const i of result.issues.filter((x) => x.type !== 'error')) review[`${i.runner} ${i.code}`] = (review[`${i.runner} ${i.code}`] || 0) + 1;
    t.diagnostic(`${result.pageUrl}: warnings and needs-review ${JSON.stringify(review)}`);
  }
  return result.issues.filter((i) => i.type === 'error')
  .map((i) => `[${i.runner}] ${i.code}: ${i.message} (${i.selector}) ${(i.context || '').slice(0, 120)}`);
};

test('pa11y launches Debian\'s Chromium itself (chromeLaunchConfig) and finds no errors on the demo page', async (t) => {
  const result = await pa11y(`${server.base}/`, { ...OPTIONS, chromeLaunchConfig, viewport: { width: 1280, height: 1000 } });
  assert.equal(result.documentTitle.length > 0, true, 'pa11y read the page');
  const errors = readable(result, t);
  assert.deepEqual(errors, [], errors.join('\n'));
});

// Each widget's frame document on its own, brought to each main state by the automation hook, then checked
// where it stands (ignoreUrl: pa11y does not reload it).
for (const theme of ['light', 'dark', 'high-contrast']) {
  test(`pa11y finds no errors in either widget's main states (${theme} theme)`, async (t) => {
    const report = [];
    let checked = 0;
    for (const widget of ['careerometer', 'skillsometer']) {
      const scenes = scenesOf(widget);
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      const problems = [];
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      const query = [`widget=${widget}`, scenes[0].options, `theme=${theme}`].filter(Boolean).join('&');
      await page.goto(`${server.base}/ometer/v1/frame.html?${query}`);
      await waitReady(page, widget);
      for (const [i, scene] of scenes.entries()) {
        await enterScene(page, scene, { again: i > 0 });
        const result = await pa11y(page.url(), { ...OPTIONS, browser, page, ignoreUrl: true });
        checked++;
        const errors = readable(result, t);
        if (errors.length) report.push(`${widget} ${scene.name} (${theme}):\n  ${errors.join('\n  ')}`);
      }
      assert.deepEqual(problems, [], `${widget} (${theme})`);
      await context.close();
    }
    assert.equal(checked, scenesOf('careerometer').length + scenesOf('skillsometer').length);
    assert.deepEqual(report, [], report.join('\n'));
  });
}

// A puppeteer page has the evaluate() support.mjs's helpers use, but not Playwright's frame list.
async function waitReady(page, widget) {
  await page.waitForFunction(() => !!(window.ometerDebug && window.ometerDebug.state().ready), { timeout: 20000 });
  assert.equal(await page.evaluate(() => window.ometerDebug.state().widget), widget);
}
