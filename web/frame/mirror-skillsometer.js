// The Skillsometer's accessible mirror: the welcome text, the current statement with real answer buttons,
// then the results as headings and lists with the level filter, compare ticks and job details.
import { el, button } from './dom.js';

const TYPES = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'];
const LABELS3 = ['Dislike', 'Not sure', 'Love it'];
const LABELS5 = ['Strongly dislike', 'Dislike', 'Not sure', 'Like', 'Strongly like'];

function facts(m) {
  const pay = m.pay_text ? `${m.pay_text} a year` : m.pay_weekly_text ? `${m.pay_weekly_text} a week` : 'Pay not published';
  const h = m.hours_weekly_median;
  const hours = typeof h === 'number' ? `, ${Math.round(h * 10) / 10} hours a week${h <= 30 ? ', often part-time' : ''}` : '';
  return `${pay}${hours}`;
}

function welcome(state, ctx) {
  const nodes = [
    el('h3', { text: 'What kind of work would you enjoy?' }),
    el('p', { text: `You will see statements about work activities. Pick how you feel about each one: dislike, not sure, or love it. Then you will get jobs linked to what you enjoy most, with ${state.region === 'uk' ? 'pay and hours' : 'pay'}.` }),
    el('ol', {}, [
      'Read each activity. You don\u2019t need to know how to do it.',
      'Pick a face: would you dislike it, are you not sure, or would you love it?',
      'See your interests and about ten jobs that match them, with what they pay.',
    ].map((t) => el('li', { text: t }))),
    el('p', { text: `${state.total} statements. There are no right or wrong answers. Your answers stay on this device.` }),
  ];
  if (state.answered) {
    nodes.push(button(`Carry on (${state.answered} of ${state.total} done)`, 'start', ctx, () => ctx.runCommand('start'), { class: 'primary' }));
    nodes.push(button('Start over', 'restart', ctx, () => ctx.runCommand('restart')));
  } else {
    nodes.push(button('Start the quiz', 'start', ctx, () => ctx.runCommand('start'), { class: 'primary' }));
  }
  return nodes;
}

function question(state, ctx) {
  const labels = state.scale === 5 ? LABELS5 : LABELS3;
  return [
    el('p', {}, el('progress', { max: state.total, value: state.current, 'aria-label': 'Progress' }), ` Statement ${state.current + 1} of ${state.total}`),
    el('p', { text: 'How would you feel about doing this?' }),
    el('p', { id: 'mirror-statement' }, el('strong', { text: state.statement.text })),
    el('div', { role: 'group', 'aria-labelledby': 'mirror-statement' },
      labels.map((l, i) => button(l, `answer-${i}`, ctx, () => ctx.runCommand(`answer ${i}`), {
        'aria-pressed': String(state.choice === i), 'aria-keyshortcuts': String(i + 1),
      }))),
    button('Back', 'back', ctx, () => ctx.runCommand('back'), { 'aria-keyshortcuts': 'Backspace' }),
  ];
}

function results(state, ctx) {
  const r = state.results;
  const nodes = [el('h3', { text: 'Your interest profile' })];
  if (r.message && !(r.matches.length === 0 && r.max_level !== null)) nodes.push(el('p', { text: r.message }));
  nodes.push(el('ul', { 'aria-label': 'Your scores' }, ['R', 'I', 'A', 'S', 'E', 'C'].map((k, i) => el('li', {
    text: `${TYPES[i]}: ${r.profile[k]} out of ${r.profile_max[k]}`,
  }))));
  if ((r.top_types || []).length) {
    nodes.push(el('h4', { text: 'Your top interests' }));
    nodes.push(el('ul', {}, r.top_types.map((t) => el('li', {}, el('strong', { text: `${t.type} (${t.nickname}): ` }), t.description))));
  }
  if (r.flat) nodes.push(button('Try the quiz again', 'restart', ctx, () => ctx.runCommand('restart')));

  nodes.push(el('h3', { text: r.fallback ? 'Jobs to start exploring' : 'Jobs that match your interests' }));
  const levels = r.levels || [];
  const shown = r.max_level === null ? r.level_count : r.max_level;
  nodes.push(el('div', { role: 'group', 'aria-label': 'How far do you want to study?' },
    levels.map((l) => button(l.label, `level-${l.level}`, ctx, () => ctx.runCommand(`level ${l.level === r.level_count ? 0 : l.level}`),
      { 'aria-pressed': String(l.level === shown) }))));
  const meaning = levels.find((l) => l.level === shown);
  if (meaning) nodes.push(el('p', { text: meaning.meaning }));
  if (!r.matches.length && r.message) nodes.push(el('p', { text: r.message }));

  const picks = (r.compare || []).length;
  const compareLabel = picks === 1 ? 'Compare this job in the Careerometer' : `Compare these ${picks} jobs in the Careerometer`;
  if (picks) nodes.push(button(compareLabel, 'compare', ctx, () => ctx.runCommand('compare'), { class: 'primary' }));
  else if (r.matches.length) nodes.push(el('p', { text: 'Tick a job below to compare it.' }));

  nodes.push(el('ol', {}, r.matches.map((m, i) => el('li', {},
    el('strong', { text: m.title }), ` ${m.fit} fit. ${facts(m)}. ${m.reason}. `,
    button(`More about ${m.title}`, `match-${i}`, ctx, () => ctx.runCommand(`match ${i}`), { 'aria-expanded': String(!!m.expanded) }),
    button(`Compare ${m.title}`, `pick-${i}`, ctx, () => ctx.runCommand(`pick ${i}`), {
      'aria-pressed': String(!!m.picked), disabled: !m.picked && picks >= 3,
    }),
    m.expanded ? el('div', {},
      el('p', { text: m.description }),
      (m.tasks || []).length ? el('h4', { text: 'What you would do' }) : null,
      (m.tasks || []).length ? el('ul', {}, m.tasks.slice(0, 5).map((t) => el('li', { text: t.charAt(0).toUpperCase() + t.slice(1) }))) : null,
      m.entry_routes ? el('h4', { text: 'How to get in' }) : null,
      m.entry_routes ? el('p', { text: m.entry_routes }) : null) : null))));
  nodes.push(button('Start again', 'restart', ctx, () => ctx.runCommand('restart')));
  return nodes;
}

export function skillsometer(state, ctx) {
  const nodes = [el('h2', { text: 'Skillsometer' }), el('p', { text: 'Find jobs that match what you enjoy.' })];
  if (state.stage === 'welcome') nodes.push(...welcome(state, ctx));
  else if (state.stage === 'questions' && state.statement) nodes.push(...question(state, ctx));
  else if (state.stage === 'results' && state.results) nodes.push(...results(state, ctx));
  const credits = [...new Set((state.sources || []).map((s) => s.credit))];  // several ONS tables share one credit
  nodes.push(el('ul', { class: 'muted', 'aria-label': 'Sources' }, credits.map((c) => el('li', { text: c }))));
  return nodes;
}

export function skillsometerAnnouncement(prev, state) {
  if (state.stage === 'questions' && state.statement) return `Statement ${state.current + 1} of ${state.total}: ${state.statement.text}`;
  if (state.stage === 'results' && state.results && (!prev || prev.stage !== 'results')) {
    const tops = (state.results.top_types || []).map((t) => t.type).join(', ');
    return `Your results are ready. ${tops ? `Top interests: ${tops}.` : 'Your answers were all the same.'} ${state.results.matches.length} jobs to explore.`;
  }
  if (state.stage === 'results' && prev && prev.stage === 'results' && prev.results && state.results.max_level !== prev.results.max_level)
    return `${state.results.matches.length} jobs at this level.`;
  return '';
}
