// The two documents browsers get that are not source files as they stand, for tools/serve.mjs (development)
// and tools/dist.mjs (dist/): the embed loader, web/embed/embed.js with the option rules of
// web/frame/options.js put in place of its "@include options.js" line (the stable widget pages import that
// module itself, so data attributes and query strings are checked by the very same code); and the stable
// widget pages, careerometer.html and skillsometer.html, which are the frame document naming its widget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKER = /^[ \t]*\/\* @include options\.js \*\/[ \t]*$/m;

export function loaderSource(root) {
  const loader = readFileSync(join(root, 'web/embed/embed.js'), 'utf8');
  if (!MARKER.test(loader)) throw new Error('web/embed/embed.js: the "/* @include options.js */" line is missing');
  const options = readFileSync(join(root, 'web/frame/options.js'), 'utf8')
    .replace(/^export /gm, '')
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n')
    .trimEnd();
  if (/\b(import|export)\b/.test(options.replace(/\/\/.*$/gm, ''))) throw new Error('web/frame/options.js: only "export var/function" lines can be included in the loader');
  return loader.replace(MARKER, () => options);
}

// The stable page of `widget` made from the frame document's text: <html data-widget="…">, and every
// file it names (src/href without a scheme or leading slash) prefixed with `prefix` ("../assets/").
export function widgetPage(frameHtml, widget, prefix = '') {
  if (!/^<html lang="en-GB">$/m.test(frameHtml)) throw new Error('frame.html: expected an <html lang="en-GB"> line');
  const title = widget === 'skillsometer' ? 'Skillsometer: careers interest quiz' : 'Careerometer: compare jobs';
  return frameHtml
    .replace(/^<html lang="en-GB">$/m, `<html lang="en-GB" data-widget="${widget}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(/^<!-- The widget frame document:.*-->$/m, `<!-- The ${widget}'s stable page: the widget frame document for schools that embed a URL. -->`)
    .replace(/((?:src|href)=")(?![a-z]+:|\/|#)([^"]+")/g, `$1${prefix}$2`);
}
