// The widgets' embed options and how each is checked: one table for the loader's data attributes
// (web/embed/embed.js includes this file when it is served or built) and for the query string of the
// stable widget pages (web/frame/standalone.js). Plain ES5 apart from the export lines, which the
// loader's build removes: the loader runs in old browsers and under a strict CSP.

export var WIDGETS = {
  careerometer: { title: 'Careerometer: compare jobs, pay and hours', height: 560 },
  skillsometer: { title: 'Skillsometer: careers interest quiz', height: 520 }
};

function inRange(lo, hi, integer) {
  return function (v) {
    var s = v.replace(/px$/, '');
    if (!/^\d+(\.\d+)?$/.test(s)) return null;
    var n = Number(s);
    if (integer && Math.floor(n) !== n) return null;
    return n >= lo && n <= hi ? String(n) : null;
  };
}
function oneOf(values) {
  return function (v) { return values.indexOf(v.toLowerCase()) >= 0 ? v.toLowerCase() : null; };
}
function occupationCodes(v) {
  var codes = v.split(',').map(function (c) { return c.trim(); }).filter(Boolean);
  if (!codes.length || codes.length > 3) return null;
  for (var i = 0; i < codes.length; i++) {
    if (!/^(\d{4}|\d{2}-\d{4}\.\d{2})$/.test(codes[i])) return null;
  }
  return codes.join(',');
}

// Each option: how to check it, what the widget does without it, and which widget it is for.
export var OPTIONS = [
  { name: 'region', check: oneOf(['uk', 'us']), allowed: 'uk or us', fallback: 'uk' },
  { name: 'theme', check: oneOf(['light', 'dark', 'high-contrast']), allowed: 'light, dark or high-contrast', fallback: 'light' },
  { name: 'accent', check: function (v) { return /^#[0-9a-f]{6}$/i.test(v) ? v.toLowerCase() : null; },
    allowed: 'a colour like #1d4ed8', fallback: "the theme's own colour" },
  { name: 'font-scale', check: inRange(0.8, 1.6, false), allowed: 'a number from 0.8 to 1.6', fallback: '1' },
  { name: 'height', check: inRange(240, 4000, true), allowed: 'a whole number of pixels from 240 to 4000',
    fallback: 'automatic height' },
  { name: 'lang', check: function (v) { return /^en-gb$/i.test(v) ? 'en-GB' : null; }, allowed: 'en-GB', fallback: 'en-GB' },
  { name: 'occupations', only: 'careerometer', check: occupationCodes,
    allowed: 'one to three job codes separated by commas, like 5241,2231', fallback: 'no jobs shown at first' },
  { name: 'form', only: 'skillsometer', check: oneOf(['30', '60']), allowed: '30 or 60', fallback: '30' },
  { name: 'scale', only: 'skillsometer', check: oneOf(['3', '5']), allowed: '3 or 5', fallback: '3' }
];

// Reads the options through get(name) (a data attribute, a query parameter; null when absent), as
// [name, value] pairs. Invalid ones are reported through warn(message) and left out, so the widget uses
// its default for them; `prefix` names them as the school wrote them ("data-" for attributes).
export function readOptions(get, widget, prefix, warn) {
  var out = [];
  for (var i = 0; i < OPTIONS.length; i++) {
    var o = OPTIONS[i];
    var raw = get(o.name);
    if (raw === null || raw === undefined) continue;
    var value = String(raw).trim();
    if (o.only && o.only !== widget) {
      warn(prefix + o.name + ' is an option of the ' + o.only + ' only; ignored on the ' + widget + '.');
      continue;
    }
    var ok = value === '' ? null : o.check(value);
    if (ok === null) {
      warn(prefix + o.name + '="' + String(raw).slice(0, 60) + '" is not valid (use ' + o.allowed + '); using the default: ' +
        o.fallback + '.');
      continue;
    }
    out.push([o.name, ok]);
  }
  return out;
}
