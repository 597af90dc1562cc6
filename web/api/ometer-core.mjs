// The headless Ometer core for Node.js: the same C++ search, comparison and quiz scoring as the widgets,
// compiled to wasm. Every method returns plain objects; bad input throws an Error with the core's message.
//
//   import { loadOmeterCore } from './ometer-core.mjs';
//   const core = await loadOmeterCore({ dataDir: 'assets/data' });   // loads uk, us and quiz bundles
//   core.search('electrician', { region: 'uk', limit: 5 });
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// The emscripten output sits next to this file in dist/, or in the build tree during development.
function findModule(explicit) {
  const candidates = explicit ? [explicit] : [join(here, 'ometer-core.js'), join(here, '../../build/web/tools/wasm/ometer-core.js')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`ometer-core.js not found (looked in ${candidates.join(', ')}); run ./run build`);
  return found;
}

function unwrap(text) {
  const value = JSON.parse(text);
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof value.error === 'string') throw new Error(value.error);
  return value;
}

export async function loadOmeterCore({ modulePath, dataDir, regions = ['uk', 'us'] } = {}) {
  const jsPath = findModule(modulePath);
  const factory = createRequire(import.meta.url)(jsPath);
  // Handing over the bytes avoids the runtime's fetch() path, which Node 20 trips over.
  const wasmBinary = readFileSync(jsPath.replace(/\.js$/, '.wasm'));
  const m = await factory({ wasmBinary });

  const core = {
    /** Loads an occupations bundle (uk.json / us.json text); returns its version and sources. */
    loadBundle: (text) => unwrap(m.load_bundle(String(text))),
    /** Loads the search titles (uk-titles.json / us-titles.json) for a loaded region. */
    loadTitles: (text, region) => unwrap(m.load_titles(String(text), region)),
    /** Loads quiz.json. */
    loadQuiz: (text) => unwrap(m.load_quiz(String(text))),
    search: (query, { region = 'uk', limit = 10 } = {}) => unwrap(m.search(region, String(query), limit)),
    show: (code, { region = 'uk' } = {}) => unwrap(m.show(region, String(code))),
    compare: (codes, { region = 'uk' } = {}) => unwrap(m.compare(region, [].concat(codes).join(','))),
    /** Scores quiz answers (one digit per statement) and lists matching jobs. `level` keeps jobs at one study
     *  level; `maxLevel` at that level or below (give one, not both). */
    quiz: (answers, { region = 'uk', form = '60', scale = 3, limit = 10, level = 0, maxLevel = 0 } = {}) => {
      if (level && maxLevel) throw new Error('quiz: give level or maxLevel, not both');
      return unwrap(m.quiz(region, String(form), scale, String(answers), limit, level || maxLevel, !!maxLevel));
    },
    /** A results code: for quiz answers ({ answers, form, scale }) or a comparison ({ compare: [codes] }). */
    encodeCode: ({ region = 'uk', answers, form = '30', scale = 3, compare } = {}) => {
      if ((answers === undefined) === (compare === undefined)) throw new Error('code: give answers (a quiz) or compare (jobs), not both');
      return unwrap(compare !== undefined ? m.encode_compare(region, [].concat(compare).join(','))
        : m.encode_quiz(region, String(form), scale, String(answers)));
    },
    /** What a results code holds: { kind: 'quiz', form, scale, answers } or { kind: 'compare', region, codes }. */
    decodeCode: (code) => unwrap(m.decode_code(String(code))),
    /** Similar jobs: [{ code, title, pay, ... }]. */
    related: (code, { region = 'uk' } = {}) => unwrap(m.related(region, String(code))),
  };

  if (dataDir) {
    for (const region of regions) {
      core.loadBundle(readFileSync(join(dataDir, `${region}.json`), 'utf8'));
      core.loadTitles(readFileSync(join(dataDir, `${region}-titles.json`), 'utf8'), region);
    }
    core.loadQuiz(readFileSync(join(dataDir, 'quiz.json'), 'utf8'));
  }
  return core;
}
