// The stable widget pages (ometer/v1/careerometer.html, ometer/v1/skillsometer.html): the frame document
// with its widget named on <html data-widget>, for schools that can only embed a URL. Options come from
// the query string, checked by the same rules as the loader's data attributes (options.js). Opened
// without the loader, the page fills whatever frame the school gave it (the widget scrolls inside when
// taller), tells no one its height, and keeps the two widgets working together in the one frame: the
// Skillsometer's "Compare these" opens the Careerometer here, whose "Back to your quiz results" comes back
// to the results through their code. When the loader asks for a page (its id and origin in the
// fragment), the page behaves exactly like the loader's own frame.
import { readOptions } from './options.js';

// Options only the frame reads: the loader's instance id and origin, the quiz's storage slot, the page
// name for printing.
const FRAME_KEYS = ['id', 'origin', 'slot', 'page'];
// Options the comparison carries over from the quiz page, so it looks the same.
const SHARED = ['region', 'theme', 'accent', 'font-scale', 'lang'];
const RESULTS_CODE = /^SK1-[0-9A-Z-]{4,80}$/i;

function find(node, id) {
  if (!node) return null;
  if (node.id === id) return node;
  for (const child of node.children || []) {
    const hit = find(child, id);
    if (hit) return hit;
  }
  return null;
}

// This frame's place among its parent's frames ("f-2"), the same after a reload of the parent page: two
// Skillsometer pages in one school page keep their progress apart. Empty when opened on its own.
function frameSlot() {
  try {
    if (window.parent === window) return '';
    for (let i = 0; i < window.parent.frames.length; i++) if (window.parent.frames[i] === window) return `f-${i + 1}`;
  } catch { /* a parent that hides its frames: one slot for all */ }
  return '';
}

// The way back from the comparison: the Skillsometer page next to this one, and nothing else (the
// address arrives in the query string, so it must never send a student somewhere else).
function backAddress(value) {
  if (!value) return null;
  try {
    const url = new URL(value, location.href);
    const here = new URL('skillsometer.html', location.href);
    return url.origin === here.origin && url.pathname === here.pathname ? url.href : null;
  } catch {
    return null;
  }
}

// raw: the frame's URL parameters. Returns the checked parameters, whether the page fills its frame on its
// own (standalone), and the hooks frame.js calls.
export function stablePage(raw) {
  const widget = document.documentElement.dataset.widget;
  if (widget !== 'careerometer' && widget !== 'skillsometer') {
    // The loader's frame.html: nothing of the above applies.
    return { params: raw, standalone: false, viewportHeight: () => 0, ready() {}, compare: () => false, navigate() {} };
  }
  const asked = raw.has('id') && raw.has('origin');   // embed.js made this frame: it checked the options
  const params = new URLSearchParams();
  params.set('widget', widget);
  const warn = (message) => console.warn(`Ometer: ${message}`);
  for (const [name, value] of readOptions((name) => raw.get(name), widget, '', asked ? () => {} : warn)) {
    if (name !== 'height' || asked) params.set(name, value);
  }
  for (const key of FRAME_KEYS) if (raw.has(key)) params.set(key, raw.get(key).slice(0, 200));
  const back = widget === 'careerometer' ? backAddress(raw.get('return')) : null;
  if (back) params.set('back', '1');
  else if (raw.has('return') || raw.has('back')) warn('return= must be the address of the Skillsometer page next to this one; no way back is shown.');
  const results = widget === 'skillsometer' ? (raw.get('results') || '').trim() : '';
  if (results && !RESULTS_CODE.test(results)) warn(`results="${results.slice(0, 40)}" is not a quiz results code (like SK1-…); ignored.`);
  if (!asked && !params.has('slot')) {
    const slot = frameSlot();
    if (slot) params.set('slot', slot);
  }

  const standalone = !asked;
  return {
    params,
    standalone,
    // The height the widget draws at when it fills its frame.
    viewportHeight: () => Math.max(120, Math.floor(document.documentElement.clientHeight || window.innerHeight || 0)),

    // Once the widget has its data: reopen the quiz results a student came back to.
    ready(command) {
      if (results && RESULTS_CODE.test(results)) command(`code ${results.toUpperCase()}`);
    },

    // "Compare these" with no loader to take the jobs: the Careerometer page opens in this frame, with a
    // way back to these results (their code, which holds the answers). Returns false when the page has a
    // loader to tell instead.
    compare(codes, tree) {
      if (!standalone || widget !== 'skillsometer' || !Array.isArray(codes) || !codes.length) return false;
      const to = new URL('careerometer.html', location.href);
      const keep = find(tree, 'keep-code');
      to.search = '';
      for (const key of SHARED) if (params.has(key)) to.searchParams.set(key, params.get(key));
      to.searchParams.set('occupations', codes.slice(0, 3).join(','));
      if (keep && keep.text) {
        const again = new URLSearchParams();
        for (const key of SHARED) if (params.has(key)) again.set(key, params.get(key));
        again.set('results', keep.text);
        to.searchParams.set('return', `skillsometer.html?${again}`);
      }
      location.assign(to.href);
      return true;
    },

    // The Careerometer's "Back to your quiz results".
    navigate(where) {
      if (where === 'back' && back) location.assign(back);
    },
  };
}
