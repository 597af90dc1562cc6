// The accessible mirror: the widget's view-model tree (the same nodes the canvas draws, built in C++) as
// real HTML. Screen readers read it; keyboard users tab through its real buttons, each placed exactly over
// the control the canvas draws, so focus rings, scrolling into view and screen magnifiers land in the right
// place. Without WebGL2 (or before the canvas is ready) the same HTML is shown as the widget itself.
// Updates are applied by id (a diff), never by rebuilding, so focus and the reading position stay put.
// There are no words in this file: every label comes from the tree.

const TAGS = {
  group: 'div', region: 'section', heading: 'h', text: 'p', part: 'span', list: 'ul', item: 'li', button: 'button',
  toggle: 'button', checkbox: 'button', disclosure: 'button', listbox: 'ul', option: 'li', image: 'div', status: 'p',
  alert: 'p', input: 'input',
};
// Leaves that sit over their canvas rectangle; containers stay in the flow (so nothing nests positions).
const PLACED = new Set(['heading', 'text', 'button', 'toggle', 'checkbox', 'disclosure', 'option', 'image', 'status', 'alert',
  'input']);
const ACTIVATE = new Set(['button', 'toggle', 'checkbox', 'disclosure', 'option']);

const tagOf = (n) => (n.role === 'heading' ? `h${Math.min(6, Math.max(2, n.level || 3))}` : TAGS[n.role] || 'div');
export const elementId = (id) => `m-${id}`;

export class Mirror {
  // ctx: { command(line), onFocusId(id or ''), focusInput(), searchBox (the page's own search input, if any) }
  constructor(root, ctx) {
    this.root = root;
    this.ctx = ctx;
    this.rects = {};
    this.overlay = false;
    this.tree = null;   // as last rendered
    this.mode = 0;      // counts changes of overlay: a node rendered in the other mode is rendered again
    this.descById = new Map();   // description elements by node id
    this.descs = document.createElement('div');
    this.descs.className = 'visually-hidden';
    this.descs.setAttribute('aria-hidden', 'true');
    root.after(this.descs);
  }

  // Over the canvas (true) or shown as the widget itself (false), rendering `tree` (or else the last one)
  // for that mode.
  setOverlay(on, tree = null) {
    if (on !== this.overlay) this.mode += 1;
    this.overlay = on;
    this.root.classList.toggle('overlay', on);
    if (tree || this.tree) this.render(tree || this.tree);
    else this.place(this.rects);
  }

  render(tree) {
    if (!tree) return;
    this.tree = tree;
    this.sync(this.root, tree.children || []);
    this.place(this.rects);
  }

  // Creates or updates the children of `parent` to match `nodes`, reusing elements by id. An element that
  // stays is never moved past one that goes (those are skipped, then removed): moving an element takes
  // the keyboard focus out of it, so a student's focus on a button would drop to the page when something
  // before it (a closed drop-down) went.
  sync(parent, nodes) {
    const existing = new Map();
    for (const el of parent.children) if (el.dataset.id) existing.set(el.dataset.id, el);
    const wanted = new Set(nodes.map((n) => n.id));
    const goes = (el) => el && el.dataset.id && !wanted.has(el.dataset.id);
    let at = parent.firstElementChild;
    for (const n of nodes) {
      while (goes(at)) at = at.nextElementSibling;
      if (n.role === 'input' && n.id === 'search') {
        // The Careerometer's search box is the page's own input, moved to its place in the reading order
        // (so Tab reaches it after the title and "About the data", as the canvas shows them).
        const box = this.ctx.searchBox;
        if (!box) continue;
        if (box !== at) parent.insertBefore(box, at);
        else at = at.nextElementSibling;
        continue;
      }
      let el = existing.get(n.id);
      existing.delete(n.id);
      if (el && el.tagName.toLowerCase() !== tagOf(n)) {   // a node that changed kind is made again
        if (el === at) at = at.nextElementSibling;
        el.remove();
        el = null;
      }
      if (!el) el = this.create(n);
      this.update(el, n);
      if (el !== at) parent.insertBefore(el, at);
      else at = at.nextElementSibling;
    }
    for (const el of existing.values()) el.remove();
    // Anything left after the last kept child (elements without an id) goes too.
    while (at) {
      const next = at.nextElementSibling;
      if (!at.dataset.id || !nodes.some((n) => n.id === at.dataset.id)) at.remove();
      at = next;
    }
  }

  create(n) {
    const el = document.createElement(tagOf(n));
    el.dataset.id = n.id;
    el.id = elementId(n.id);
    if (el.tagName === 'BUTTON') el.type = 'button';
    if (n.role === 'input') {
      // A real text field the canvas draws a box for: typing, pasting, phone keyboards and IME just work.
      Object.assign(el, { type: 'text', autocomplete: 'off', spellcheck: false, className: 'field' });
      el.setAttribute('autocapitalize', 'characters');
      el.setAttribute('enterkeyhint', 'go');
      el.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        this.submit(n.id);
      });
    }
    if (ACTIVATE.has(n.role)) {
      el.addEventListener('click', (e) => {
        e.preventDefault();
        if (el.getAttribute('aria-disabled') === 'true') return;
        if (el.dataset.command) this.ctx.command(el.dataset.command);
        // An option belongs to the search box (its combobox): focus goes back there, not to the page, once
        // the chosen row has gone.
        if (el.getAttribute('role') === 'option') this.ctx.focusInput();
      });
    }
    if (ACTIVATE.has(n.role) || n.focusable || n.role === 'input') {
      el.addEventListener('focus', () => this.ctx.onFocusId(el.dataset.id));
      el.addEventListener('blur', () => this.ctx.onFocusId(''));
    }
    return el;
  }

  update(el, n) {
    // A node the same as when its element was last brought up to date, children and all, needs nothing:
    // typing into the search box changes the drop-down's rows, not the hundred nodes around them.
    if (el.ometerNode && el.ometerMode === this.mode && sameNode(el.ometerNode, n)) return;
    el.ometerNode = n;
    el.ometerMode = this.mode;
    const set = (name, value) => {
      if (value === undefined || value === null || value === false) el.removeAttribute(name);
      else if (el.getAttribute(name) !== String(value)) el.setAttribute(name, String(value));
    };
    const leafText = !(n.children && n.children.length);
    const parts = !leafText && n.children.every((c) => c.role === 'part');
    // Over the canvas a text made of parts (a drop-down row: title, group, pay) is one text, read the same
    // as the parts one after another: each part its own element was four times the elements for the page to
    // make, style and lay out when the rows change, unseen. Shown as the widget, the parts stay elements,
    // spaced by the style sheet.
    const flat = parts && this.overlay;
    if (!leafText && !!el.ometerFlat !== flat) el.textContent = '';   // one text <-> elements: start empty
    el.ometerFlat = flat;
    const text = leafText ? n.text || '' : flat ? n.children.map((c) => c.text || '').join(' ') : null;
    if (text !== null && n.role !== 'input' && el.textContent !== text) el.textContent = text;
    if (n.role === 'input') set('placeholder', n.desc || null);
    if (el.dataset.command !== (n.command || '')) el.dataset.command = n.command || '';
    // Roles and states.
    const role = { region: null, listbox: 'listbox', option: 'option', image: 'img', status: 'status', alert: 'alert',
      checkbox: 'checkbox', group: n.label ? 'group' : null }[n.role];
    set('role', role);
    set('aria-label', n.label || (n.role === 'region' ? n.text : null));
    set('aria-pressed', n.role === 'toggle' ? String(!!n.on) : null);
    set('aria-checked', n.role === 'checkbox' ? String(!!n.on) : null);
    set('aria-expanded', n.role === 'disclosure' ? String(!!n.on) : null);
    set('aria-controls', n.role === 'disclosure' && n.on && n.controls ? elementId(n.controls) : null);
    set('aria-selected', n.role === 'option' ? String(!!n.on) : null);
    set('aria-disabled', n.disabled ? 'true' : null);
    set('aria-keyshortcuts', n.keys || null);
    set('tabindex', n.focusable ? '-1' : n.role === 'option' ? '-1' : null);
    // A description lives in a hidden element of its own, so it is read after the name.
    let desc = this.descById.get(n.id);
    if (n.desc) {
      if (!desc) {
        desc = document.createElement('span');
        desc.id = `${elementId(n.id)}-desc`;
        this.descs.append(desc);
        this.descById.set(n.id, desc);
      }
      if (desc.textContent !== n.desc) desc.textContent = n.desc;
      set('aria-describedby', desc.id);
    } else {
      if (desc) {
        desc.remove();
        this.descById.delete(n.id);
      }
      set('aria-describedby', null);
    }
    if (!leafText && !flat) {
      this.sync(el, n.children);
      if (parts) spaceParts(el);
    }
  }

  // Positions each placed leaf over its canvas rectangle (CSS px), or returns everything to the flow.
  place(rects) {
    this.rects = rects || {};
    for (const el of this.root.querySelectorAll('[data-id]')) {
      const r = this.overlay ? this.rects[el.dataset.id] : null;
      const role = el.getAttribute('role');
      const placed = r && PLACED.has(roleOf(el, role)) && !el.parentElement.closest('.placed');
      el.classList.toggle('placed', !!placed);
      if (!placed) {
        if (el.style.left) el.style.cssText = '';
        continue;
      }
      // Through the CSSOM: the frame's Content-Security-Policy forbids style attributes.
      const [left, top, width, height] = [`${r[0]}px`, `${r[1]}px`, `${Math.max(1, r[2])}px`, `${Math.max(1, r[3])}px`];
      const st = el.style;
      if (st.left !== left || st.top !== top || st.width !== width || st.height !== height) Object.assign(st, { left, top, width, height });
    }
  }

  // Sends a field's text with its node's command ("code SK1-...").
  submit(id) {
    const el = this.root.querySelector(`[data-id="${CSS.escape(id)}"]`);
    if (el && el.dataset.command) this.ctx.command(`${el.dataset.command} ${el.value.trim().slice(0, 200)}`);
  }

  // Focuses the element of node `id` ('search': the search box); false while the mirror has no such element.
  focus(id) {
    if (id === 'search') {
      this.ctx.focusInput();
      return true;
    }
    const el = this.root.querySelector(`[data-id="${CSS.escape(id)}"]`);
    if (el) el.focus();
    return !!el;
  }

  focusedId() {
    const a = document.activeElement;
    return a && this.root.contains(a) ? a.dataset.id : null;
  }
}

// Whether two nodes of the tree (parsed from the widget's JSON, so plain objects, arrays and strings) are
// the same, children included.
function sameNode(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (!sameNode(a[k], b[k])) return false;
  return true;
}

// The parts of a text read as words: one space between them ("£38,800 a year", not "£38,800a year").
// Changes the DOM only when a part came or went.
function spaceParts(el) {
  const nodes = [...el.childNodes];
  const spaced = nodes.every((c, i) => (i % 2 ? c.nodeType === Node.TEXT_NODE && c.data === ' ' : c.nodeType === Node.ELEMENT_NODE));
  if (spaced && nodes.length % 2) return;
  for (const child of nodes) if (child.nodeType === Node.TEXT_NODE) child.remove();
  for (const part of [...el.children].slice(1)) el.insertBefore(document.createTextNode(' '), part);
}

// The tree's role of an element, from its tag and ARIA role.
function roleOf(el, role) {
  if (role === 'option' || role === 'img' || role === 'status' || role === 'alert' || role === 'checkbox') {
    return { img: 'image', option: 'option', status: 'status', alert: 'alert', checkbox: 'checkbox' }[role];
  }
  const tag = el.tagName.toLowerCase();
  if (tag === 'button') return 'button';
  if (tag === 'input') return 'input';
  if (/^h\d$/.test(tag)) return 'heading';
  if (tag === 'p') return 'text';
  return 'container';
}
