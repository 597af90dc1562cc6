// Small DOM helpers shared by the two mirrors (mirror-careerometer.js, mirror-skillsometer.js).

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k === 'text') e.textContent = v;
    else if (k === 'on') Object.entries(v).forEach(([ev, fn]) => e.addEventListener(ev, fn));
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

export function button(label, focusId, ctx, onClick, extra = {}) {
  return el('button', {
    type: 'button', 'data-focus-id': focusId, text: label, ...extra,
    on: { click: onClick, focus: () => ctx.onFocusId(focusId), blur: () => ctx.onFocusId('') },
  });
}

export const fmtCount = (n) => (n === null || n === undefined ? 'not published' : Math.round(n).toLocaleString('en-GB'));
export const figureText = (f, suffix = '') => (f && f.value !== null && f.value !== undefined ? `${f.text || fmtCount(f.value)}${suffix}` : (f && f.note) || 'not published');

