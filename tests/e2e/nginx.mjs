// dist/ for the browser tests: built by tools/dist.mjs into build/e2e/dist and served by Debian's nginx
// with the repo's deploy config (tests/support/nginx.mjs, shared with the start-up benchmark).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from './support.mjs';

export { freePort, rawGet, startNginx } from '../support/nginx.mjs';

export const distDir = join(root, 'build/e2e/dist');

// Builds dist/ (under the build lock, so a concurrent ./run build cannot change the wasm while it is hashed)
// and returns its manifest.
export async function buildDist(out = distDir) {
  await promisify(execFile)('flock', [join(root, 'build/.lock'), process.execPath, join(root, 'tools/dist.mjs'), '--out', out, '--quiet'],
    { maxBuffer: 1 << 24 });
  return JSON.parse(readFileSync(join(out, 'ometer/manifest.json'), 'utf8'));
}
