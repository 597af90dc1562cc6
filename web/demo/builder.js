// The embed builder (builder.html): turns the careers leader's choices into the code for their website and
// shows it live. The options are checked by the widgets' own rules (options.js, the loader's and the stable
// pages'), so the builder never offers code that a widget would warn about. The snippets are exactly the
// README's (tests/e2e/builder.test.mjs compares them).
import { OPTIONS, WIDGETS } from './options.js';

// Heights to suggest for a frame the school sizes itself: the widget at rest fits, and it scrolls inside
// when a student opens more (three jobs with their details, a long list of quiz matches).
export const SUGGESTED_HEIGHT = { careerometer: 720, skillsometer: 640 };
// The options a school sets here, in the order the snippets write them.
const CHOSEN = ['region', 'theme', 'accent', 'font-scale', 'occupations', 'form', 'scale'];

const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const copied = document.getElementById('copied');
const host = location.origin;

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// The chosen, valid options as [name, value] pairs; invalid text fields are named in their error line.
function chosenOptions(widget) {
  const out = [];
  for (const name of CHOSEN) {
    const rule = OPTIONS.find((o) => o.name === name);
    const field = form.elements[name];
    const raw = field.value.trim();
    const error = document.getElementById(`${name}-error`);
    if (error) error.textContent = '';
    if (!raw || (rule.only && rule.only !== widget)) continue;
    const value = rule.check(raw);
    if (value === null) {
      if (error) error.textContent = `Not used: use ${rule.allowed}.`;
      continue;
    }
    out.push([name, value]);
  }
  return out;
}

export function scriptSnippet(origin, widget, options) {
  const attrs = options.map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`).join('');
  return `<script src="${origin}/ometer/v1/embed.js" data-widget="${widget}"${attrs} async></script>`;
}

export function pageAddress(origin, widget, options) {
  const query = options.map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/%2C/g, ',')}`).join('&');
  return `${origin}/ometer/v1/${widget}.html${query ? `?${query}` : ''}`;
}

export function iframeSnippet(address, widget, height) {
  return `<iframe src="${escapeHtml(address)}" title="${WIDGETS[widget].title}" width="100%" height="${height}" ` +
    'style="border:0" allow="clipboard-write" loading="lazy"></iframe>';
}

let shown = '';
function update() {
  copied.textContent = '';
  const widget = form.elements.widget.value;
  const kind = form.elements.kind.value;
  for (const el of document.querySelectorAll('.only-careerometer')) el.hidden = widget !== 'careerometer';
  for (const el of document.querySelectorAll('.only-skillsometer')) el.hidden = widget !== 'skillsometer';
  for (const el of document.querySelectorAll('.only-script')) el.hidden = kind !== 'script';
  for (const el of document.querySelectorAll('.only-iframe')) el.hidden = kind !== 'iframe';

  const heightField = form.elements['frame-height'];
  if (!heightField.value || heightField.dataset.widget !== widget) {
    heightField.value = String(SUGGESTED_HEIGHT[widget]);
    heightField.dataset.widget = widget;
  }
  const height = Math.min(4000, Math.max(240, Math.round(Number(heightField.value)) || SUGGESTED_HEIGHT[widget]));
  const options = chosenOptions(widget);
  const address = pageAddress(host, widget, options);
  document.getElementById('snippet-script').textContent = scriptSnippet(host, widget, options);
  document.getElementById('snippet-iframe').textContent = iframeSnippet(address, widget, height);
  document.getElementById('snippet-url').textContent = address;
  document.getElementById('suggested-height').textContent = String(height);

  // The preview is rebuilt only when what it shows changed (not for every key typed).
  const key = JSON.stringify([widget, kind, options, kind === 'iframe' ? height : 0]);
  if (key === shown) return;
  shown = key;
  preview.replaceChildren();
  if (kind === 'script') {
    const container = document.createElement('div');
    container.setAttribute('data-ometer', widget);
    for (const [name, value] of options) container.setAttribute(`data-${name}`, value);
    preview.append(container);
    if (window.Ometer) window.Ometer.load(container);   // otherwise the loader finds it when it runs
  } else {
    const frame = document.createElement('iframe');
    Object.assign(frame, { src: address, title: WIDGETS[widget].title, className: 'preview-frame' });
    frame.setAttribute('height', String(height));
    frame.setAttribute('width', '100%');
    frame.setAttribute('allow', 'clipboard-write');
    preview.append(frame);
  }
}

let typing = 0;
form.addEventListener('input', (e) => {
  clearTimeout(typing);
  if (e.target.type === 'text' || e.target.type === 'number') typing = setTimeout(update, 400);
  else update();
});
form.addEventListener('submit', (e) => e.preventDefault());

// Copy: the clipboard where the browser allows it, else the code selected for Ctrl+C.
for (const button of document.querySelectorAll('button.copy')) {
  button.addEventListener('click', async () => {
    const code = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(code.textContent);
      copied.textContent = 'Copied. Now paste it into your website.';
    } catch {
      getSelection().selectAllChildren(code);
      copied.textContent = 'Selected: press Ctrl+C (or Cmd+C on a Mac) to copy.';
    }
  });
}

update();
