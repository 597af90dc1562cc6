// Search benchmark: our headless wasm core against Fuse.js and MiniSearch, in one node process, over the
// same titles and the same queries typed one keystroke at a time. Writes build/bench/search.json.
//
//   node tests/bench/search_bench.mjs [--passes N] [--quick]     (./run bench builds first, then runs this)
//
// Titles: every title of {region}-titles.json plus the occupations' own titles, each mapped to its
// occupation code. Queries: the development set (../shared/eval/search_dev.tsv, when present) and
// tests/fixtures/search_queries.tsv. hit@3: an acceptable code among the first three distinct occupations,
// on every query, for every engine. Latency: every keystroke for our core and MiniSearch; Fuse.js, at about
// 0.1 s a search, only on a fixed sample (every SAMPLE_EVERY-th keystroke of the same sequence), and every
// engine's figures on that same sample too, so the side-by-side ratios compare the same keystrokes.
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { loadOmeterCore } from '../../web/api/ometer-core.mjs';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = join(root, 'assets/data');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const passes = Number(args[args.indexOf('--passes') + 1]) || (quick ? 1 : 3);
const LIMIT = 10;
const SAMPLE_EVERY = 8;  // the latency sample: keystrokes 0, 8, 16, ... of the typing sequence

// --- inputs -------------------------------------------------------------------------------------------

function readQueries(path) {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n').slice(1).filter((l) => l.trim() !== '');
  return lines.map((l) => {
    const [query, uk, us, kind] = l.split('\t');
    return { query, uk: uk.split(','), us: us.split(','), kind };
  });
}

const sets = {
  dev: readQueries(join(root, '../shared/eval/search_dev.tsv')),
  repo: readQueries(join(root, 'tests/fixtures/search_queries.tsv')),
};

function titleDocs(region) {
  const bundle = JSON.parse(readFileSync(join(dataDir, `${region}.json`), 'utf8'));
  const titles = JSON.parse(readFileSync(join(dataDir, `${region}-titles.json`), 'utf8'));
  const docs = bundle.occupations.map((o) => ({ code: o.code, title: o.title }));
  for (const [code, kinds] of Object.entries(titles.titles))
    for (const list of Object.values(kinds)) for (const title of list) docs.push({ code, title });
  return docs.map((d, id) => ({ id, ...d }));
}

// --- engines: build from the titles file's text, search returns distinct occupation codes, best first ---

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const engines = {
  ometer: {
    note: 'our C++ core compiled to wasm, through its JS API (web/api/ometer-core.mjs); JSON in and out',
    async setup(region) {
      const core = await loadOmeterCore({ regions: [] });
      core.loadBundle(readFileSync(join(dataDir, `${region}.json`), 'utf8'));
      return core;
    },
    build(core, region, titlesText) {
      core.loadTitles(titlesText, region);
      return (q) => core.search(q, { region, limit: LIMIT }).map((h) => h.code);
    },
  },
  fuse: {
    note: 'Fuse.js 7.1, keys [title], threshold 0.6 (its default; 0.2-0.4 scored lower), ignoreLocation, ignoreDiacritics; top 50 raw results deduplicated by occupation',
    passes: 1,  // a search takes about 0.1 s: one pass is slow enough already, and noise cannot decide it
    sampleOnly: true,  // and it keeps no state between searches, so it is timed on the sample alone
    setup: async () => null,
    build(_, region, titlesText) {
      JSON.parse(titlesText);  // the same parsing work our core does
      const fuse = new Fuse(titleDocs(region), { keys: ['title'], threshold: 0.6, ignoreLocation: true, ignoreDiacritics: true });
      return (q) => distinct(fuse.search(q, { limit: 50 }).map((r) => r.item.code));
    },
  },
  minisearch: {
    note: 'MiniSearch 7.2, field title, prefix + fuzzy 0.2, OR (scored best of fuzzy 0.1-0.3, OR/AND), diacritics folded, BM25; results deduplicated by occupation',
    setup: async () => null,
    build(_, region, titlesText) {
      JSON.parse(titlesText);
      const docs = titleDocs(region);
      const ms = new MiniSearch({
        fields: ['title'],
        storeFields: ['code'],
        processTerm: (term) => fold(term),
        searchOptions: { prefix: true, fuzzy: 0.2 },
      });
      ms.addAll(docs);
      return (q) => distinct(ms.search(q).slice(0, 200).map((r) => r.code));
    },
  },
};

function distinct(codes) {
  const out = [];
  for (const c of codes) if (!out.includes(c)) { out.push(c); if (out.length === LIMIT) break; }
  return out;
}

// --- measurement --------------------------------------------------------------------------------------

const memory = () => { gc(); gc(); const m = process.memoryUsage(); return m.heapUsed + m.external + m.arrayBuffers; };

function percentile(sorted, p) { return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))]; }

function hitAt3(search, queries, region) {
  const len = region === 'uk' ? 4 : 7;
  let hits = 0;
  const misses = [];
  for (const q of queries) {
    const top = search(q.query).slice(0, 3).map((c) => c.slice(0, len));
    if (top.some((c) => q[region].includes(c))) ++hits;
    else misses.push(q.query);
  }
  return { hits, total: queries.length, rate: queries.length ? hits / queries.length : null, misses };
}

// Every prefix of every query, as typed; each keystroke's time is the median of `passes` runs of the whole
// typing sequence (so caches hold what they would hold while typing, and a noisy moment on a shared
// machine does not decide a percentile). With `sampleOnly`, only the sample's keystrokes are run.
function stats(times) {
  const each = times.map((ts) => [...ts].sort((a, b) => a - b)[ts.length >> 1]).sort((a, b) => a - b);
  return { keystrokes: each.length, p50_ms: percentile(each, 0.5), p90_ms: percentile(each, 0.9), p99_ms: percentile(each, 0.99), max_ms: each[each.length - 1] };
}

function keystrokes(search, queries, passes, sampleOnly) {
  const all = [];
  for (const q of queries) for (let i = 1; i <= q.query.length; ++i) all.push(q.query.slice(0, i));
  const inSample = (i) => i % SAMPLE_EVERY === 0;
  const typed = sampleOnly ? all.filter((_, i) => inSample(i)) : all;
  for (const t of typed.slice(0, passes > 1 ? 300 : 30)) search(t);  // warm-up: JIT for the JS engines, first touches for all
  const times = typed.map(() => []);
  for (let p = 0; p < passes; ++p)
    typed.forEach((t, i) => {
      const s = process.hrtime.bigint();
      search(t);
      times[i].push(Number(process.hrtime.bigint() - s) / 1e6);
    });
  const sample = sampleOnly ? times : times.filter((_, i) => inSample(i));
  return { ...stats(times), sample_every: SAMPLE_EVERY, sampled_only: !!sampleOnly, sample: stats(sample) };
}

async function run(region, name, withLatency) {
  const engine = engines[name];
  const titlesText = readFileSync(join(dataDir, `${region}-titles.json`), 'utf8');
  const ctx = await engine.setup(region);
  const before = memory();
  const t0 = process.hrtime.bigint();
  const search = engine.build(ctx, region, titlesText);
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const memoryMb = (memory() - before) / 1e6;
  const result = {
    build_ms: +buildMs.toFixed(1),
    memory_mb: +memoryMb.toFixed(2),
    hit3: Object.fromEntries(Object.entries(sets).filter(([, qs]) => qs.length).map(([k, qs]) => [k, hitAt3(search, qs, region)])),
  };
  if (withLatency) {
    const n = engine.passes ?? passes;
    result.latency = { passes: n, ...keystrokes(search, [...sets.dev, ...sets.repo], n, engine.sampleOnly) };
  }
  return { result, keep: search };
}

const report = {
  generated: new Date().toISOString(),
  machine: { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpu: os.cpus()[0]?.model, cpus: os.cpus().length, load_average: os.loadavg() },
  method: {
    titles: 'every title of {region}-titles.json plus the occupations\' own titles, each with its occupation code',
    queries: Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, v.length])),
    build: 'from the titles file\'s text to a searchable index (JSON parsing included for every engine)',
    latency: `every prefix of every query (dev + repo sets) typed in order, ${LIMIT} distinct occupations per search; per keystroke the median of ${passes} passes (Fuse.js: 1 pass, on the sample only)`,
    latency_sample: `every ${SAMPLE_EVERY}th keystroke of that sequence (0, ${SAMPLE_EVERY}, ${2 * SAMPLE_EVERY}, ...): Fuse.js is timed on these alone (about 0.1 s a search; it keeps no state between searches), the others while typing every keystroke; latency.sample and side_by_side compare the engines on exactly these keystrokes`,
    memory: 'growth after the build, after garbage collection: V8 heap + external + array buffers. For our core this is the wasm linear memory growth, which never shrinks, so it also counts the transient JSON document parsed while loading (an upper bound of what the index keeps)',
    hit3: 'an acceptable code among the first three distinct occupations; UK codes compared on 4 characters, US on 7; every query of both sets, for every engine (Fuse.js too: whole queries are few)',
  },
  engines: Object.fromEntries(Object.entries(engines).map(([k, e]) => [k, e.note])),
  regions: {},
};

const keep = [];
for (const region of ['uk', 'us']) {
  report.regions[region] = { titles: titleDocs(region).length };
  for (const name of Object.keys(engines)) {
    const withLatency = region === 'uk' && !(quick && name === 'fuse');
    process.stderr.write(`${region} ${name}...\n`);
    const { result, keep: k } = await run(region, name, withLatency);
    keep.push(k);  // held until the end so later memory figures are not flattered by freed indexes
    report.regions[region][name] = result;
  }
}

// The engines on the same sampled keystrokes: their percentiles, and each one's over ours.
const sampled = Object.fromEntries(Object.keys(engines).map((k) => [k, report.regions.uk[k].latency?.sample]).filter(([, v]) => v));
if (sampled.ometer)
  report.side_by_side = {
    region: 'uk',
    keystrokes: sampled.ometer.keystrokes,
    sample: sampled,
    times_ometer: Object.fromEntries(Object.entries(sampled).map(([k, v]) => [k, { p50: +(v.p50_ms / sampled.ometer.p50_ms).toFixed(1), p99: +(v.p99_ms / sampled.ometer.p99_ms).toFixed(1) }])),
  };

mkdirSync(join(root, 'build/bench'), { recursive: true });
writeFileSync(join(root, 'build/bench/search.json'), JSON.stringify(report, null, 2) + '\n');

const pct = (h) => (h ? `${(100 * h.rate).toFixed(1)}% (${h.hits}/${h.total})` : '-');
const rows = [['region', 'engine', 'build ms', 'p50 ms', 'p99 ms', 'memory MB', 'hit@3 dev', 'hit@3 repo']];
for (const [region, r] of Object.entries(report.regions))
  for (const name of Object.keys(engines)) {
    const e = r[name];
    rows.push([region, name, e.build_ms.toFixed(0), e.latency ? e.latency.p50_ms.toFixed(3) : '-', e.latency ? e.latency.p99_ms.toFixed(3) : '-',
      e.memory_mb.toFixed(1), pct(e.hit3.dev), pct(e.hit3.repo)]);
  }
const width = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
for (const r of rows) console.log(r.map((v, c) => String(v).padEnd(width[c])).join('  '));
const side = report.side_by_side;
if (side) {
  const ratio = (k) => (k === 'ometer' ? '' : ` (${side.times_ometer[k].p50}x / ${side.times_ometer[k].p99}x ours)`);
  console.log(`same ${side.keystrokes} sampled keystrokes (every ${SAMPLE_EVERY}th), p50 / p99 ms: ` +
    Object.entries(side.sample).map(([k, v]) => `${k} ${v.p50_ms.toFixed(3)} / ${v.p99_ms.toFixed(3)}${ratio(k)}`).join(', '));
}
console.log(`keystrokes timed: ${report.regions.uk.ometer.latency?.keystrokes} (Fuse.js: ${report.regions.uk.fuse.latency?.keystrokes ?? 0}, the sample); written build/bench/search.json`);
