// Layout at every size (issue 11): both widgets' main states at 1280, 768, 360 and 320 px with text at 1.6x,
// screenshotted (build/e2e/layout-*.png) and checked from the layout event the page positions the mirror
// with: no two text or control rectangles overlap, none crosses the edge of a card or section it overlaps, and
// none runs off the canvas. The native test checks the same from the view's own record
// (tests/widgets/test_view_model.cpp); this one checks what reaches the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openFrame, enterScene, scenesOf, shot, viewModel, layoutOf, treeNodes } from './support.mjs';

const SIZES = [
  { name: '1280', width: 1280, height: 800 },
  { name: '768', width: 768, height: 1024 },
  { name: '360', width: 360, height: 740, dpr: 2 },
  { name: '320-text1.6', width: 320, height: 640, dpr: 2, query: 'font-scale=1.6' },
];
// Nodes the canvas draws as words, a control or a picture; the other nodes with a rectangle are cards, sections
// and rows.
const LEAVES = new Set(['heading', 'text', 'button', 'toggle', 'checkbox', 'disclosure', 'option', 'image', 'status', 'alert', 'input']);
const SLACK = 1;   // px: rectangles are rounded to 0.1 px, and anti-aliased edges may touch

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser.close(); await server.close(); });

const overlaps = (a, b) => a[0] + SLACK < b[0] + b[2] && b[0] + SLACK < a[0] + a[2] && a[1] + SLACK < b[1] + b[3] && b[1] + SLACK < a[1] + a[3];
const inside = (a, b) => a[0] >= b[0] - SLACK && a[1] >= b[1] - SLACK && a[0] + a[2] <= b[0] + b[2] + SLACK && a[1] + a[3] <= b[1] + b[3] + SLACK;

// Overlapping words or controls, words across the edge of a card they overlap, words off the canvas.
function layoutProblems(tree, layout, [canvasWidth, canvasHeight]) {
  const all = treeNodes(tree);
  const nodes = all.filter(({ node }) => layout[node.id]);
  // Drawings the tree leaves out because words say the same (dials, small charts) still take room on the
  // canvas: they count as leaves, inside the card whose id starts their own ("card-0-pay-dial" in "card-0").
  const known = new Set(all.map(({ node }) => node.id));
  const drawings = Object.keys(layout).filter((id) => !known.has(id)).map((id) => ({
    node: { id, role: 'image' },
    ancestors: nodes.filter(({ node }) => id.startsWith(`${node.id}-`)).map(({ node }) => node),
  }));
  const leaves = [...nodes.filter(({ node }) => LEAVES.has(node.role)), ...drawings];
  const frames = nodes.filter(({ node }) => !LEAVES.has(node.role) && node.role !== 'part');
  const problems = [];
  const show = ({ node }) => `${node.id} [${layout[node.id].map(Math.round)}]`;
  for (const leaf of leaves) {
    const r = layout[leaf.node.id];
    if (r[0] < -SLACK || r[0] + r[2] > canvasWidth + SLACK || r[1] + r[3] > canvasHeight + SLACK) {
      problems.push(`off the ${canvasWidth}x${canvasHeight} canvas: ${show(leaf)}`);
    }
    for (const frame of frames) {
      const f = layout[frame.node.id];
      if (overlaps(r, f) && !inside(r, f)) problems.push(`${show(leaf)} crosses the edge of ${show(frame)}`);
    }
  }
  for (let i = 0; i < leaves.length; i++) {
    for (let k = i + 1; k < leaves.length; k++) {
      const [a, b] = [leaves[i], leaves[k]];
      if (a.ancestors.includes(b.node) || b.ancestors.includes(a.node)) continue;
      if (overlaps(layout[a.node.id], layout[b.node.id])) problems.push(`${show(a)} overlaps ${show(b)}`);
    }
  }
  return problems;
}

for (const size of SIZES) {
  test(`at ${size.name}: screenshots, and no overlap or text across a card edge in either widget`, async () => {
    const report = [];
    for (const widget of ['careerometer', 'skillsometer']) {
      const scenes = scenesOf(widget);
      const { page, context, frame, problems } = await openFrame(browser, server.base, widget,
        { ...size, query: [scenes[0].options, size.query].filter(Boolean).join('&') });
      for (const [i, scene] of scenes.entries()) {
        await enterScene(frame, scene, { again: i > 0 });
        await shot(page, `layout-${widget}-${scene.name}-${size.name}`);
        const canvas = await frame.evaluate(() => { const r = document.getElementById('ometer-canvas').getBoundingClientRect(); return [r.width, r.height]; });
        const found = layoutProblems(await viewModel(frame), await layoutOf(frame), canvas);
        if (found.length) report.push(`${widget} ${scene.name} at ${size.name}:\n  ${found.slice(0, 10).join('\n  ')}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
    assert.deepEqual(report, [], report.join('\n'));
  });
}
