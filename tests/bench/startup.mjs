// Start-up benchmark: today's dist/ against the previous release's, side by side in one run, both served
// by Debian's nginx with the repo's deploy config and loaded by headless Chromium. Writes
// build/bench/startup.json and prints a table; exits 1 when a budget (issue 13) is missed.
//
//   node tests/bench/startup.mjs [--runs N] [--no-lighthouse]      (./run bench builds first, then runs this)
//
// Measured per widget, on a page holding that widget alone (medians of N runs, the two builds interleaved,
// each first in alternate runs):
//   first_visit_kb    brotli bytes of every /ometer/ file the visit downloads, until 1.5 s after ready
//   requests          how many files that is
//   cpu_paint_ms      renderer main-thread CPU from the frame's load (the task that commits the widget
//                     frame's document: issue 13 measures "from frame load") to the first useful paint (the
//                     frame's 'ometer:paint' mark, set in the animation frame that draws the first screen; a
//                     build without the mark paints its first useful frame at ready)
//   cpu_ready_ms      the same to 'ometer:ready' on the host page
//   visit_cpu_paint_ms, visit_cpu_ready_ms  the same from the page's navigation: the school page's own
//                     load and the loader's script too
//   longest_task_ms   the longest main-thread task from the first useful paint to 1.5 s after ready
//   longest_task_cpu_ms  the most CPU any one of those tasks used: what is left of the longest task once
//                     its waits are taken out (with SwiftShader as the GPU, a task that waits on the GPU
//                     process, e.g. creating the WebGL context, can be long with little CPU of its own)
//   keystroke_cpu_ms  Careerometer only: main-thread CPU typing "electrician" (120 ms a key) / 11
//   chromebook_*_ms   wall time to paint and ready with CPU ×4, 1.6 Mbps down, 150 ms RTT
// a reference in each run (demo/bench-floor.html, writeFloor): the same figures for a frame of static HTML
// with one text box and no widget, the least any widget frame costs on this machine;
// and once per build: the bytes a Skillsometer adds to a page that already has a Careerometer, and
// Lighthouse 12 (mobile, simulated throttling) performance score and Total Blocking Time on the demo page,
// twice: as a school has it (the page on its own site, the widgets from theirs: Chromium runs the widget
// frames in their own process, so the page's main thread carries none of their work), and with the widgets
// on the page's own site (frames in the page's process, as on phones too small for Chromium to isolate
// sites: every task of the widgets then blocks the page).
//
// CPU is thread time (trace 'tdur'), less the harness's own DevTools messages (isDevToolsMessage), so a busy
// machine stretches wall times but not these figures.
// The previous release is the commit in tests/bench/baseline.json, built once into build/bench/baseline/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startNginx } from '../support/nginx.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const LIGHTHOUSE = !args.includes('--no-lighthouse');
// Chromium draws with SwiftShader standing in for a GPU, compositing on it as a Chromebook composites on its
// GPU. (With --disable-gpu it composites in software instead, and every drawn frame of a WebGL canvas
// becomes a synchronous read-back that the main thread waits for: a path no Chromebook takes.) Lighthouse
// keeps --disable-gpu, as PageSpeed Insights' servers run it.
const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LIGHTHOUSE_ARGS = ['--headless=new', '--disable-gpu', ...CHROMIUM_ARGS];
const WIDGETS = ['careerometer', 'skillsometer'];
const SETTLE_MS = 1500;

// --- the two builds -------------------------------------------------------------------------------------

const say = (s) => process.stderr.write(`${s}\n`);
const run = (cmd, argv, opts = {}) => execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26, ...opts });

function currentDist() {
  const out = join(root, 'build/bench/dist-current');
  say('bench: building today\'s dist/');
  run('flock', [join(root, 'build/.lock'), process.execPath, join(root, 'tools/dist.mjs'), '--out', out, '--quiet']);
  return out;
}

// The previous release, from git, built with its own build files into build/bench/baseline/<ref>/.
function baselineDist() {
  const { ref, label } = JSON.parse(readFileSync(join(root, 'tests/bench/baseline.json'), 'utf8'));
  const dir = join(root, 'build/bench/baseline', ref.slice(0, 12));
  const out = join(dir, 'dist');
  if (existsSync(join(out, 'ometer/manifest.json'))) return { out, ref, label };
  try {
    run('git', ['-C', root, 'cat-file', '-e', `${ref}^{commit}`]);
  } catch {
    throw new Error(`the baseline commit ${ref} is not in this clone (a shallow clone?): run "git fetch --unshallow" and try again`);
  }
  say(`bench: building the previous release (${label}, ${ref.slice(0, 12)}) once, into ${dir.slice(root.length + 1)}/`);
  const src = join(dir, 'src');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  execFileSync('sh', ['-c', `git -C "${root}" archive "${ref}" | tar -x -C "${src}"`], { stdio: 'inherit' });
  const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };
  run('cmake', ['--preset', 'web', `-DOMETER_IMGUI_DIR=${join(root, '.cache/imgui')}`], { cwd: src, env });
  run('cmake', ['--build', '--preset', 'web'], { cwd: src, env });
  run(process.execPath, [join(src, 'tools/dist.mjs'), '--out', out, '--quiet'], { cwd: src, env });
  return { out, ref, label };
}

// Pages like a school's (in demo/, under its strict policy): one widget alone, or both (Careerometer first).
function writePages(dist) {
  const page = (title, widgets) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title>` +
    '<link rel="icon" href="data:,"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main>' +
    widgets.map((w) => `<script src="/ometer/v1/embed.js" data-widget="${w}" async></script>`).join('') + '</main></body></html>\n';
  for (const w of WIDGETS) writeFileSync(join(dist, `demo/bench-${w}.html`), page(w, [w]));
  writeFileSync(join(dist, 'demo/bench-both.html'), page('both', WIDGETS));
  writeFloor(dist);
}

// The reference in every run: the least a widget frame can cost here. A page like the others whose loader
// adds a frame of static HTML (the Skillsometer's first-screen words and one text box, no widget) that marks
// its first paint and says it is ready, measured as the widgets are, typing included.
function writeFloor(dist) {
  writeFileSync(join(dist, 'demo/bench-floor.html'), '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>floor</title>' +
    '<link rel="icon" href="data:,"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main>' +
    '<script src="/demo/bench-floor.js" async></script></main></body></html>\n');
  writeFileSync(join(dist, 'demo/bench-floor.js'), `(function () {
  var frame = document.createElement('iframe');
  frame.src = '/demo/bench-floor-frame.html?widget=floor';
  frame.title = 'floor';
  frame.style.width = '100%'; frame.style.height = '700px'; frame.style.border = '0';
  document.currentScript.after(frame);
  window.addEventListener('message', function (e) { if (e.data === 'floor:ready') document.dispatchEvent(new CustomEvent('ometer:ready')); });
})();\n`);
  writeFileSync(join(dist, 'demo/bench-floor-frame.html'), '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>floor frame</title>' +
    '<link rel="icon" href="data:,"><script src="/demo/bench-floor-frame.js"></script></head><body><main>' +
    '<h2>Skillsometer</h2><p>Find jobs that match what you enjoy.</p><input id="search" type="text" autocomplete="off" aria-label="Search">' +
    '<section><h3>What kind of work would you enjoy?</h3><p>Skillsometer can help you discover what jobs you might like to do in the ' +
    'future. You will see a series of statements about work activities. Pick the face that shows how you feel about each one.</p>' +
    '<h4>How it works</h4><ul><li>Read each activity.</li><li>Pick a face.</li><li>See your interests and jobs that match them.</li></ul>' +
    '<p>30 statements · about 3 minutes</p><button type="button">Start the quiz</button></section></main></body></html>\n');
  writeFileSync(join(dist, 'demo/bench-floor-frame.js'), `requestAnimationFrame(function () {
  performance.mark('ometer:paint');
  setTimeout(function () { parent.postMessage('floor:ready', '*'); }, 0);
});\n`);
}

// The demo page as a school's page has it: served from one site (127.0.0.1), the widgets from another
// (localhost, the same server), as every school embeds them from the widgets' host.
function schoolPage(dist, base) {
  const other = base.replace('//127.0.0.1:', '//localhost:');
  const demo = readFileSync(join(dist, 'demo/index.html'), 'utf8');
  const school = demo.replaceAll('src="/ometer/v1/embed.js"', `src="${other}/ometer/v1/embed.js"`);
  if (school === demo) throw new Error('the demo page no longer embeds /ometer/v1/embed.js: the school page would test nothing');
  writeFileSync(join(dist, 'demo/school.html'), school);
}

// --- one visit ----------------------------------------------------------------------------------------

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

// Marks 'bench:ready' on the host page each time a widget says it is ready, and says so on the console: the
// harness waits for that message rather than polling the page, which would add main-thread work (and
// Playwright's injected script, ~8 ms of CPU) to what is measured.
const READY_HOOK = () => {
  if (window !== window.top) return;
  document.addEventListener('ometer:ready', () => { performance.mark('bench:ready'); console.debug('bench:ready'); });
};

// The harness's own work in the page: Playwright drives Chromium over the DevTools protocol, and the
// renderer runs what it sends (its injected script, ~300 KB, evaluated as each document starts: 6-11 ms of
// main-thread CPU measured during a widget's load). A real visit has none of it, in either build.
const isDevToolsMessage = (e) => e.name === 'Receive mojo message' &&
  e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'blink.mojom.DevToolsSession';

// Top-level tasks of every renderer main thread (CPU without the harness's DevTools messages), and the
// user-timing marks, from a Chromium trace.
function readTrace(buffer) {
  const events = JSON.parse(buffer.toString()).traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  const devtools = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mains.has(key)) continue;
    const into = isDevToolsMessage(e) ? devtools : e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask' ? byThread : null;
    if (!into) continue;
    if (!into.has(key)) into.set(key, []);
    into.get(key).push(e);
  }
  const tasks = [];
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const messages = devtools.get(key) || [];
    let end = -Infinity;
    for (const e of list) {   // nested RunTasks are part of the task around them
      if (e.ts < end) continue;
      end = e.ts + e.dur;
      const harness = messages.filter((m) => m.ts >= e.ts && m.ts + m.dur <= end).reduce((sum, m) => sum + (m.tdur ?? m.dur), 0);
      tasks.push({ ts: e.ts, dur: e.dur / 1000, cpu: Math.max(0, (e.tdur ?? e.dur) - harness) / 1000 });
    }
  }
  const start = events.find((e) => e.name === 'TracingStartedInBrowser')?.ts ?? Math.min(...tasks.map((t) => t.ts));
  const marks = (name) => events.filter((e) => e.name === name && (e.cat || '').includes('blink.user_timing')).map((e) => e.ts).sort((a, b) => a - b);
  // The frame's load: the task that commits the first widget frame's document (null when none did).
  const commit = events.filter((e) => e.name === 'CommitLoad' && /\/ometer\/[^#?]*frame[^/#?]*\.html|\/demo\/bench-floor-frame\.html/.test(e.args?.data?.url || ''))
    .sort((a, b) => a.ts - b.ts)[0];
  const frameStart = commit ? tasks.find((t) => t.ts <= commit.ts && t.ts + t.dur * 1000 >= commit.ts)?.ts ?? commit.ts : null;
  return { tasks, start, frameStart, marks };
}

const cpuBetween = (tasks, from, to) => tasks.filter((t) => t.ts >= from && t.ts <= to).reduce((s, t) => s + t.cpu, 0);

async function newVisit(browser, throttled) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(READY_HOOK);
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions',
      { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 });
  }
  let readies = 0;
  let wake = () => {};
  page.on('console', (m) => { if (m.text() === 'bench:ready') { readies += 1; wake(); } });
  // Resolves once `count` widgets have said they are ready.
  const waitReady = async (count) => {
    const deadline = Date.now() + 120000;
    while (readies < count) {
      if (Date.now() > deadline) throw new Error(`bench: ${readies} of ${count} widgets ready after 120 s`);
      await new Promise((ok) => { wake = ok; setTimeout(ok, 1000); });
    }
  };
  const files = [];
  page.on('requestfinished', (r) => {
    if (new URL(r.url()).pathname.startsWith('/ometer/')) files.push(r.sizes().then((s) => ({ url: r.url(), bytes: Math.max(0, s.responseBodySize) })));   // a file the memory cache answered is reported below 0
  });
  return { context, page, files, waitReady };
}

// The widget's own frame (for typing into the Careerometer's search box).
async function frameOf(page, widget) {
  for (let i = 0; i < 200; i++) {
    const f = page.frames().find((fr) => fr.url().includes(`widget=${widget}`));
    if (f) return f;
    await page.waitForTimeout(25);
  }
  throw new Error(`no ${widget} frame`);
}

// `type`: the frame (by its widget= parameter) whose #search box is typed into, if any.
async function visit(browser, base, pagePath, { widgets = 1, type = null } = {}) {
  const { context, page, files, waitReady } = await newVisit(browser, false);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(`${base}${pagePath}`);
  await waitReady(widgets);
  await page.waitForTimeout(SETTLE_MS);
  const load = readTrace(await browser.stopTracing());
  const ready = load.marks('bench:ready').at(-1);
  const paint = load.marks('ometer:paint')[0] ?? ready;
  if (load.frameStart === null) throw new Error(`bench: no widget frame's document was committed on ${pagePath}`);
  const result = {
    first_visit_kb: (await Promise.all(files)).reduce((s, f) => s + f.bytes, 0) / 1024,
    requests: files.length,
    cpu_paint_ms: cpuBetween(load.tasks, load.frameStart, paint),
    cpu_ready_ms: cpuBetween(load.tasks, load.frameStart, ready),
    visit_cpu_paint_ms: cpuBetween(load.tasks, load.start, paint),
    visit_cpu_ready_ms: cpuBetween(load.tasks, load.start, ready),
    longest_task_ms: Math.max(0, ...load.tasks.filter((t) => t.ts + t.dur * 1000 > paint).map((t) => t.dur)),
    longest_task_cpu_ms: Math.max(0, ...load.tasks.filter((t) => t.ts + t.dur * 1000 > paint).map((t) => t.cpu)),
  };
  if (type) {
    const frame = await frameOf(page, type);
    await frame.locator('#search').focus();
    await page.waitForTimeout(500);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const word = 'electrician';
    await page.waitForTimeout(100);
    await page.keyboard.type(word, { delay: 120 });
    await page.waitForTimeout(500);
    const typing = readTrace(await browser.stopTracing());
    result.keystroke_cpu_ms = cpuBetween(typing.tasks, typing.start, Infinity) / word.length;
  }
  await context.close();
  return result;
}

// Wall time to the first useful paint and to ready on a slow machine and network.
async function chromebook(browser, base, widget) {
  const { context, page, waitReady } = await newVisit(browser, true);
  const t0 = Date.now();
  await page.goto(`${base}/demo/bench-${widget}.html`);
  await waitReady(1);
  const ready = Date.now() - t0;
  const frame = await frameOf(page, widget);
  const paintAt = await frame.evaluate(() => {
    const m = performance.getEntriesByName('ometer:paint')[0];
    return m ? performance.timeOrigin + m.startTime : null;
  });
  await context.close();
  return { chromebook_paint_ms: paintAt ? paintAt - t0 : ready, chromebook_ready_ms: ready };
}

async function lighthouseRun(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: LIGHTHOUSE_ARGS });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    return { lighthouse_performance: Math.round(lhr.categories.performance.score * 100),
      lighthouse_tbt_ms: lhr.audits['total-blocking-time'].numericValue };
  } finally {
    await chrome.kill();
  }
}

// --- the run ------------------------------------------------------------------------------------------

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

function medians(samples) {
  const out = {};
  for (const k of Object.keys(samples[0])) out[k] = median(samples.map((s) => s[k]));
  return out;
}

async function main() {
  const builds = { current: { out: currentDist() }, previous: baselineDist() };
  for (const b of Object.values(builds)) {
    writePages(b.out);
    b.server = await startNginx(b.out);
    schoolPage(b.out, b.server.base);
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const samples = {};
  const add = (build, key, value) => ((samples[build] ??= {})[key] ??= []).push(value);
  try {
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, so drift on the machine hits both alike, and each first in turn: in back-to-back A/B
      // runs of the keystroke figure the second build read ~0.25 ms a key slower, whichever build it was.
      for (const name of i % 2 ? ['current', 'previous'] : ['previous', 'current']) {
        const { base } = builds[name].server;
        for (const w of WIDGETS) add(name, w, await visit(browser, base, `/demo/bench-${w}.html`, { type: w === 'careerometer' ? w : null }));
        if (name === 'current') add(name, 'floor', await visit(browser, base, '/demo/bench-floor.html', { type: 'floor' }));
        if (i < 3) {
          add(name, 'both', await visit(browser, base, '/demo/bench-both.html', { widgets: 2 }));
          for (const w of WIDGETS) add(name, `${w}-chromebook`, await chromebook(browser, base, w));
        }
      }
      say(`bench: run ${i + 1}/${RUNS} done`);
    }
    if (LIGHTHOUSE) {
      for (let i = 0; i < 3; i++) {
        for (const name of ['previous', 'current']) {
          const { base } = builds[name].server;
          const school = await lighthouseRun(`${base}/demo/school.html`);
          add(name, 'lighthouse', { ...await lighthouseRun(`${base}/demo/`),
            lighthouse_school_performance: school.lighthouse_performance, lighthouse_school_tbt_ms: school.lighthouse_tbt_ms });
        }
      }
    }
  } finally {
    await browser.close();
    for (const b of Object.values(builds)) await b.server.stop();
  }

  const report = { when: new Date().toISOString(), runs: RUNS, baseline: { ref: builds.previous.ref, label: builds.previous.label }, widgets: {}, page: {} };
  const figures = {};
  for (const name of ['previous', 'current']) {
    const s = samples[name];
    figures[name] = {};
    for (const w of WIDGETS) figures[name][w] = { ...medians(s[w]), ...medians(s[`${w}-chromebook`]) };
    figures[name].second_widget_kb = median(s.both.map((b) => b.first_visit_kb)) - figures[name].careerometer.first_visit_kb;
    if (s.lighthouse) Object.assign(figures[name], medians(s.lighthouse));
  }
  const ratio = (a, b) => (b ? a / b : null);
  for (const w of WIDGETS) {
    const cur = figures.current[w];
    const prev = figures.previous[w];
    report.widgets[w] = {};
    for (const k of Object.keys(cur)) report.widgets[w][k] = { today: cur[k], previous: prev[k], ratio: ratio(cur[k], prev[k]) };
  }
  for (const k of ['second_widget_kb', 'lighthouse_school_performance', 'lighthouse_school_tbt_ms', 'lighthouse_performance', 'lighthouse_tbt_ms']) {
    if (figures.current[k] === undefined) continue;
    report.page[k] = { today: figures.current[k], previous: figures.previous[k], ratio: ratio(figures.current[k], figures.previous[k]) };
  }
  // The floor frame's figures, each also as a share of the previous release's figure its budget divides by
  // (for a paint, the previous ready): the lowest ratio any widget frame could reach on this machine.
  const floor = medians(samples.current.floor);
  const sharesOf = (k, prevKey, widgets) => ({ today: floor[k],
    of_previous: Object.fromEntries(widgets.map((w) => [w, ratio(floor[k], figures.previous[w][prevKey])])) });
  report.reference = {
    what: 'a frame of static HTML with one text box, no widget (demo/bench-floor.html)',
    cpu_paint_ms: sharesOf('cpu_paint_ms', 'cpu_ready_ms', WIDGETS),
    visit_cpu_paint_ms: sharesOf('visit_cpu_paint_ms', 'visit_cpu_ready_ms', WIDGETS),
    keystroke_cpu_ms: sharesOf('keystroke_cpu_ms', 'keystroke_cpu_ms', ['careerometer']),
  };

  // Issue 13's budgets: absolute where the issue gives a number, else against the previous release's figure.
  const C = report.widgets.careerometer;
  const S = report.widgets.skillsometer;
  const budgets = [
    ['Careerometer first visit (KB brotli)', C.first_visit_kb.today, '<=', 420],
    ['Skillsometer first visit (KB brotli)', S.first_visit_kb.today, '<=', 260],
    ['second widget on a page (KB brotli)', report.page.second_widget_kb.today, '<=', 60],
    ...WIDGETS.flatMap((w) => {
      const f = report.widgets[w];
      const name = w[0].toUpperCase() + w.slice(1);
      return [
        [`${name} CPU from frame load to ready / previous`, f.cpu_ready_ms.ratio, '<=', 0.45],
        [`${name} CPU from frame load to first useful paint / previous ready`, f.cpu_paint_ms.today / f.cpu_ready_ms.previous, '<=', 0.15],
        [`${name} longest task after first paint (ms)`, f.longest_task_ms.today, '<=', 50],
      ];
    }),
    ['CPU per keystroke / previous', C.keystroke_cpu_ms.ratio, '<=', 0.35],
  ];
  if (report.page.lighthouse_performance) {
    budgets.push(['Lighthouse mobile performance, school page (widgets from their own site)', report.page.lighthouse_school_performance.today, '>=', 90],
      ['Lighthouse Total Blocking Time (ms), school page', report.page.lighthouse_school_tbt_ms.today, '<=', 200],
      ['Lighthouse mobile performance, widgets on the page\'s own site (frames in its process)', report.page.lighthouse_performance.today, '>=', 90],
      ['Lighthouse Total Blocking Time (ms), widgets on the page\'s own site', report.page.lighthouse_tbt_ms.today, '<=', 200]);
  }
  report.budgets = budgets.map(([what, value, op, limit]) => ({ what, value, op, limit, ok: op === '<=' ? value <= limit : value >= limit }));

  mkdirSync(join(root, 'build/bench'), { recursive: true });
  writeFileSync(join(root, 'build/bench/startup.json'), `${JSON.stringify(report, null, 2)}\n`);

  const fmt = (v) => (v === null || v === undefined ? '-' : Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2));
  console.log(`Start-up, medians of ${RUNS} runs; previous release = ${report.baseline.label}`);
  for (const w of WIDGETS) {
    console.log(`\n${w}${' '.repeat(22 - w.length)}today   previous   ratio`);
    for (const [k, v] of Object.entries(report.widgets[w])) console.log(`  ${k.padEnd(20)}${fmt(v.today).padStart(8)}${fmt(v.previous).padStart(11)}${fmt(v.ratio).padStart(8)}`);
  }
  console.log('\npage');
  for (const [k, v] of Object.entries(report.page)) console.log(`  ${k.padEnd(20)}${fmt(v.today).padStart(8)}${fmt(v.previous).padStart(11)}${fmt(v.ratio).padStart(8)}`);
  const { what, ...reference } = report.reference;
  console.log(`\nreference: ${what}; its share of the previous release's figure`);
  for (const [k, v] of Object.entries(reference)) {
    console.log(`  ${k.padEnd(20)}${fmt(v.today).padStart(8)}   ${Object.entries(v.of_previous).map(([w, r]) => `${w} ${fmt(r)}`).join(', ')}`);
  }
  console.log('\nbudgets');
  for (const b of report.budgets) console.log(`  ${b.ok ? 'ok  ' : 'MISS'} ${b.what}: ${fmt(b.value)} (${b.op} ${b.limit})`);
  console.log('\nwritten to build/bench/startup.json');
  process.exitCode = report.budgets.every((b) => b.ok) ? 0 : 1;
}

await main();
