// The embed loader as browsers get it, for tools/serve.mjs (development) and tools/dist.mjs (dist/):
// web/embed/embed.js with the option rules of web/frame/options.js put in place of its "@include options.js"
// line, so that the loader and the frame check options with the very same code.
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
