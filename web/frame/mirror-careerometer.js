// The Careerometer's accessible mirror: the search results as a listbox, the cards as a table with real
// buttons to remove or expand them, and the sources.
import { el, button, figureText } from './dom.js';

// The card's headline pay (chosen by core/pay.hpp) on the basis it names.
const PAY_BASIS = { full_time_annual: 'a year (full-time)', all_employees_annual: 'a year', hourly: 'an hour' };
function payText(c, uk) {
  if (c.pay_value === null || c.pay_value === undefined) return 'not published';
  const digits = c.pay_basis === 'hourly' ? 2 : 0;
  const money = new Intl.NumberFormat('en-GB', {
    style: 'currency', currency: uk ? 'GBP' : 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(c.pay_value);
  return `${money} ${PAY_BASIS[c.pay_basis] || ''}`.trim();
}

export function careerometer(state, ctx) {
  const nodes = [el('h2', { text: 'Careerometer' }), el('p', { text: 'Compare pay, hours and prospects for up to three jobs.' })];
  const results = el('ul', { id: 'mirror-results', role: 'listbox', 'aria-label': 'Matching jobs' });
  (state.results || []).forEach((r, i) => {
    const pay = r.pay_annual ? `, about ${Math.round(r.pay_annual).toLocaleString('en-GB')} a year` : '';
    results.append(el('li', {
      id: `mirror-result-${i}`, role: 'option', 'aria-selected': String(state.highlighted === i),
      text: `${r.matched}${r.matched !== r.title ? ` (${r.title})` : ''}${pay}`,
      on: { click: () => ctx.runCommand(`choose ${i}`) },
    }));
  });
  if (state.dropdown_open) nodes.push(results);
  else nodes.push(el('ul', { id: 'mirror-results', role: 'listbox', 'aria-label': 'Matching jobs', hidden: true }));

  const cards = state.cards || [];
  const filled = cards.filter(Boolean);
  if (filled.length) {
    const uk = state.region === 'uk';
    const rows = [
      ['Pay', (c) => payText(c, uk)],
      ...(uk ? [['Typical hours a week', (c) => figureText(c.hours_weekly)]] : []),
      ['Compared with the average', (c) => (c.pay_vs_average ? `${Math.round((c.pay_vs_average - 1) * 100)}% ${c.pay_vs_average >= 1 ? 'more' : 'less'} pay` : 'not published')],
      [uk ? 'Jobs in the UK' : 'Jobs in the US', (c) => figureText(c.jobs)],
      ['Trend', (c) => (c.growth_pct && c.growth_pct.value !== null ? `${c.growth_pct.value > 0 ? '+' : ''}${c.growth_pct.value.toFixed(0)}% (${c.growth_label})` : 'not published')],
      ['Training', (c) => (uk ? (c.skill_level ? `skill level ${c.skill_level} of 4` : 'not published') : (c.job_zone ? `Job Zone ${c.job_zone} of 5` : 'not published'))],
      ['Suits people who like', (c) => (c.top_interests || []).map((t) => t.words).join('; ')],
    ];
    const table = el('table', {},
      el('caption', { text: 'Your chosen jobs side by side' }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Figure' }), filled.map((c) => el('th', { scope: 'col', text: c.title + (c.highest_paid ? ' (highest pay)' : '') })))),
      el('tbody', {}, rows.map(([label, fn]) => el('tr', {}, el('th', { scope: 'row', text: label }), filled.map((c) => el('td', { text: fn(c) }))))));
    nodes.push(table);
  }
  cards.forEach((c, i) => {
    if (!c) {
      nodes.push(button(`Add a job to card ${i + 1}`, `slot-${i}-add`, ctx, () => ctx.focusInput()));
      return;
    }
    nodes.push(el('h3', { text: c.title }));
    nodes.push(button(`Remove ${c.title}`, `card-${i}-remove`, ctx, () => ctx.runCommand(`remove ${i}`)));
    nodes.push(button(`More about ${c.title}`, `card-${i}-details`, ctx, () => ctx.runCommand(`details ${i}`), { 'aria-expanded': String(!!c.details_open) }));
    if (c.details_open) {
      nodes.push(el('p', { text: c.description }));
      if (c.tasks && c.tasks.length) nodes.push(el('ul', {}, c.tasks.slice(0, 6).map((t) => el('li', { text: t }))));
      if (c.entry_routes) nodes.push(el('p', { text: `How to get in: ${c.entry_routes}` }));
    }
  });
  nodes.push(button('About the data', 'about', ctx, () => ctx.runCommand('about'), { 'aria-expanded': String(!!state.about_open) }));
  nodes.push(el('ul', { class: 'muted', 'aria-label': 'Sources' }, (state.sources || []).map((s) => el('li', { text: `${s.name}. ${s.credit}` }))));
  return nodes;
}

export function careerometerAnnouncement(prev, state) {
  const cards = (state.cards || []).filter(Boolean);
  const before = prev && prev.cards ? prev.cards.filter(Boolean) : [];
  if (cards.length > before.length) return `${cards[cards.length - 1].title} added. ${cards.length} of 3 cards filled.`;
  if (cards.length < before.length) return `Card removed. ${cards.length} of 3 cards filled.`;
  if (state.query && (!prev || prev.query !== state.query)) {
    const n = (state.results || []).length;
    return n ? `${n} matching job${n === 1 ? '' : 's'}. First: ${state.results[0].matched}.` : 'No matching jobs.';
  }
  return '';
}
