// The embed builder on the demo site (issue 16): keyboard only, a careers leader picks the widget and its
// options, copies the code, and sees the live preview; every snippet it writes for the README's examples is
// exactly what the README shows (its host written as HOST); no inline script, axe finds nothing serious.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launch, serve, newPage, until, root, widgetFrame, shot } from './support.mjs';
import { anyWidget } from './sites.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser.close(); await server.close(); });

// Every line of every fenced code block in the README, and every whole block.
function readmeSnippets() {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...text.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map((m) => m[1].trimEnd());
  return new Set([...blocks, ...blocks.flatMap((b) => b.split('\n').map((l) => l.trim()))]);
}

async function openBuilder() {
  const ctx = await newPage(browser, { width: 1280, height: 1000 });
  await ctx.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base });
  await ctx.page.goto(`${server.base}/builder.html`);
  return ctx;
}

const shown = (page) => page.evaluate((origin) => {
  const text = (id) => document.getElementById(id).textContent.split(origin).join('https://HOST');
  return { script: text('snippet-script'), iframe: text('snippet-iframe'), url: text('snippet-url') };
}, server.base);

// Tab (or Shift+Tab) until `describe()` holds in the page; returns how many presses it took.
async function tabTo(page, describe, what, key = 'Tab') {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate(describe)) return i + 1;
  }
  throw new Error(`Tab never reached ${what}`);
}

test('by keyboard alone: choose the quiz, dark colours, 60 statements; copy the code; the preview shows it', async () => {
  const { page, context, problems } = await openBuilder();
  await widgetFrame(page, 'careerometer');   // the preview of the default choice
  await tabTo(page, () => document.activeElement.name === 'widget', 'the widget choice');
  await page.keyboard.press('ArrowDown');    // radio group: Skillsometer
  assert.equal(await page.evaluate(() => document.querySelector('input[name=widget]:checked').value), 'skillsometer');
  await tabTo(page, () => document.activeElement.id === 'theme', 'the colours');
  await page.keyboard.press('ArrowDown');    // Dark
  await tabTo(page, () => document.activeElement.id === 'form', 'the quiz length');
  await page.keyboard.press('ArrowDown');    // 60 statements
  const code = await shown(page);
  assert.equal(code.script, '<script src="https://HOST/ometer/v1/embed.js" data-widget="skillsometer" data-theme="dark" data-form="60" async></script>');
  await tabTo(page, () => document.activeElement.dataset.copy === 'snippet-script', 'the copy button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('copied').textContent.startsWith('Copied'));
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clipboard.split(server.base).join('https://HOST'), code.script);
  // The live preview is that widget with those options.
  const quiz = await widgetFrame(page, 'skillsometer');
  await quiz.evaluate(() => window.ometerDebug.command('start'));
  const s = await until(quiz, (st) => st.stage === 'questions', 'the previewed quiz');
  assert.equal(s.total, 60);
  assert.equal(await page.$$eval('#preview iframe', (l) => l.length), 1, 'one preview at a time');
  await shot(page, 'builder-script');

  // "I can only embed a web address": the iframe code, the address and a height, and that page previewed.
  await tabTo(page, () => document.activeElement.name === 'kind', 'the way to embed', 'Shift+Tab');
  await page.keyboard.press('ArrowDown');
  const iframeCode = await shown(page);
  assert.equal(iframeCode.url, 'https://HOST/ometer/v1/skillsometer.html?theme=dark&form=60');
  assert.match(iframeCode.iframe, /^<iframe src="https:\/\/HOST\/ometer\/v1\/skillsometer\.html\?theme=dark&amp;form=60" .*height="640"/);
  assert.equal(await page.locator('#suggested-height').textContent(), '640');
  const previewed = await anyWidget(page, 'skillsometer');
  assert.match(previewed.url(), /\/ometer\/v1\/skillsometer\.html\?theme=dark&form=60$/);
  assert.equal(await page.locator('#snippet-script').isVisible(), false, 'only the chosen kind of code shows');
  await page.waitForTimeout(700);
  await shot(page, 'builder-iframe');
  assert.deepEqual(problems, []);
  await context.close();
});

test("the builder's snippets for the README's examples are exactly the README's", async () => {
  const { page, context, problems } = await openBuilder();
  const readme = readmeSnippets();
  const set = (values) => page.evaluate((v) => {
    const form = document.getElementById('builder');
    for (const [name, value] of Object.entries(v)) {
      const field = form.elements[name];
      if (field instanceof RadioNodeList) for (const r of field) r.checked = r.value === value;
      else field.value = value;
    }
    form.dispatchEvent(new Event('input'));
  }, values);
  const cases = [
    [{ widget: 'careerometer', kind: 'script', theme: '', form: '' }, ['script']],
    [{ widget: 'skillsometer', kind: 'script', theme: '', form: '' }, ['script']],
    [{ widget: 'careerometer', kind: 'iframe', theme: '', form: '' }, ['iframe', 'url']],
    [{ widget: 'skillsometer', kind: 'iframe', theme: '', form: '' }, ['iframe', 'url']],
    [{ widget: 'skillsometer', kind: 'iframe', theme: 'dark', form: '60' }, ['url']],
  ];
  for (const [values, which] of cases) {
    await set(values);
    const code = await shown(page);
    for (const kind of which) assert.ok(readme.has(code[kind]), `the README shows the ${kind} snippet for ${JSON.stringify(values)}:\n${code[kind]}`);
  }
  // An invalid accent colour is named and left out of the code, as the widgets would.
  await set({ widget: 'careerometer', kind: 'script', accent: 'red' });
  assert.match(await page.locator('#accent-error').textContent(), /Not used: use a colour like #1d4ed8/);
  assert.doesNotMatch((await shown(page)).script, /accent/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the builder page is labelled, has no inline script, and axe finds nothing serious', async () => {
  const html = readFileSync(join(root, 'web/demo/builder.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(html, /\sstyle="/, 'no style attributes');
  assert.doesNotMatch(html, /\son[a-z]+="/, 'no inline handlers');
  const { page, context, problems } = await newPage(browser, { width: 1280, height: 1000, bypassCSP: true });
  await page.goto(`${server.base}/builder.html`);
  await widgetFrame(page, 'careerometer');
  const unlabelled = await page.$$eval('input, select, button', (list) => list.filter((el) => !el.labels?.length &&
    !el.getAttribute('aria-label') && !el.textContent.trim() && el.type !== 'hidden').map((el) => el.outerHTML));
  assert.deepEqual(unlabelled, []);
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, { iframes: false,
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  assert.deepEqual(serious, []);
  assert.deepEqual(problems, []);
  await context.close();
});
