// Print or save as PDF: one clean A4 page, black on white, built from the same view-model tree the
// canvas and the mirror show (no canvas screenshot): the Skillsometer's profile as an SVG chart with the
// scores in words, the top interests and the jobs with their fit, pay and level; the Careerometer's cards as
// a table with the same figures and their basis; the date, the data version, the sources and the results
// code at the foot. Every word comes from the tree; this file only lays it out.

const SVG = 'http://www.w3.org/2000/svg';

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== '') e.append(c);
  return e;
}

// The words of a node (a text made of parts reads as one).
function words(n) {
  if (!n) return '';
  if (n.children && n.children.length && n.children.every((c) => c.role === 'part')) return n.children.map((c) => c.text).join(' ');
  return n.text || '';
}

function find(tree, id) {
  if (!tree) return null;
  if (tree.id === id) return tree;
  for (const c of tree.children || []) {
    const f = find(c, id);
    if (f) return f;
  }
  return null;
}

const kids = (n) => (n && n.children) || [];
const byPrefix = (n, prefix) => kids(n).filter((c) => (c.id || '').startsWith(prefix));

// The Holland hexagon for paper: six axes, R at the top, clockwise; the profile filled grey.
function hexagon(scores, names) {
  const size = 220, c = size / 2, r = 70;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('width', '190');
  svg.setAttribute('aria-hidden', 'true');
  const point = (i, k) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 3;
    return [c + Math.cos(a) * r * k, c + Math.sin(a) * r * k];
  };
  const poly = (pts, attrs) => {
    const p = document.createElementNS(SVG, 'polygon');
    p.setAttribute('points', pts.map((q) => q.join(',')).join(' '));
    for (const [k, v] of Object.entries(attrs)) p.setAttribute(k, v);
    svg.append(p);
  };
  for (const k of [1, 0.5]) poly([0, 1, 2, 3, 4, 5].map((i) => point(i, k)), { fill: 'none', stroke: '#999', 'stroke-width': '1' });
  poly(scores.map((v, i) => point(i, Math.max(0.04, v))), { fill: '#bbb', stroke: '#000', 'stroke-width': '2' });
  names.forEach((name, i) => {
    const [x, y] = point(i, 1.28);
    const t = document.createElementNS(SVG, 'text');
    t.setAttribute('x', x.toFixed(1));
    t.setAttribute('y', (y + 4).toFixed(1));
    t.setAttribute('text-anchor', 'middle');
    t.setAttribute('font-size', '11');
    t.textContent = name;
    svg.append(t);
  });
  return svg;
}

function skillsometer(tree, facts) {
  const out = [];
  const profile = find(tree, 'profile');
  const chart = find(tree, 'chart');
  const scores = facts && facts.results ? 'RIASEC'.split('').map((k) => facts.results.profile_normalised[k]) : null;
  const names = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'];
  out.push(el('h2', {}, words(find(tree, 'profile-heading'))));
  const side = el('div', { class: 'print-side' });
  if (scores) side.append(hexagon(scores, names));
  const about = el('div', {});
  if (chart) about.append(el('p', {}, chart.label || ''));
  for (const n of kids(profile)) {
    if (['profile-heading', 'chart'].includes(n.id)) continue;
    if (n.role === 'heading') about.append(el('h3', {}, words(n)));
    else if (n.role === 'text' || n.role === 'status') about.append(el('p', { class: n.id.endsWith('-desc') ? 'small' : '' }, words(n)));
  }
  side.append(about);
  out.push(side);
  out.push(el('h2', {}, words(find(tree, 'jobs-heading'))));
  const showing = find(tree, 'showing');
  if (showing) out.push(el('p', { class: 'small' }, words(showing)));
  const list = el('ol', { class: 'print-jobs' });
  for (const item of kids(find(tree, 'matches'))) {
    const part = (suffix) => words(find(item, `${item.id}-${suffix}`));
    list.append(el('li', {},
      el('strong', {}, part('title')), ` \u2014 ${part('fit')} \u00b7 ${part('pay')}`,
      el('br'), el('span', { class: 'small' }, [part('reason'), part('level')].filter(Boolean).join(' '))));
  }
  out.push(list);
  return out;
}

function careerometer(tree) {
  const cards = kids(find(tree, 'cards')).filter((c) => c.role === 'region');
  if (!cards.length) return [];
  const rows = new Map();  // row label -> per card, the lines of its cell
  const add = (label, i, text) => {
    if (!text) return;
    if (!rows.has(label)) rows.set(label, cards.map(() => []));
    rows.get(label)[i].push(text);
  };
  cards.forEach((card, i) => {
    const pay = words(find(card, `${card.id}-pay-label`));
    for (const suffix of ['value', 'basis', 'note', 'vs', 'range', 'precision', 'origin']) add(pay, i, words(find(card, `${card.id}-pay-${suffix}`)));
    for (const g of kids(card).filter((c) => c.role === 'group' && c.label)) for (const n of kids(g).slice(1)) add(g.label, i, words(n));
    const interests = find(card, `${card.id}-interests-label`);
    if (interests) add(words(interests), i, byPrefix(card, `${card.id}-interest-`).map(words).join('; '));
  });
  const lines = (list) => list.flatMap((t, k) => (k ? [el('br'), t] : [t]));
  const table = el('table', { class: 'print-table' },
    el('thead', {}, el('tr', {}, el('td', {}), cards.map((c) => el('th', { scope: 'col' }, words(find(c, `${c.id}-title`)),
      el('br'), el('span', { class: 'small' }, words(find(c, `${c.id}-code`))))))),
    el('tbody', {}, [...rows].map(([label, cells]) => el('tr', {}, el('th', { scope: 'row' }, label),
      cells.map((list) => el('td', {}, lines(list)))))));
  return [table];
}

// Builds (or rebuilds) the print view in `host`; meta: { page, date }.
export function buildPrint(host, tree, facts, meta) {
  const skills = tree.id === 'skillsometer';
  const body = skills ? skillsometer(tree, facts) : careerometer(tree);
  const code = find(tree, 'keep-code');
  const foot = el('footer', {},
    code ? el('p', {}, `${words(find(tree, 'keep-code-label'))}: `, el('strong', {}, words(code))) : null,
    code ? el('p', { class: 'small' }, words(find(tree, 'keep-note'))) : null,
    el('p', { class: 'small' }, [meta.date, words(find(tree, skills ? 'credit' : 'sources'))].filter(Boolean).join(' \u00b7 ')));
  host.replaceChildren(
    el('header', {}, el('h1', {}, words(find(tree, 'title'))), meta.page ? el('p', { class: 'small' }, meta.page) : null),
    ...body, foot);
}
