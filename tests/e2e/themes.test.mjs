// Themes and the student's own colour settings (issue 11): with no data-theme, a dark colour-scheme preference
// gives the dark theme and forced colours (Windows high contrast) draw the canvas in the system colours; the
// school's high-contrast theme too. Every main state of both widgets is screenshotted in each
// (build/e2e/theme-*.png), and the canvas background is checked pixel by pixel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { launch, serve, openFrame, enterScene, scenesOf, shot } from './support.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser.close(); await server.close(); });

// The canvas's background colour, from a screenshot of its top-left corner (outside every card), as [r, g, b].
async function canvasBackground(frame) {
  await frame.evaluate(() => window.scrollTo(0, 0));
  const box = await frame.locator('canvas').boundingBox();
  const png = PNG.sync.read(await frame.page().screenshot({ clip: { x: box.x, y: box.y, width: 6, height: 6 } }));
  const i = (3 * png.width + 3) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2]];
}

// A system colour as the browser resolves it in this frame, as [r, g, b].
const systemColour = (frame, name) => frame.evaluate((colour) => {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const rgb = getComputedStyle(probe).color.match(/\d+/g).slice(0, 3).map(Number);
  probe.remove();
  return rgb;
}, name);

const luminance = ([r, g, b]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;

// Opens each widget with `media` emulated and `query` options, walks through its main states with a screenshot
// of each, then calls `check(frame, widget)`.
async function eachState(name, { width = 1280, height = 800, dpr = 1, media = null, query = '' }, check) {
  for (const widget of ['careerometer', 'skillsometer']) {
    const scenes = scenesOf(widget);
    const { page, context, frame, problems } = await openFrame(browser, server.base, widget,
      { width, height, dpr, media, query: [scenes[0].options, query].filter(Boolean).join('&') });
    for (const [i, scene] of scenes.entries()) {
      await enterScene(frame, scene, { again: i > 0 });
      await shot(page, `theme-${name}-${widget}-${scene.name}`);
    }
    await check(frame, widget);
    assert.deepEqual(problems, []);
    await context.close();
  }
}

test('a dark colour-scheme preference (no data-theme) gives the dark theme', async () => {
  for (const [size, viewport] of [['1280', { width: 1280, height: 800 }], ['360', { width: 360, height: 740, dpr: 2 }]]) {
    await eachState(`scheme-dark-${size}`, { ...viewport, media: { colorScheme: 'dark' } }, async (frame, widget) => {
      assert.ok(await frame.evaluate(() => document.documentElement.classList.contains('theme-dark')), `${widget}: the frame took the dark theme`);
      const bg = await canvasBackground(frame);
      assert.ok(luminance(bg) < 0.15, `${widget}: the canvas background rgb(${bg}) is dark`);
    });
  }
});

test('forced colours draw the canvas in the system colours', async () => {
  const report = [];
  for (const scheme of ['light', 'dark']) {
    await eachState(`forced-colours-${scheme}`, { media: { forcedColors: 'active', colorScheme: scheme } }, async (frame, widget) => {
      assert.ok(await frame.evaluate(() => document.documentElement.classList.contains('theme-system')), `${widget}: the frame took the system theme`);
      // The mirror over the canvas stays invisible: forced colours must not paint its text over the drawing.
      const mirrorText = await frame.evaluate(() => [...document.querySelectorAll('#mirror .placed')].map((el) => getComputedStyle(el).color));
      assert.ok(mirrorText.length > 5 && mirrorText.every((c) => c === 'rgba(0, 0, 0, 0)'), `${widget} (${scheme}): mirror text colours ${[...new Set(mirrorText)]}`);
      const [canvas, drawn] = [await systemColour(frame, 'Canvas'), await canvasBackground(frame)];
      if (drawn.join() !== canvas.join()) report.push(`${widget} (${scheme}): the canvas background is rgb(${drawn}), the system Canvas colour rgb(${canvas})`);
    });
  }
  assert.deepEqual(report, [], report.join('\n'));
});

test("the school's high-contrast theme", async () => {
  for (const [size, viewport] of [['1280', { width: 1280, height: 800 }], ['360', { width: 360, height: 740, dpr: 2 }]]) {
    await eachState(`high-contrast-${size}`, { ...viewport, query: 'theme=high-contrast' }, async (frame, widget) => {
      assert.deepEqual(await canvasBackground(frame), [0, 0, 0], `${widget}: black background`);
    });
  }
});
