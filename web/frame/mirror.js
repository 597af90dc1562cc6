// The accessible mirror: an HTML version of what the canvas shows, rebuilt from the widget's state. Screen
// readers read it; keyboard users tab through its real buttons (the canvas draws a focus ring for the
// element in focus); without WebGL2 it is shown as the widget itself.
import { careerometer, careerometerAnnouncement } from './mirror-careerometer.js';
import { skillsometer, skillsometerAnnouncement } from './mirror-skillsometer.js';

// Rebuilds the mirror, keeping keyboard focus on the element with the same focus id.
export function renderMirror(container, state, ctx) {
  if (!state || !state.ready) return;
  const focused = document.activeElement && container.contains(document.activeElement) ? document.activeElement.getAttribute('data-focus-id') : null;
  const nodes = state.widget === 'skillsometer' ? skillsometer(state, ctx) : careerometer(state, ctx);
  container.replaceChildren(...nodes);
  if (focused) {
    const again = container.querySelector(`[data-focus-id="${CSS.escape(focused)}"]`);
    if (again) again.focus({ preventScroll: true });
  }
}

let previous = null;
// A short polite announcement of what changed, for screen-reader users.
export function announcement(state) {
  const prev = previous;
  previous = state;
  if (!state || !state.ready) return '';
  return state.widget === 'skillsometer' ? skillsometerAnnouncement(prev, state) : careerometerAnnouncement(prev, state);
}
