// The widget frame's JS side of the shell: loads the wasm widget, fonts and data, feeds it pointer, wheel,
// key and text input, and acts on its events (the view-model for the accessible mirror, layout, focus,
// announcements, height, the text input's place, progress storage, messages to the embedding page). One
// widget per frame document. Every C++ call goes through `call`, every event arrives in `onEvent`, and
// keys travel by name (widgets/common/wire.hpp holds the other end of this wire).
// Longer than our other files because it is the one place the page, the wasm and the mirror meet; the
// separable parts are modules of their own (mirror, print, fetch, storage, glcontext, standalone, options).
import { Mirror, elementId } from './mirror.js';
import { buildPrint } from './print.js';
// [embed-anywhere] hooks: stable widget pages, checked downloads, progress storage, WebGL context loss.
import { stablePage } from './standalone.js';
import { fetchChecked } from './fetch.js';
import { progressKey, progressStore, showNote } from './storage.js';
import { warmGlConnection, watchGlContext } from './glcontext.js';

// Asset URLs relative to this file. tools/dist.mjs rewrites this line with the content-hashed names
// (a data file missing from `data` is fetched from data/ under its own name).
const ASSETS = {"wasm":"ometer-widgets.wasm","fonts":["fonts/lato-regular.ttf","fonts/lato-bold.ttf"],"data":{}};
const PROTOCOL = 'ometer';
// DOM key codes -> the widget's key names.
const KEYS = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right', Enter: 'enter', Escape: 'escape',
  Backspace: 'backspace', Space: 'space', Home: 'home', End: 'end', Digit1: 'digit1', Digit2: 'digit2', Digit3: 'digit3',
  Digit4: 'digit4', Digit5: 'digit5', Numpad1: 'digit1', Numpad2: 'digit2', Numpad3: 'digit3', Numpad4: 'digit4',
  Numpad5: 'digit5' };
const POINTER = { down: 0, move: 1, up: 2, cancel: 3, leave: 4 };
// Keys that edit the search box's text (a character, deleting one): the mirror may wait for a pause.
const TYPING_KEYS = /^(.|Backspace|Delete|Process|Unidentified|Dead)$/u;

const app = document.getElementById('app');
const canvas = document.getElementById('ometer-canvas');
const input = document.getElementById('search');
const live = document.getElementById('live');
const statusText = document.getElementById('status-text');

// --- options ------------------------------------------------------------------------------------------
// embed.js puts the options in the fragment (never sent to the server; one cached frame document for every
// widget); a query string works too, for opening the frame on its own.
// [embed-anywhere] a stable widget page (careerometer.html) checks its query string as embed.js checks data
// attributes, and fills its frame when no loader asked for it.
const page = stablePage(new URLSearchParams(location.hash.length > 1 ? location.hash.slice(1) : location.search));
const params = page.params;
const widget = params.get('widget') === 'skillsometer' ? 'skillsometer' : 'careerometer';
const instance = (params.get('id') || '').slice(0, 64);
const parentOrigin = params.get('origin') || '';
const fixedHeight = page.standalone ? 0 : /^\d+$/.test(params.get('height') || '') ? Math.min(4000, Math.max(240, Number(params.get('height')))) : 0;
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
// The student's own settings count when the school set none: forced colours (Windows high contrast) always,
// the dark-mode preference when no theme was chosen, and the browser's text size on top of the school's.
const forcedColours = matchMedia('(forced-colors: active)').matches;
const theme = forcedColours ? 'system'
  : params.get('theme') || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
if (theme !== 'light') document.documentElement.classList.add(`theme-${theme}`);
const textSize = Math.min(2, Math.max(0.5, (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16) / 16));
document.title = widget === 'skillsometer' ? 'Skillsometer: careers interest quiz' : 'Careerometer: compare jobs';
if (fixedHeight || page.standalone) app.classList.add('fixed-height');

// The system colours the browser uses in forced-colours mode, as #rrggbb, for the canvas to draw with.
function systemColours() {
  const probe = document.createElement('span');
  document.body.append(probe);
  const names = ['Canvas', 'CanvasText', 'Highlight', 'HighlightText', 'ButtonFace', 'ButtonText', 'GrayText', 'LinkText'];
  const out = names.map((name) => {
    probe.style.color = name;
    const m = getComputedStyle(probe).color.match(/\d+/g) || [0, 0, 0];
    return `#${m.slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
  });
  probe.remove();
  return out.join(',');
}

function optionLines() {
  const lines = [`widget=${widget}`, `theme=${theme}`];
  for (const key of ['region', 'accent', 'font-scale', 'occupations', 'form', 'scale', 'lang', 'back']) {
    const v = params.get(key);
    if (v !== null) lines.push(`${key}=${v.replace(/[\r\n]/g, ' ')}`);
  }
  if (textSize !== 1) lines.push(`text-size=${textSize}`);
  if (forcedColours) lines.push(`system-colours=${systemColours()}`);
  if (reducedMotion) lines.push('reduced-motion=1');
  if (fixedHeight || page.standalone) lines.push('fixed-height=1');
  return lines.join('\n');
}

// --- the embedding page -------------------------------------------------------------------------------
// Messages go only to the page that embedded us, and only to the origin it told us; incoming messages
// must come from that window and origin.
function post(type, detail) {
  if (window.parent === window || !parentOrigin) return;
  try {
    // [embed-anywhere] a loader page in a sandbox without its own origin is "null": reach it as the parent window.
    window.parent.postMessage({ source: PROTOCOL, id: instance, type, detail }, parentOrigin === 'null' ? '*' : parentOrigin);
  } catch { /* an origin postMessage cannot target (a file: page): the widget works, unannounced */ }
}

window.addEventListener('message', (e) => {
  if (e.source !== window.parent || e.origin !== parentOrigin) return;
  const m = e.data;
  if (!m || m.source !== PROTOCOL || m.id !== instance) return;
  if (m.type === 'command' && typeof m.command === 'string' && m.command.length < 500) call.command(m.command);
});

// --- the wasm module: every call into C++ ---------------------------------------------------------------
let M = null;          // the emscripten module instance
let contentHeight = 0;
let facts = null;      // the last "state" event: codes shown, quiz stage (for the print view)

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

const call = {
  command(line) {
    if (!M) {
      if (early.shown) early.queue.push(line);   // pressed on the first screen: done once the widget is ready
      return false;
    }
    const ok = withString(line, (p) => M._ometer_command(p));
    if (!ok) console.warn(`ometer: ${M.UTF8ToString(M._ometer_last_error())}`);
    return !!ok;
  },
  key: (name) => !!M && withString(name, (p) => M._ometer_key(p)) === 1,
  drawNow: () => M && M._ometer_draw_now(),   // the frame a command asked for, in this task (ometer_draw_now)
  pointer: (kind, type, x, y, button) => M._ometer_pointer(kind, type, x, y, button),
  wheel: (dx, dy) => M._ometer_wheel(dx, dy) === 1,
  resize: (w, h, dpr) => M._ometer_resize(w, h, dpr),
  font: (i, bytes) => withBytes(bytes, (p, n) => M._ometer_font(i, p, n)),
  create: (options) => withString(options, (p) => M._ometer_create(p)),
  attach: (selector) => withString(selector, (p) => M._ometer_attach(p)) === 1,
  prepare: () => M._ometer_prepare(),
  dataFiles: () => JSON.parse(M.UTF8ToString(M._ometer_data_files())),
  load: (name, bytes) => withString(name, (n) => withBytes(bytes, (p, len) => M._ometer_load(n, p, len))) === 1,
  work: (budgetMs) => M._ometer_work(budgetMs),   // 1 done, 0 more to do, -1 a file could not be read
  lastError: () => M.UTF8ToString(M._ometer_last_error()),
  state: () => JSON.parse(M.UTF8ToString(M._ometer_state())),
  vm: () => JSON.parse(M.UTF8ToString(M._ometer_vm())),
  framesDrawn: () => M._ometer_frames_drawn(),
  framesPresented: () => M._ometer_frames_presented(),
  glLost: () => M._ometer_gl_lost(),
  glRestored: () => M._ometer_gl_restored(),
  inView: (on) => M._ometer_in_view(on ? 1 : 0),
};

const mirror = new Mirror(document.getElementById('mirror'), {
  command: (line) => call.command(line),
  onFocusId: (id) => call.command(`focus ${id || ''}`),
  focusInput: () => input.focus(),
  searchBox: widget === 'careerometer' ? input : null,
});

// [embed-anywhere] quiz progress: per widget instance, in memory (and said so) where storage is blocked.
const progress = widget === 'skillsometer' ? progressStore(progressKey(params), () => {
  console.warn('ometer: this browser gives the quiz no storage here, so progress lasts only until the page is reloaded');
  showNote('Your answers are kept only until this page is reloaded.', { announce });
}) : null;

// Where the widget last asked focus to go, until the mirror has that element.
let pendingFocus = null;
function focusPending() {
  if (pendingFocus !== null && mirror.focus(pendingFocus)) pendingFocus = null;
}

// While a student types in the search box, the mirror (what screen readers read; never seen over the
// canvas, which takes the pointer) catches up when typing pauses, as the spoken count of results does,
// not after every key: the canvas shows each key's results at once, and updating the mirror was a fifth of
// what a keystroke cost (CPU 7.6 -> 5.9 ms a key without it, ./run bench). Until then the widget makes no
// tree or layout for it (it asks mirrorWaits: Host::mirror_waits) and sends them when asked (catchUp).
// Whatever reads the mirror brings it up to date first: a key that moves through the results or leaves
// the box, a click, the box losing focus, focus or a submit asked for by the widget.
const PAUSE_MS = 250;
let typedAt = -Infinity;
// The mirror behind, the words not yet spoken, and the one timer both wait on, so that at a pause they
// change in one task (one layout, not two a few milliseconds apart).
const waiting = { mirror: false, words: '', timer: 0, due: 0, paused: false };
function mirrorWaits() {
  if (performance.now() - typedAt >= PAUSE_MS || early.shown || app.classList.contains('fallback')) return false;
  waiting.mirror = true;
  afterPause(typedAt + PAUSE_MS);
  return true;
}
function catchUp() {
  typedAt = -Infinity;
  if (!waiting.mirror) return;
  waiting.mirror = false;
  M._ometer_send_mirror();   // its tree and layout arrive in onEvent, applied at once
}
// A key moves the pause on by a key's interval: the timer is set again then, not left to fire and find the
// pause not yet come (each such firing is a task of its own: ~0.25 ms, five or six times a typed word).
function afterPause(due) {
  const later = due > waiting.due + 20;
  waiting.due = Math.max(waiting.due, due);
  if (waiting.timer && !later) return;
  clearTimeout(waiting.timer);
  waiting.timer = setTimeout(onPause, Math.ceil(waiting.due - performance.now()));
}
// A timer can fire a fraction of a millisecond before its time: that is the pause (set again for the
// fraction, it fired early again, six times over, the last held by the 4 ms browsers add to a timer set
// that often).
function onPause() {
  const wait = waiting.due - performance.now();
  waiting.timer = wait >= 1 ? setTimeout(onPause, Math.ceil(wait)) : 0;
  if (waiting.timer) return;
  waiting.paused = true;   // words the widget held while the mirror waited come now, and are said at once
  catchUp();
  waiting.paused = false;
  speak();
}
function applyTree(tree) {
  if (early.shown) early.vm = tree;   // the first screen stays until the widget is ready
  else mirror.render(tree);
  syncInput();
  focusPending();
}

function onEvent(type, json) {
  let detail;
  try { detail = JSON.parse(json); } catch { return; }
  if (!detail) return;
  switch (type) {
    case 'vm':
      applyTree(detail);
      break;
    case 'layout':
      mirror.place(detail);
      break;
    case 'state':
      facts = detail;
      if (input.value !== (facts.query || '') && document.activeElement !== input && widget === 'careerometer') setQuery(facts.query || '');
      break;
    case 'announce':
      announce(detail.text);
      break;
    case 'focus':
      // Once the mirror has the element: it may arrive with this frame's tree or a later one.
      catchUp();
      pendingFocus = detail.id;
      requestAnimationFrame(focusPending);
      break;
    case 'height':
      contentHeight = detail.height;
      layout();
      break;
    case 'input':
      placeInput(detail);
      break;
    case 'clear-input':
      setQuery('');
      break;
    case 'cursor':
      canvas.style.cursor = detail.cursor === 'pointer' ? 'pointer' : 'default';
      break;
    case 'warning':
      console.warn(`ometer: ${detail.message}`);
      break;
    case 'gl-failed':
      showHtmlVersion();
      break;
    case 'need-data':
      loadLater(detail.file);
      break;
    case 'copy':
      copyText(detail.text);
      break;
    case 'submit':
      catchUp();
      mirror.submit(detail.id);
      break;
    case 'print':
      preparePrint();
      window.print();
      break;
    case 'navigate':
      page.navigate(detail.to);   // [embed-anywhere]
      break;
    case 'compare':
      if (page.compare(detail.codes, call.vm())) break;   // [embed-anywhere] no loader: compare in this frame
      post(type, detail);
      break;
    case 'save':
      if (progress) progress.set(detail.progress);
      break;
    case 'quizcomplete':
    case 'quizupdate':
    case 'error':
      post(type, detail);
      break;
    default:
      break;
  }
}

// The clipboard, or (where a page's policy blocks it) the text selected in a field for the student to copy.
function copyText(text) {
  const fallback = () => {
    const field = document.createElement('textarea');
    field.value = text;
    field.className = 'visually-hidden';
    document.body.append(field);
    field.select();
    try { document.execCommand('copy'); } catch { /* the text stays selected for Ctrl+C */ }
    field.remove();
  };
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
  else fallback();
}

// The print view: rebuilt from the current view-model each time (print CSS shows only it).
function preparePrint() {
  let host = document.getElementById('print');
  if (!host) {
    host = document.createElement('div');
    host.id = 'print';
    document.body.append(host);
  }
  const date = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  buildPrint(host, call.vm(), facts, { page: (params.get('page') || '').slice(0, 120), date });
}

// Polite announcements, coalesced so a burst (typing) reads only the last, spoken at a pause.
let lastAnnouncement = '';
function announce(text) {
  if (!text) return;
  waiting.words = text;
  if (!waiting.paused) afterPause(performance.now() + PAUSE_MS);
}
function speak() {
  if (!waiting.words) return;
  // The same words twice in a row are still news ("3 matching jobs" after another search).
  live.textContent = waiting.words === lastAnnouncement ? `${waiting.words}\u00a0` : waiting.words;
  lastAnnouncement = live.textContent;
  waiting.words = '';
}

// The widget as HTML (the mirror, styled) instead of the canvas: no WebGL2, or it failed.
function showHtmlVersion(why) {
  app.classList.add('fallback');
  catchUp();
  input.hidden = widget !== 'careerometer';
  mirror.setOverlay(false);
  // The search box leaves the place it had over the canvas for its own place in the HTML version.
  if (!input.hidden) Object.assign(input.style, { left: '', top: '', width: '', height: '', fontSize: '' });
  if (why) console.warn(`ometer: ${why}; showing the HTML version of the widget`);
  layout();
}

// --- layout -------------------------------------------------------------------------------------------
function layout() {
  if (!M) return;
  const width = Math.max(1, app.clientWidth);
  // Until the widget has drawn a frame (none comes while the browser does not animate this frame, e.g. out
  // of view in another origin's page), the height the first screen had is the best guess.
  const height = (page.standalone ? page.viewportHeight() : fixedHeight) || Math.max(120, contentHeight || reportedHeight || 400);
  // Keep the drawing surface within what WebGL allows on small devices.
  const dpr = Math.max(1, Math.min(window.devicePixelRatio || 1, 3, 8192 / height, 8192 / width));
  canvas.style.height = `${height}px`;
  mirror.root.style.height = `${height}px`;
  call.resize(width, height, dpr);
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

let inputPlace = null;   // the last "input" event: where the canvas draws the search box
function placeInput(r) {
  if (widget !== 'careerometer' || !r) return;
  inputPlace = r;
  if (r.hint) setHint(r.hint);
  if (r.label) input.setAttribute('aria-label', r.label);
  if (app.classList.contains('fallback')) return;
  input.hidden = false;
  Object.assign(input.style, { left: `${r.x}px`, top: `${r.y}px`, width: `${r.w}px`, height: `${r.h}px`, fontSize: `${r.font}px` });
}

// The search box's hint ("Type a job...") is set only while the box is empty: while it is set, the browser
// restyles the hint on every key, even hidden (0.12-0.14 ms of style and a partial layout a key, measured).
let hint = '';
function setHint(text) {
  hint = text;
  showHint();
}
function showHint() {
  if (input.value) input.removeAttribute('placeholder');
  else if (input.getAttribute('placeholder') !== hint) input.setAttribute('placeholder', hint);
}
function setQuery(text) {
  input.value = text;
  showHint();
}

// The search input is the combobox of the mirror's listbox of results.
function syncInput() {
  if (widget !== 'careerometer') return;
  const list = document.getElementById(elementId('results'));
  input.setAttribute('aria-controls', elementId('results'));
  input.setAttribute('aria-expanded', String(!!list));
  const selected = list && list.querySelector('[aria-selected="true"]');
  if (selected) input.setAttribute('aria-activedescendant', selected.id);
  else input.removeAttribute('aria-activedescendant');
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
  call.pointer(POINTER[kind], pointerKind(e), x, y, e.button >= 0 ? e.button : 0);
}

function attachInput() {
  canvas.addEventListener('pointerdown', (e) => {
    catchUp();
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
    if (M && call.wheel(e.deltaX, e.deltaY)) e.preventDefault();
  }, { passive: false });

  document.addEventListener('keydown', (e) => {
    if (e.target !== input || !TYPING_KEYS.test(e.key)) catchUp();
    if (!M || e.ctrlKey || e.metaKey || e.altKey) return;
    const onButton = e.target instanceof HTMLButtonElement;
    if (onButton && (e.code === 'Enter' || e.code === 'Space')) return;  // the button handles it
    // Text fields keep their keys: the search box passes on only the keys that move through its results;
    // any other field (the results code) handles its own Enter.
    if (e.target === input && !['ArrowUp', 'ArrowDown', 'Enter', 'Escape'].includes(e.code)) return;
    if (e.target !== input && (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) return;
    const name = KEYS[e.code];
    if (!name) return;  // Tab moves focus the normal way, never trapped
    if (call.key(name)) e.preventDefault();
  });

  if (widget === 'careerometer') {
    input.addEventListener('input', () => {
      typedAt = performance.now();
      showHint();
      call.command(`query ${input.value.slice(0, 100)}`);
      call.drawNow();
    });
    input.addEventListener('focus', () => call.command('input-focus 1'));
    input.addEventListener('blur', () => {
      catchUp();
      // Let a click on a drop-down row land before the drop-down closes.
      setTimeout(() => { if (document.activeElement !== input) call.command('input-focus 0'); }, 150);
    });
  }
  new ResizeObserver(layout).observe(app);
  window.addEventListener('resize', layout);
}

// --- the first screen, before the widget is ready -----------------------------------------------------
// dist.mjs puts each widget's first screen into the frame document (its view-model, written by the widget
// itself: tools/first_screen). It is shown at once as the HTML version, so the student reads and uses the
// widget while the wasm and the data download: words typed stay in the search box, a button pressed is
// done as soon as the widget is ready. Options that change the first screen's content skip it.
const early = { shown: false, queue: [], vm: null, fonts: null };
const CONTENT_OPTIONS = ['occupations', 'results', 'lang', 'back'];   // each makes a different first screen

function firstScreenKey() {
  if (CONTENT_OPTIONS.some((k) => params.has(k))) return null;
  const region = params.get('region') === 'us' ? 'us' : 'uk';
  if (widget === 'careerometer') return `careerometer/${region}`;
  if (progress && progress.get()) return null;   // the quiz resumes where it was left instead
  return `skillsometer/${region}/${params.get('form') === '60' ? '60' : '30'}/${params.get('scale') === '5' ? '5' : '3'}`;
}

function showFirstScreen() {
  const script = document.getElementById('first-screen');
  const key = script && firstScreenKey();
  if (!key) return;
  let vm, heights;
  try { ({ [key]: vm, [`heights/${key}`]: heights } = JSON.parse(script.textContent)); } catch { return; }
  if (!vm) return;
  early.shown = true;
  app.classList.remove('loading');
  app.classList.add('fallback', 'early');
  if (widget === 'careerometer') {
    const search = (vm.children || []).find((n) => n.id === 'search');
    if (search) {
      setHint(search.desc || '');
      input.setAttribute('aria-label', search.label || input.getAttribute('aria-label'));
    }
    input.hidden = false;
  }
  mirror.render(vm);
  // As tall as the canvas will be, where that is known: the page under the widget stays put when it takes over.
  const height = canvasHeight(heights);
  if (height) app.style.minHeight = `${height}px`;
  // Marked as the frame that shows it is drawn, not here: the rest of this task comes before that paint.
  requestAnimationFrame(() => performance.mark('ometer:paint'));
  reportHeight();
}

// The height the widget's canvas will have at this frame's width, from the table tools/first_screen wrote
// with the first screen ({text_size, runs: [width, height, ...]}); 0 where it does not say (another text
// size or font scale, a fixed height, a frame narrower than the table).
function canvasHeight(table) {
  if (!table || !Array.isArray(table.runs) || table.text_size !== textSize || fixedHeight || page.standalone) return 0;
  if ((params.get('font-scale') || '1') !== '1') return 0;
  const width = app.clientWidth;
  let height = 0;
  for (let i = 0; i + 1 < table.runs.length && table.runs[i] <= width; i += 2) height = table.runs[i + 1];
  return height;
}

// The widget is ready: the canvas (or the widget's own HTML version) takes over, then what the student did.
function endFirstScreen(hasGl) {
  if (!early.shown) {
    performance.mark('ometer:paint');   // the widget's first useful paint is its first frame
    return;
  }
  early.shown = false;
  if (early.fonts) addFontFaces(early.fonts);
  app.classList.remove('early');
  app.style.minHeight = '';
  if (hasGl) {
    app.classList.remove('fallback');
    mirror.setOverlay(true, early.vm);
    placeInput(inputPlace);
  } else if (early.vm) {
    mirror.render(early.vm);
  }
  if (widget === 'careerometer' && input.value) call.command(`query ${input.value.slice(0, 100)}`);
  if (widget === 'careerometer' && document.activeElement === input) call.command('input-focus 1');
  for (const line of early.queue.splice(0)) call.command(line);
}

// The next animation frame (true), or false after `patience` ms: a frame the browser does not animate (out
// of view in another origin's page, a background tab) is not waited for longer.
function animationFrame(patience = 100) {
  return new Promise((ok) => {
    const timer = setTimeout(() => ok(false), patience);
    requestAnimationFrame(() => { clearTimeout(timer); ok(true); });
  });
}

// Waits for the widget's headless frames (one an animation frame) to give the loaded widget's content
// height: at least two frames, then until it stops changing, at most five.
async function settledHeight() {
  for (let i = 0; i < 5; i++) {
    const before = contentHeight;
    if (!(await animationFrame()) || (i >= 1 && contentHeight === before)) return;
  }
}

// Resolves in the task after the one that paints the first screen (an animation frame's callbacks run
// just before its paint), or at once without a first screen. A busy machine can take over 100 ms to its
// first frame; the wasm compile and the warm-up worker waiting on this must not land before that paint
// (they did in 1 of 5 visits with a shorter wait: CPU to the first paint 30 -> 61 ms), so a frame that is
// not animated at all starts them after a second.
async function afterFirstPaint() {
  if (!early.shown) return;
  await animationFrame(1000);
  await nextTask();
}

// Creates the canvas's WebGL2 context, sized first (ometer_attach), and watches for its loss. Creating it
// is the test for WebGL2: no probe context first (the warm-up worker's is off this thread). Without it, the
// HTML version.
let glWatch = null;
function attachCanvas() {
  if (!call.attach('#ometer-canvas')) {
    showHtmlVersion('WebGL2 is not available');
    return false;
  }
  call.inView(nearView);
  if (!early.shown) mirror.setOverlay(true);   // else once the first screen gives way
  // [embed-anywhere] a lost WebGL context: headless until it returns, else the HTML version (glcontext.js).
  glWatch = watchGlContext(canvas, {
    lost: () => call.glLost(),
    restored: () => { call.glRestored(); layout(); },
    giveUp: () => {
      showHtmlVersion('the WebGL context was lost and did not come back');
      announce('The widget now shows its simpler version. Everything in it still works.');
    },
  });
  return true;
}

// Whether the widget is on screen or within half a screen of it. Out of view the canvas draws nothing (the
// widget runs headless, its mirror current): a widget further down a school's page costs no drawn frames
// until a student scrolls near it, and with the margin it is drawn before it comes into sight. (Where the
// page is another site's, browsers give a frame no margin and already stop its animation frames out of
// view.) Watched from the start, so the canvas's first frame already knows.
let nearView = true;
if (typeof IntersectionObserver === 'function') {
  new IntersectionObserver((entries) => {
    nearView = entries[entries.length - 1].isIntersecting;
    if (glWatch) call.inView(nearView);   // once the canvas has its context (attachCanvas)
  }, { rootMargin: '50% 0px' }).observe(app);
}

// --- start-up -----------------------------------------------------------------------------------------
// Start-up work runs in slices of about this long, each its own task (a long task is one over 50 ms).
const WORK_SLICE_MS = 12;

// The work loaded files leave (reading them, the search index), a slice a task. True when done; false when
// a file could not be read (lastError says why).
async function workInSlices() {
  for (;;) {
    const left = call.work(WORK_SLICE_MS);
    if (left !== 0) return left === 1;
    await nextTask();
  }
}

// Resolves in a new task, after the browser has had a chance to paint and handle input.
function nextTask() {
  if (typeof scheduler === 'object' && scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

// Every download leaves credentials out: the widget needs no cookies, so none are ever sent with it.
// [embed-anywhere] content-hashed frames check every file against the hash ASSETS.integrity names (fetch.js).
// The downloads below start at once; their bodies are read and hashed once the first screen is painted
// (start: afterFirstPaint). On a fast connection they arrived before that paint, and reading them put
// ~4 ms of this thread's work ahead of the student's first sight of the widget.
let firstPaintDone;
const firstPaint = new Promise((ok) => { firstPaintDone = ok; });
const fetchOk = (url) => fetchChecked(url, ASSETS.integrity || null, import.meta.url, firstPaint);
const fetchBytes = (url) => fetchOk(url).then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b));
const quiet = (promise) => { promise.catch(() => {}); return promise; };  // failures are handled where awaited

// Downloads go side by side: the wasm at once (most of the bytes, and the compile waits on it); the fonts
// and the data file this widget will ask for first (it names its files once it runs; a guess it does not
// ask for is simply not used) once the first screen is painted. Their fetch() calls cost this thread
// ~2 ms the student's first sight of the widget need not wait for, and being small, they still arrive
// before the wasm.
const region = params.get('region') === 'us' ? 'us' : 'uk';
const wasmResponse = quiet(fetchOk(ASSETS.wasm));
const fontBytes = quiet(firstPaint.then(() => Promise.all(ASSETS.fonts.map(fetchBytes))));
const dataDownloads = {};
function dataFile(name) {
  if (!dataDownloads[name]) dataDownloads[name] = quiet(fetchBytes(ASSETS.data[name] || `data/${name}`));
  return dataDownloads[name];
}
if (widget === 'skillsometer') {
  firstPaint.then(() => dataFile('quiz.json'));  // the job cards come when a quiz is under way (need-data)
} else {
  firstPaint.then(() => dataFile(`${region}-cards.json`));
  // The search titles (most of the Careerometer's bytes) once a student shows they will search: the
  // widget asks for them then too (need-data), and searches the occupations' own titles meanwhile.
  const warm = () => dataFile(`${region}-titles.json`);
  for (const type of ['pointerover', 'pointerdown', 'focus', 'input']) input.addEventListener(type, warm, { once: true });
}

// A file the widget asks for later (job details when a student opens one, search titles once they search).
async function loadLater(name) {
  try {
    const bytes = await dataFile(name);
    if (!call.load(name, bytes) || !(await workInSlices())) console.warn(`ometer: ${call.lastError()}`);
  } catch (err) {
    if (err.name === 'IntegrityError') fail(MESSAGES.integrity, String(err));   // [embed-anywhere]
    else console.warn(`ometer: ${err}`);
  }
}

// Compiles the wasm while it downloads (instantiateStreaming) when the server sends application/wasm. The
// download starts at once; the compile once the first screen is painted (wasmResponse settles after
// firstPaint), so its main-thread part never delays that paint (the bytes wait in the response meanwhile).
function instantiateWasm(imports, done, failed) {
  wasmResponse
    .then((r) => (WebAssembly.instantiateStreaming && /^application\/wasm/.test(r.headers.get('Content-Type') || '')
      ? WebAssembly.instantiateStreaming(r, imports)
      : r.arrayBuffer().then((bytes) => WebAssembly.instantiate(bytes, imports))))
    .then((result) => done(result.instance, result.module), failed);
  return {};
}

// The widget's text in HTML (status, the HTML version) uses the same Lato bytes as the canvas.
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
  integrity: 'Sorry, the careers widget was not started: its files are not the ones this website was set up with. ' +   // [embed-anywhere]
    'Please tell the school\u2019s website team.',
};

function fail(message, detail, { retry = false } = {}) {
  if (window.ometerGuard && window.ometerGuard.refused) return;   // [embed-anywhere] guard.js has said why already
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

async function start() {
  // [embed-anywhere] guard.js runs first in every frame document; a frame without it was not built by us,
  // and once it has refused a file nothing starts.
  if (!window.ometerGuard || window.ometerGuard.refused) {
    fail(MESSAGES.integrity, 'guard.js did not run: refused for its integrity hash, or not downloaded');
    return;
  }
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail(MESSAGES.unsupported, 'WebAssembly is not available');
    return;
  }
  if (typeof createOmeterWidgets !== 'function') {
    fail(MESSAGES.download, 'ometer-widgets.js did not load', { retry: true });
    return;
  }
  statusText.textContent = widget === 'skillsometer' ? 'Loading the quiz\u2026' : 'Loading job data\u2026';
  // Side by side with the wasm's download and compile, once the first screen is on screen: starting the
  // worker costs this thread a few milliseconds the student's first sight of the widget should not wait for.
  afterFirstPaint().then(firstPaintDone);
  const glWarm = firstPaint.then(() => warmGlConnection());
  let fonts;
  try {
    let stop;
    const stopped = new Promise((_, reject) => { stop = reject; });
    [M, fonts] = await Promise.all([
      Promise.race([stopped, createOmeterWidgets({
        instantiateWasm: (imports, done) => instantiateWasm(imports, done, stop),
        onAbort: (what) => stop(new Error(`the widget stopped: ${what}`)),
        onOmeterEvent: (type, json) => onEvent(type, json),
        mirrorWaits,
        print: () => {},
        printErr: (t) => console.warn(`ometer: ${t}`),
      })]),
      fontBytes,
    ]);
  } catch (err) {
    const compile = err instanceof WebAssembly.CompileError || err instanceof WebAssembly.LinkError;
    if (err.name === 'IntegrityError') fail(MESSAGES.integrity, String(err));   // [embed-anywhere]
    else fail(compile ? MESSAGES.unsupported : MESSAGES.download, String(err), { retry: !compile });
    return;
  }
  fonts.forEach((bytes, i) => call.font(i, bytes));
  // The HTML's Lato: now without a first screen; with one, when the widget takes over from it, so that
  // the first screen is laid out once more then, not also now (a new font lays out all its text again).
  if (early.shown) early.fonts = fonts;
  else addFontFaces(fonts);
  call.create(optionLines());
  attachInput();
  layout();
  // With the first screen showing, the canvas stays hidden until the widget is ready and gets its context
  // then, at the height it will have: its frames meanwhile run headless. (A drawing buffer resized after
  // frames were drawn waits for the GPU: 20-70 ms of this thread on a software GPU, measured.)
  let hasGl = null;
  if (!early.shown) {
    await glWarm;   // usually long done; if not, waiting here beats a blocked main thread in attach()
    hasGl = attachCanvas();
  }
  // The fonts in a task of their own; the widget draws its first frame after them (no long task either way).
  await nextTask();
  call.prepare();

  // One file a task, then the work they leave (reading them, the search index) in slices: no long task for
  // a student's typing or scrolling to wait behind.
  const files = call.dataFiles();
  const downloads = files.map(dataFile);
  for (let i = 0; i < files.length; i++) {
    let bytes;
    try {
      bytes = await downloads[i];
    } catch (err) {
      if (err.name === 'IntegrityError') fail(MESSAGES.integrity, String(err));   // [embed-anywhere]
      else fail(MESSAGES.data, String(err), { retry: true });
      return;
    }
    await nextTask();
    if (!call.load(files[i], bytes)) {
      fail(MESSAGES.broken, call.lastError());
      return;
    }
  }
  if (!(await workInSlices())) {
    fail(MESSAGES.broken, call.lastError());
    return;
  }
  if (progress) {
    const saved = progress.get();
    if (saved) call.command(`restore ${saved}`);
  }
  page.ready((line) => call.command(line));   // [embed-anywhere] results=CODE on a stable Skillsometer page
  if (hasGl === null) {
    await settledHeight();
    layout();   // at the height the headless frames found
    await glWarm;
    hasGl = attachCanvas();
    if (hasGl) {
      await nextTask();
      call.prepare();   // the font atlas uploaded, in a task of its own
    }
  }
  app.classList.remove('loading');
  endFirstScreen(hasGl);
  layout();
  reportHeight();
  post('ready', { widget });
  // When the browser is next idle: the code a student's first keystroke runs, compiled then and not in that
  // keystroke (Widget::warm; about 1.7 ms of wasm compiling the first key did here).
  if (window.requestIdleCallback) requestIdleCallback(() => M._ometer_warm(), { timeout: 2000 });
  else setTimeout(() => M._ometer_warm(), 1000);
  // The automation hook: tests and developers read the widget's facts and view-model through it.
  window.ometerDebug = {
    state: () => call.state(),
    vm: () => call.vm(),
    command: (line) => call.command(line),
    framesDrawn: () => call.framesDrawn(),
    framesPresented: () => call.framesPresented(),   // of those, the ones drawn on the canvas
    preparePrint,
    layout: () => { catchUp(); return mirror.rects; },   // the last layout event: {id: [x, y, w, h]} in CSS px on the canvas
    glContext: () => glWatch,   // [embed-anywhere] losses, restores and how long each took
    glWarm: () => glWarm,   // how the GPU connection was warmed (glcontext.js)
    progressKept: () => !!(progress && progress.kept),
  };
}

showFirstScreen();
start();
