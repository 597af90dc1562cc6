// The widget frame's JS side of the shell: loads the wasm widget, fonts and data, feeds it pointer, wheel,
// key and text input, and acts on its events (height, text-input position, accessible mirror, progress
// storage, messages to the embedding page). One widget per frame document; all C++ calls go through
// `call` and all events arrive in `onEvent`.
import { renderMirror, announcement } from './mirror.js';

// Asset URLs relative to this file. tools/dist.mjs rewrites this line with the content-hashed names
// (a data file missing from `data` is fetched from data/ under its own name).
const ASSETS = {"wasm":"ometer-widgets.wasm","fonts":["fonts/lato-regular.ttf","fonts/lato-bold.ttf"],"data":{}};
const PROTOCOL = 'ometer';
const KEYS = { ArrowUp: 1, ArrowDown: 2, ArrowLeft: 3, ArrowRight: 4, Enter: 5, Escape: 6, Backspace: 7, Tab: 8,
  Home: 9, End: 10, Digit1: 11, Digit2: 12, Digit3: 13, Numpad1: 11, Numpad2: 12, Numpad3: 13, Space: 14,
  Digit4: 15, Digit5: 16, Numpad4: 15, Numpad5: 16 };
const POINTER = { down: 0, move: 1, up: 2, cancel: 3, leave: 4 };

const app = document.getElementById('app');
const canvas = document.getElementById('ometer-canvas');
const input = document.getElementById('search');
const mirror = document.getElementById('mirror');
const live = document.getElementById('live');
const statusText = document.getElementById('status-text');

// --- options ------------------------------------------------------------------------------------------
// embed.js puts the options in the fragment (never sent to the server; one cached frame document for every
// widget); a query string works too, for opening the frame on its own.
const params = new URLSearchParams(location.hash.length > 1 ? location.hash.slice(1) : location.search);
const widget = params.get('widget') === 'skillsometer' ? 'skillsometer' : 'careerometer';
const instance = (params.get('id') || '').slice(0, 64);
const parentOrigin = params.get('origin') || '';
const fixedHeight = /^\d+$/.test(params.get('height') || '') ? Math.min(4000, Math.max(240, Number(params.get('height')))) : 0;
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
const theme = params.get('theme') || 'light';
if (theme === 'dark' || theme === 'high-contrast') document.documentElement.classList.add(`theme-${theme}`);
document.title = widget === 'skillsometer' ? 'Skillsometer: careers interest quiz' : 'Careerometer: compare jobs';
if (fixedHeight) app.classList.add('fixed-height');

function optionLines() {
  const lines = [`widget=${widget}`];
  for (const key of ['region', 'theme', 'accent', 'font-scale', 'occupations', 'form', 'scale', 'lang']) {
    const v = params.get(key);
    if (v !== null) lines.push(`${key}=${v.replace(/[\r\n]/g, ' ')}`);
  }
  if (reducedMotion) lines.push('reduced-motion=1');
  if (fixedHeight) lines.push('fixed-height=1');
  return lines.join('\n');
}

// --- the embedding page -------------------------------------------------------------------------------
// Messages go only to the page that embedded us, and only to the origin it told us; incoming messages
// must come from that window and origin.
function post(type, detail) {
  if (window.parent === window || !parentOrigin) return;
  try {
    window.parent.postMessage({ source: PROTOCOL, id: instance, type, detail }, parentOrigin);
  } catch { /* an origin postMessage cannot target (a file: page): the widget works, unannounced */ }
}

window.addEventListener('message', (e) => {
  if (e.source !== window.parent || e.origin !== parentOrigin) return;
  const m = e.data;
  if (!m || m.source !== PROTOCOL || m.id !== instance) return;
  if (m.type === 'command' && typeof m.command === 'string' && m.command.length < 500) runCommand(m.command);
});

// --- the wasm module ----------------------------------------------------------------------------------
let M = null;          // the emscripten module instance
let contentHeight = 0;
let state = null;      // last state from the widget
let lastAnnouncement = '';

function withString(text, fn) {
  const n = M.lengthBytesUTF8(text) + 1;
  const p = M._malloc(n);
  M.stringToUTF8(text, p, n);
  try { return fn(p); } finally { M._free(p); }
}

function withBytes(bytes, fn) {
  const p = M._malloc(Math.max(1, bytes.length));
  M.HEAPU8.set(bytes, p);
  try { return fn(p, bytes.length); } finally { M._free(p); }
}

function runCommand(line) {
  if (!M) return false;
  const ok = withString(line, (p) => M._ometer_command(p));
  if (!ok) console.warn(`ometer: ${M.UTF8ToString(M._ometer_last_error())}`);
  return !!ok;
}

function storageKey() {
  return `ometer:${widget}:${params.get('region') || 'uk'}:${params.get('form') || '30'}:${params.get('scale') || '3'}`;
}

function onEvent(type, json) {
  let detail = {};
  try { detail = JSON.parse(json); } catch { return; }
  switch (type) {
    case 'state':
      state = detail;
      renderMirror(mirror, state, { runCommand, focusInput: () => input.focus(), onFocusId });
      syncInput();
      announce(announcement(state));
      post('state', { widget, stage: state.stage, cards: (state.cards || []).filter(Boolean).map((c) => c.code) });
      break;
    case 'height':
      contentHeight = detail.height;
      layout();
      break;
    case 'input':
      placeInput(detail);
      break;
    case 'clear-input':
      input.value = '';
      break;
    case 'focus-input':
      input.focus();
      break;
    case 'cursor':
      canvas.style.cursor = detail.cursor === 'pointer' ? 'pointer' : 'default';
      break;
    case 'warning':
      console.warn(`ometer: ${detail.message}`);
      break;
    case 'save':
      try {
        if (detail.progress) sessionStorage.setItem(storageKey(), detail.progress);
        else sessionStorage.removeItem(storageKey());
      } catch { /* storage unavailable (private mode): progress is simply not kept */ }
      break;
    case 'quizcomplete':
      post('quizcomplete', detail);
      break;
    case 'compare':
      post('compare', detail);
      break;
    default:
      break;
  }
}

function announce(text) {
  if (!text || text === lastAnnouncement) return;
  lastAnnouncement = text;
  live.textContent = text;
}

function onFocusId(id) {
  if (M) withString(`focus ${id || ''}`, (p) => M._ometer_command(p));
}

// --- layout -------------------------------------------------------------------------------------------
function layout() {
  if (!M) return;
  const width = Math.max(1, app.clientWidth);
  const height = fixedHeight || Math.max(120, contentHeight || 400);
  // Keep the drawing surface within what WebGL allows on small devices.
  const dpr = Math.max(1, Math.min(window.devicePixelRatio || 1, 3, 8192 / height, 8192 / width));
  canvas.style.height = `${height}px`;
  M._ometer_resize(width, height, dpr);
  reportHeight();
}

// Tells the page how tall the iframe should be: the canvas once the widget runs, the HTML when it shows
// instead (no WebGL2, a failure). While loading, the height the loader gave the iframe stays, so nothing jumps.
let reportedHeight = 0;
function reportHeight() {
  if (fixedHeight || app.classList.contains('loading')) return;
  const drawn = !app.classList.contains('fallback') && !app.classList.contains('failed');
  const height = Math.ceil(drawn ? parseFloat(canvas.style.height) || 0 : app.getBoundingClientRect().height);
  if (height <= 0 || height === reportedHeight) return;
  reportedHeight = height;
  post('height', { height });
}

function placeInput(r) {
  if (widget !== 'careerometer') return;
  if (r.hint) input.placeholder = r.hint;
  if (r.label) input.setAttribute('aria-label', r.label);
  if (app.classList.contains('fallback')) return;
  input.hidden = false;
  Object.assign(input.style, { left: `${r.x}px`, top: `${r.y}px`, width: `${r.w}px`, height: `${r.h}px`, fontSize: `${r.font}px` });
}

function syncInput() {
  if (widget !== 'careerometer' || !state || !state.ready) return;
  const open = !!state.dropdown_open;
  input.setAttribute('aria-expanded', String(open));
  if (open && state.highlighted >= 0) input.setAttribute('aria-activedescendant', `mirror-result-${state.highlighted}`);
  else input.removeAttribute('aria-activedescendant');
  if (document.activeElement !== input && input.value !== state.query) input.value = state.query;
}

// --- input --------------------------------------------------------------------------------------------
function pointerKind(e) { return e.pointerType === 'touch' ? 1 : e.pointerType === 'pen' ? 2 : 0; }
function local(e) {
  const r = canvas.getBoundingClientRect();
  return [e.clientX - r.left, e.clientY - r.top];
}
function sendPointer(kind, e) {
  if (!M) return;
  const [x, y] = local(e);
  M._ometer_pointer(POINTER[kind], pointerKind(e), x, y, e.button >= 0 ? e.button : 0);
}

function attachInput() {
  canvas.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'touch') canvas.setPointerCapture(e.pointerId);
    if (widget === 'careerometer' && document.activeElement === input && e.pointerType !== 'touch') input.blur();
    sendPointer('down', e);
  });
  canvas.addEventListener('pointermove', (e) => sendPointer('move', e));
  canvas.addEventListener('pointerup', (e) => sendPointer('up', e));
  canvas.addEventListener('pointercancel', (e) => sendPointer('cancel', e));
  canvas.addEventListener('pointerleave', (e) => { if (e.pointerType !== 'touch') sendPointer('leave', e); });
  // Wheel: only a widget that scrolls itself (fixed height) keeps it; otherwise the page scrolls.
  canvas.addEventListener('wheel', (e) => {
    if (M && M._ometer_wheel(e.deltaX, e.deltaY)) e.preventDefault();
  }, { passive: false });

  document.addEventListener('keydown', (e) => {
    if (!M || e.ctrlKey || e.metaKey || e.altKey) return;
    const inInput = e.target === input;
    const onButton = e.target instanceof HTMLButtonElement;
    if (onButton && (e.code === 'Enter' || e.code === 'Space')) return;  // the button handles it
    if (inInput && !['ArrowUp', 'ArrowDown', 'Enter', 'Escape'].includes(e.code)) return;
    const code = KEYS[e.code];
    if (!code || code === KEYS.Tab) return;  // Tab moves focus the normal way, never trapped
    if (M._ometer_key(code)) e.preventDefault();
  });

  if (widget === 'careerometer') {
    input.addEventListener('input', () => runCommand(`query ${input.value.slice(0, 100)}`));
    input.addEventListener('focus', () => runCommand('input-focus 1'));
    input.addEventListener('blur', () => {
      // Let a click on a drop-down row land before the drop-down closes.
      setTimeout(() => { if (document.activeElement !== input) runCommand('input-focus 0'); }, 150);
    });
  }
  new ResizeObserver(layout).observe(app);
  window.addEventListener('resize', layout);
}

// --- start-up -----------------------------------------------------------------------------------------
// Every download leaves credentials out: the widget needs no cookies, so none are ever sent with it.
function fetchOk(url) {
  return fetch(url, { credentials: 'omit' }).then((r) => {
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    return r;
  });
}
const fetchBytes = (url) => fetchOk(url).then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b));
const quiet = (promise) => { promise.catch(() => {}); return promise; };  // failures are handled where awaited

// Downloads start at once and side by side: the wasm, the fonts, and the data files this widget will ask
// for (it names them once it runs; a guess it does not ask for is simply not used).
const wasmResponse = quiet(fetchOk(ASSETS.wasm));
const fontBytes = quiet(Promise.all(ASSETS.fonts.map(fetchBytes)));
const dataDownloads = {};
function dataFile(name) {
  if (!dataDownloads[name]) dataDownloads[name] = quiet(fetchBytes(ASSETS.data[name] || `data/${name}`));
  return dataDownloads[name];
}
{
  const region = params.get('region') === 'us' ? 'us' : 'uk';
  dataFile(`${region}.json`);
  dataFile(widget === 'skillsometer' ? 'quiz.json' : `${region}-titles.json`);
}

// Compiles the wasm while it downloads (instantiateStreaming) when the server sends application/wasm.
function instantiateWasm(imports, done, failed) {
  wasmResponse
    .then((r) => (WebAssembly.instantiateStreaming && /^application\/wasm/.test(r.headers.get('Content-Type') || '')
      ? WebAssembly.instantiateStreaming(r, imports)
      : r.arrayBuffer().then((bytes) => WebAssembly.instantiate(bytes, imports))))
    .then((result) => done(result.instance, result.module), failed);
  return {};
}

// The widget's text in HTML (status, fallback) uses the same Lato bytes as the canvas.
function addFontFaces(fonts) {
  if (typeof FontFace !== 'function' || !document.fonts) return;
  fonts.forEach((bytes, i) => {
    try {
      const face = new FontFace('Ometer Lato', bytes, { weight: i === 1 ? '700' : '400', display: 'swap' });
      document.fonts.add(face);
      quiet(face.load());
    } catch { /* the system fallback font is fine */ }
  });
}

const MESSAGES = {
  unsupported: 'Sorry, this browser cannot run the careers widget. Try an up-to-date browser such as Chrome, Edge, Firefox or Safari.',
  download: 'Sorry, the careers widget could not be downloaded. Check your connection, then try again.',
  data: 'Sorry, the job data could not be downloaded. Check your connection, then try again.',
  broken: 'Sorry, the job data could not be read. Please tell the school\u2019s website team.',
};

function fail(message, detail, { retry = false } = {}) {
  app.classList.remove('loading');
  app.classList.add('failed');
  statusText.textContent = message;
  const button = document.getElementById('retry');
  if (retry && button) {
    button.hidden = false;
    button.addEventListener('click', () => location.reload(), { once: true });
  }
  if (detail) console.warn(`ometer: ${detail}`);
  post('error', { message });
  reportHeight();
}

function webgl2Available() {
  try {
    const c = document.createElement('canvas');
    return !!c.getContext('webgl2');
  } catch {
    return false;
  }
}

async function start() {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail(MESSAGES.unsupported, 'WebAssembly is not available');
    return;
  }
  if (typeof createOmeterWidgets !== 'function') {
    fail(MESSAGES.download, 'ometer-widgets.js did not load', { retry: true });
    return;
  }
  statusText.textContent = widget === 'skillsometer' ? 'Loading the quiz\u2026' : 'Loading job data\u2026';
  let fonts;
  try {
    let stop;
    const stopped = new Promise((_, reject) => { stop = reject; });
    [M, fonts] = await Promise.all([
      Promise.race([stopped, createOmeterWidgets({
        instantiateWasm: (imports, done) => instantiateWasm(imports, done, stop),
        onAbort: (what) => stop(new Error(`the widget stopped: ${what}`)),
        onOmeterEvent: (type, json) => onEvent(type, json),
        print: () => {},
        printErr: (t) => console.warn(`ometer: ${t}`),
      })]),
      fontBytes,
    ]);
  } catch (err) {
    const compile = err instanceof WebAssembly.CompileError || err instanceof WebAssembly.LinkError;
    fail(compile ? MESSAGES.unsupported : MESSAGES.download, String(err), { retry: !compile });
    return;
  }
  fonts.forEach((bytes, i) => withBytes(bytes, (p, n) => M._ometer_font(i, p, n)));
  addFontFaces(fonts);
  withString(optionLines(), (p) => M._ometer_create(p));

  const hasGl = webgl2Available() && withString('#ometer-canvas', (p) => M._ometer_attach(p)) === 1;
  if (!hasGl) {
    app.classList.add('fallback');
    input.hidden = widget !== 'careerometer';
    console.warn('ometer: WebGL2 is not available; showing the HTML version of the widget');
  }
  attachInput();
  layout();

  const files = JSON.parse(M.UTF8ToString(M._ometer_data_files()));
  try {
    const texts = await Promise.all(files.map(dataFile));
    for (let i = 0; i < files.length; i++) {
      const ok = withString(files[i], (name) => withBytes(texts[i], (p, n) => M._ometer_load(name, p, n)));
      if (!ok) {
        fail(MESSAGES.broken, M.UTF8ToString(M._ometer_last_error()));
        return;
      }
    }
  } catch (err) {
    fail(MESSAGES.data, String(err), { retry: true });
    return;
  }
  if (widget === 'skillsometer') {
    let saved = null;
    try { saved = sessionStorage.getItem(storageKey()); } catch { /* no storage */ }
    if (saved) runCommand(`restore ${saved}`);
  }
  app.classList.remove('loading');
  layout();
  reportHeight();
  post('ready', { widget });
  // The automation hook: tests and developers read the widget's state through it.
  window.ometerDebug = {
    state: () => JSON.parse(M.UTF8ToString(M._ometer_state())),
    command: (line) => runCommand(line),
    framesDrawn: () => M._ometer_frames_drawn(),
  };
}

start();
