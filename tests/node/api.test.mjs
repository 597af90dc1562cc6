// The headless wasm core through its JS API, as a developer would use it from Node.js; and agreement
// with the native CLI on the same questions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import { loadOmeterCore } from '../../web/api/ometer-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const data = join(root, 'assets/data');
const cli = (...args) => JSON.parse(execFileSync(join(root, 'build/native/tools/ometer'), [...args, '--compact'], { encoding: 'utf8' }));
const core = await loadOmeterCore({ dataDir: data });

test('search returns code, title, score and matched for both regions', () => {
  const uk = core.search('electr', { limit: 5 });
  assert.ok(uk.length > 0);
  assert.equal(uk[0].code, '5241');
  for (const key of ['code', 'title', 'score', 'matched']) assert.ok(key in uk[0], key);
  const us = core.search('electrician', { region: 'us', limit: 3 });
  assert.equal(us[0].code, '47-2111.00');
});

test('show, compare and quiz agree with the native CLI', () => {
  assert.deepEqual(core.show('5241'), cli('show', '5241'));
  assert.deepEqual(core.show('47-2111.00', { region: 'us' }), cli('show', '--region', 'us', '47-2111.00'));
  assert.deepEqual(core.compare(['5241', '5315', '2237']), cli('compare', '5241', '5315', '2237'));
  const answers = '210'.repeat(10);
  assert.deepEqual(core.quiz(answers, { form: '30' }), cli('quiz', '--form', '30', '--answers', answers));
  assert.deepEqual(core.search('nurse', { limit: 5 }), cli('search', '--limit', '5', 'nurse'));
});

test('results codes and similar jobs agree with the CLI, with the same errors', () => {
  const answers = '210'.repeat(10);
  const quizCode = core.encodeCode({ answers, form: '30' });
  assert.deepEqual(quizCode, cli('code', 'encode', '--form', '30', '--answers', answers));
  assert.deepEqual(core.decodeCode(quizCode.code), cli('code', 'decode', quizCode.code));
  assert.equal(core.decodeCode(quizCode.code).answers, answers);
  const cmp = core.encodeCode({ compare: ['5241', '2231'] });
  assert.deepEqual(cmp, cli('code', 'encode', '--compare', '5241,2231'));
  assert.deepEqual(core.decodeCode(cmp.code).codes, ['5241', '2231']);
  assert.deepEqual(core.related('5241'), cli('related', '5241'));
  assert.throws(() => core.decodeCode('CM1-XXXX'), /too short/);
  assert.throws(() => core.encodeCode({ compare: ['0000'] }), /no uk occupation with code "0000"/);
  assert.throws(() => core.encodeCode({ answers: '012', form: '30' }), /expected 30 digits/);
});

test('bad input throws a clear error and loses nothing', () => {
  assert.throws(() => core.show('0000'), /no uk occupation with code "0000"/);
  assert.throws(() => core.compare(['5241', '5241']), /listed twice/);
  assert.throws(() => core.quiz('012', { form: '30' }), /expected 30 digits/);
  assert.throws(() => core.search('nurse', { region: 'fr' }), /unknown region/);
  assert.throws(() => core.loadBundle('{"schema": 1'), /invalid JSON at byte/);
  assert.throws(() => core.loadBundle(readFileSync(join(data, 'uk.json'), 'utf8').replace('"schema":2', '"schema":9')), /unsupported schema version 9/);
  // After a failed load the previously loaded bundle still answers.
  assert.equal(core.show('5241').code, '5241');
  assert.deepEqual(core.search('\u0000\u0001😍'.repeat(1000)), []);
  assert.ok(Array.isArray(core.search('x'.repeat(100000))));
});
