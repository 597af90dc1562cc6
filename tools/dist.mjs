// Builds dist/, the static folder a school or a CDN hosts: content-hashed, precompressed (.br, .gz) widget
// files under ometer/assets/, the evergreen ometer/v1/embed.js, a pinned ometer/<version>/embed.js with its
// SRI hash, the stable widget pages (ometer/v1/careerometer.html, skillsometer.html, and pinned copies),
// the headless Node API under api/, and the demo school page under demo/. Every file a frame loads is
// named with its hash in the file that loads it (integrity attributes, frame.js's ASSETS.integrity).
//
//   node tools/dist.mjs [--out DIR] [--quiet]      (./run dist builds first, then runs this)
import { createHash } from 'node:crypto';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loaderSource, widgetPage } from './assemble.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const out = resolve(option('--out', join(root, 'dist')));
const quiet = process.argv.includes('--quiet');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const major = version.split('.')[0];

const FRAME = join(root, 'web/frame');
// The web reads the split bundles; the Node API (api/) reads the full ones.
const WEB_DATA = ['uk-cards.json', 'uk-details.json', 'uk-titles.json', 'us-cards.json', 'us-details.json', 'us-titles.json', 'quiz.json'];
// The data each widget downloads at start (the default region); the rest comes when a student asks for it
// (the Careerometer's search titles once the search box is used, job details once one is opened).
const FIRST_DATA = { careerometer: ['uk-cards.json'], skillsometer: ['quiz.json'] };
const API_DATA = ['uk.json', 'uk-titles.json', 'us.json', 'us-titles.json', 'quiz.json'];
const need = (path) => {
  if (!existsSync(path)) throw new Error(`${relative(root, path)} is missing: run ./run build first`);
  return readFileSync(path);
};

// --- content hashing ----------------------------------------------------------------------------------
const assets = new Map();   // logical name (e.g. "frame.js") -> { name: hashed file name, bytes, integrity }
const sha = (algo, bytes, enc) => createHash(algo).update(bytes).digest(enc);
const sri = (bytes) => `sha384-${sha('sha384', bytes, 'base64')}`;

function addAsset(logical, bytes) {
  const ext = extname(logical);
  const name = `${basename(logical, ext)}.${sha('sha256', bytes, 'hex').slice(0, 10)}${ext}`;
  assets.set(logical, { name, bytes: Buffer.from(bytes), integrity: sri(bytes) });
  return name;
}
const hashed = (logical) => {
  const a = assets.get(logical);
  if (!a) throw new Error(`internal: ${logical} must be hashed before the files that name it`);
  return a.name;
};

// Rewrites text, insisting that every pattern matched: a source edit that moves a reference fails the
// build instead of shipping a frame that asks for a file that does not exist.
function rewrite(text, file, pairs) {
  for (const [pattern, replacement] of pairs) {
    if (!text.match(pattern)) throw new Error(`dist: ${file}: expected to find ${pattern}`);
    text = text.replace(pattern, replacement);
  }
  return text;
}
// src="frame.js" -> src="frame.<hash>.js" integrity="sha384-…" crossorigin="anonymous": the browser refuses
// the file if it differs, also in a frame without an origin of its own (a sandbox), where the file is
// cross-origin and its check needs CORS.
const attrOf = (from) => [new RegExp(`((?:src|href)=")${from.replace(/\./g, '\\.')}(")`, 'g'),
  `$1${hashed(from)}$2 integrity="${assets.get(from).integrity}" crossorigin="anonymous"`];
// The frame's JavaScript goes out as one module: frame.js and the modules it imports (mirror, print,
// standalone, options, fetch, storage, glcontext), joined by esbuild (Debian's package) without renaming
// or minifying. Each file a frame names costs a request and loading tasks on its main thread before the
// first paint; one file instead of eight, and no import map, since a module that imports nothing is
// checked by its script tag's own integrity.
function bundleFrame(source) {
  try {
    return execFileSync('esbuild', ['--bundle', '--format=esm', '--target=es2020', '--charset=utf8',
      '--legal-comments=none', '--log-level=warning', '--sourcefile=frame.js'], { cwd: FRAME, input: source, encoding: 'utf8' });
  } catch (err) {
    throw new Error(`dist: bundling frame.js failed${err.code === 'ENOENT' ? ': esbuild is not installed (./run installs it)' : `:\n${err.stderr || err.message}`}`);
  }
}

// Each widget's first screen as its view-model, written by the widgets themselves (tools/first_screen),
// goes into the frame document: frame.js shows it as HTML before the wasm is ready. A data island, never
// run, so the frame's CSP is unchanged; "<" is escaped so no text in it can end the element.
function withFirstScreen(html) {
  const tool = join(root, 'build/native/tools/ometer-first-screen');
  need(tool);
  const screens = JSON.stringify(JSON.parse(execFileSync(tool, [join(root, 'assets/data')], { encoding: 'utf8' })));
  return rewrite(html, 'frame.html', [
    [/^<\/body>/m, () => `<script type="application/json" id="first-screen">${screens.replace(/</g, '\\u003c')}</script>\n</body>`],
  ]);
}

// The scripts every start-up runs, whole: a first-line "allFunctionsCalledOnLoad" tells V8 to compile all
// of their functions as the file streams in, off the main thread, instead of each on its first call on it
// (CPU to ready 133 -> 122 ms for the Skillsometer, medians of 5; browsers without the hint read a comment).
const compileHint = (text) => `//# allFunctionsCalledOnLoad\n${text}`;

function buildAssets() {
  // Leaves first: each file is hashed after everything it names, so a change anywhere renames its users.
  const wasm = addAsset('ometer-widgets.wasm', need(join(root, 'build/web/widgets/ometer-widgets.wasm')));
  const fonts = ['lato-regular.ttf', 'lato-bold.ttf'].map((f) => addAsset(f, need(join(root, 'build/web/fonts', f))));
  const data = Object.fromEntries(WEB_DATA.map((f) => [f, addAsset(f, need(join(root, 'assets/data', f)))]));
  for (const f of ['guard.js', 'frame.css', 'frame-legacy.js']) addAsset(f, need(join(FRAME, f)));

  // The runtime's own wasm name is never used (frame.js instantiates the wasm itself); renamed all the same.
  addAsset('ometer-widgets.js', compileHint(rewrite(need(join(root, 'build/web/widgets/ometer-widgets.js')).toString('utf8'),
    'ometer-widgets.js', [[/"ometer-widgets\.wasm"/g, JSON.stringify(wasm)]])));
  // frame.js checks what it fetches against these hashes (web/frame/fetch.js).
  const integrity = Object.fromEntries([wasm, ...fonts, ...Object.values(data)].map((name) =>
    [name, [...assets.values()].find((a) => a.name === name).integrity]));
  const ASSETS = { wasm, fonts, data, integrity };
  addAsset('frame.js', compileHint(bundleFrame(rewrite(need(join(FRAME, 'frame.js')).toString('utf8'), 'frame.js', [
    [/^const ASSETS = \{.*\};$/m, `const ASSETS = ${JSON.stringify(ASSETS)};`],
  ]))));
  const frame = withFirstScreen(rewrite(need(join(FRAME, 'frame.html')).toString('utf8'), 'frame.html', [
    [/^<link rel="modulepreload" href="[^"]+">\n/gm, ''],
    ...['guard.js', 'frame.css', 'ometer-widgets.js', 'frame.js', 'frame-legacy.js'].map(attrOf),
  ]));
  addAsset('frame.html', frame);

  // Both embed.js copies sit one folder below assets/, so they are the same file; so are the stable pages.
  // The loader runs nearly all of its functions as the page loads, on the school page's own main thread:
  // compiled eagerly off it (the loader's task 4.7 -> 4.2 ms CPU, medians of 7).
  const embed = compileHint(rewrite(loaderSource(root), 'embed.js', [
    [/var FRAME_PATH = 'frame\.html';/, `var FRAME_PATH = '../assets/${hashed('frame.html')}';`],
    [/var VERSION = '[^']*';/, `var VERSION = '${version}';`],
  ]));
  const pages = Object.fromEntries(['careerometer', 'skillsometer'].map((w) => [`${w}.html`,
    widgetPage(frame, w, '../assets/')]));
  return { embed, pages };
}

// --- writing ------------------------------------------------------------------------------------------
function write(path, bytes) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

// brotli at quality 11 is slow on the data files, so a .br from the previous build of the same content
// (same hashed name) is reused; embed.js has no hash, so its .br is checked against the bytes it came from.
async function compress(path, bytes, previous) {
  const gz = gzipSync(bytes, { level: 9 });
  write(`${path}.gz`, gz);
  const old = previous && `${previous}.br`;
  const sameSource = previous && existsSync(previous) && readFileSync(previous).equals(bytes);
  if (old && sameSource && existsSync(old)) {
    write(`${path}.br`, readFileSync(old));
  } else {
    await run('brotli', ['-q', '11', '-f', '-o', `${path}.br`, path]);
  }
  return { bytes: bytes.length, gzip: gz.length, br: readFileSync(`${path}.br`).length };
}

async function inParallel(jobs, limit) {
  const results = [];
  let next = 0;
  const worker = async () => { while (next < jobs.length) { const i = next++; results[i] = await jobs[i](); } };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

function copyTree(from, to, filter = () => true) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) copyTree(join(from, entry.name), join(to, entry.name), filter);
    else if (filter(entry.name)) copyFileSync(join(from, entry.name), join(to, entry.name));
  }
}

async function main() {
  const built = buildAssets();
  const embed = Buffer.from(built.embed);
  const stage = `${out}.staging`;
  rmSync(stage, { recursive: true, force: true });

  const files = [];   // [path in dist, bytes, previous copy for .br reuse]
  for (const { name, bytes } of assets.values()) files.push([`ometer/assets/${name}`, bytes]);
  files.push([`ometer/v${major}/embed.js`, embed], [`ometer/${version}/embed.js`, embed]);
  for (const [name, text] of Object.entries(built.pages)) {
    files.push([`ometer/v${major}/${name}`, Buffer.from(text)], [`ometer/${version}/${name}`, Buffer.from(text)]);
  }
  for (const [path, bytes] of files) write(join(stage, path), bytes);

  const sizes = {};
  const jobs = files.map(([path, bytes]) => async () => {
    sizes[path] = await compress(join(stage, path), bytes, join(out, path));
  });
  await inParallel(jobs, Math.max(1, availableParallelism()));

  // The headless API: the Node wrapper, the emscripten module and the data bundles it reads.
  for (const f of ['ometer-core.js', 'ometer-core.wasm']) write(join(stage, 'api', f), need(join(root, 'build/web/tools/wasm', f)));
  write(join(stage, 'api/ometer-core.mjs'), need(join(root, 'web/api/ometer-core.mjs')));
  for (const f of API_DATA) write(join(stage, 'api/data', f), need(join(root, 'assets/data', f)));
  // The example school page: exactly what a school writes, pointing at /ometer/v1/embed.js.
  copyTree(join(root, 'web/demo'), join(stage, 'demo'));
  // The embed builder checks options with the widgets' own rules.
  write(join(stage, 'demo/options.js'), need(join(FRAME, 'options.js')));

  // Every file a widget's first visit downloads (default region and options): the loader, the frame and all
  // it names, the runtime, the fonts and the data the widget asks for before a student does anything.
  // tests/e2e/dist.test.mjs checks each list against what Chromium fetched.
  const firstVisit = Object.fromEntries(Object.entries(FIRST_DATA).map(([widget, data]) => {
    const names = ['frame.html', 'guard.js', 'frame.css', 'ometer-widgets.js', 'frame.js', 'ometer-widgets.wasm',
      'lato-regular.ttf', 'lato-bold.ttf', ...data];
    const paths = [`ometer/v${major}/embed.js`, ...names.map((f) => `ometer/assets/${assets.get(f).name}`)];
    return [widget, { files: paths, br: paths.reduce((sum, path) => sum + sizes[path].br, 0) }];
  }));

  const integrity = `sha384-${sha('sha384', embed, 'base64')}`;
  const manifest = {
    version,
    embed: { evergreen: `ometer/v${major}/embed.js`, pinned: `ometer/${version}/embed.js`, integrity },
    pages: Object.fromEntries(Object.keys(built.pages).map((name) =>
      [name.replace('.html', ''), { evergreen: `ometer/v${major}/${name}`, pinned: `ometer/${version}/${name}` }])),
    files: Object.fromEntries([...assets].map(([logical, a]) => [logical, `ometer/assets/${a.name}`])),
    sizes,
    first_visit: firstVisit,
  };
  write(join(stage, 'ometer/manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  rmSync(out, { recursive: true, force: true });
  renameSync(stage, out);

  if (!quiet) {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    const rows = Object.entries(sizes).sort((a, b) => b[1].br - a[1].br);
    console.log(`dist: ${relative(process.cwd(), out) || '.'} (version ${version})`);
    for (const [path, s] of rows) console.log(`  ${path.padEnd(48)} ${kb(s.bytes).padStart(10)}  gzip ${kb(s.gzip).padStart(9)}  br ${kb(s.br).padStart(9)}`);
    console.log('\nPin this exact version with Subresource Integrity:');
    console.log(`  <script src="https://YOUR-HOST/ometer/${version}/embed.js" integrity="${integrity}" crossorigin="anonymous" data-widget="careerometer" async></script>`);
  }
}

main().catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});
