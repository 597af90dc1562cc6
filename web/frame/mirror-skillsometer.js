// The Skillsometer's accessible mirror: the current statement with three real answer buttons, then the
// results as lists with the level filter and actions.
import { el, button } from './dom.js';

export function skillsometer(state, ctx) {
  const nodes = [el('h2', { text: 'Skillsometer' })];
  if (state.stage === 'welcome') {
    nodes.push(el('p', { text: 'Discover jobs you might enjoy. Rate each statement: dislike, not sure, or love it. Then see matching jobs with UK pay and hours.' }));
    nodes.push(button(state.answered ? 'Carry on with the quiz' : 'Start the quiz', 'start', ctx, () => ctx.runCommand('start'), { class: 'primary' }));
  } else if (state.stage === 'questions' && state.statement) {
    nodes.push(el('p', { text: `Statement ${state.current + 1} of ${state.total}` }));
    nodes.push(el('p', {}, el('strong', { text: state.statement.text })));
    nodes.push(el('p', { text: 'How would you feel about doing this?' }));
    const labels = state.scale === 5 ? ['Strongly dislike', 'Dislike', 'Not sure', 'Like', 'Strongly like'] : ['Dislike', 'Not sure', 'Love it'];
    nodes.push(el('div', { role: 'group', 'aria-label': 'Your answer' },
      labels.map((l, i) => button(l, `answer-${i}`, ctx, () => ctx.runCommand(`answer ${i}`), { 'aria-pressed': String(state.choice === i) }))));
    nodes.push(button('Back', 'back', ctx, () => ctx.runCommand('back')));
  } else if (state.stage === 'results' && state.results) {
    const r = state.results;
    nodes.push(el('h3', { text: 'Your interest profile' }));
    if (r.message) nodes.push(el('p', { text: r.message }));
    nodes.push(el('ul', {}, ['R', 'I', 'A', 'S', 'E', 'C'].map((k, i) => el('li', {
      text: `${['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'][i]}: ${r.profile[k]} out of ${r.profile_max[k]}`,
    }))));
    (r.top_types || []).forEach((t) => nodes.push(el('p', { text: `${t.type} (${t.nickname}): ${t.description}` })));
    nodes.push(el('h3', { text: 'Jobs that match your interests' }));
    nodes.push(el('div', { role: 'group', 'aria-label': 'How much more study do you want to do?' },
      Array.from({ length: r.level_count + 1 }, (_, level) => button(level ? `Up to level ${level}` : 'Any level', `level-${level}`, ctx,
        () => ctx.runCommand(`level ${level}`), { 'aria-pressed': String(level ? r.max_level === level : r.max_level === null) }))));
    nodes.push(el('ol', {}, r.matches.map((m, i) => el('li', {},
      el('strong', { text: m.title }), ` ${m.fit} fit. ${m.pay_text ? `${m.pay_text} a year` : 'Pay not published'}${m.hours_weekly_median ? `, ${m.hours_weekly_median} hours a week` : ''}. ${m.reason}. `,
      button(`More about ${m.title}`, `match-${i}`, ctx, () => ctx.runCommand(`match ${i}`), { 'aria-expanded': String(!!m.expanded) }),
      m.expanded ? el('p', { text: m.description }) : null))));
    nodes.push(button('Compare these in the Careerometer', 'compare', ctx, () => ctx.runCommand('compare'), { class: 'primary' }));
    nodes.push(button('Start again', 'restart', ctx, () => ctx.runCommand('restart')));
  }
  nodes.push(el('ul', { class: 'muted', 'aria-label': 'Sources' }, (state.sources || []).map((s) => el('li', { text: s.credit }))));
  return nodes;
}

export function skillsometerAnnouncement(prev, state) {
  if (state.stage === 'questions' && state.statement) return `Statement ${state.current + 1} of ${state.total}: ${state.statement.text}`;
  if (state.stage === 'results' && state.results && (!prev || prev.stage !== 'results'))
    return `Your results are ready. Top interests: ${(state.results.top_types || []).map((t) => t.type).join(', ') || 'none yet'}. ${state.results.matches.length} matching jobs.`;
  return '';
}
