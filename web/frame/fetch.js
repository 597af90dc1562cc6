// The frame's downloads (the wasm, fonts and data): without cookies, and, where the frame document names
// an expected hash for a file (the content-hashed frames tools/dist.mjs writes), checked against it before
// a single byte is used. A file that differs is refused with an IntegrityError, so the frame shows its
// failure message instead of running something it was not built with.

export class IntegrityError extends Error {
  constructor(url) {
    super(`${url} is not the file this widget was built with (its hash differs): refused`);
    this.name = 'IntegrityError';
  }
}

function base64(buffer) {
  let s = '';
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

const ALGORITHMS = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };

// True when `bytes` match `expected` ("sha384-BASE64"); null when this browser cannot tell (no Web Crypto
// outside a secure context).
export async function matches(bytes, expected) {
  const [algo, want] = String(expected).split(/-(.*)/s);
  if (!ALGORITHMS[algo] || !want) return false;
  if (!(self.crypto && crypto.subtle)) return null;
  return base64(await crypto.subtle.digest(ALGORITHMS[algo], bytes)) === want;
}

// fetch() for a widget file, `name` resolved against `base` (frame.js's own URL: the stable pages live in
// another folder than the files): credentials left out, an HTTP error thrown, the body checked against the
// hash the frame document carries for `name` (`integrity`: {name: "sha384-…"}; null in development). A
// content-hashed frame checks every file, so a file it has no hash for is refused too. Returns a Response
// with the checked bytes (WebAssembly.instantiateStreaming takes it as it would the original). With
// `readAfter` (a promise), the download starts at once but its body is read only once that settles.
export async function fetchChecked(name, integrity, base, readAfter = null) {
  const url = new URL(name, base).href;
  const expected = integrity ? integrity[name] : null;
  if (integrity && !expected) throw new IntegrityError(name);
  // Without Web Crypto (a page that is not https) the browser's own check, the integrity option, stands
  // in: it refuses a file that differs all the same, only without saying why.
  const fallback = expected && !(self.crypto && crypto.subtle);
  const response = await fetch(url, fallback ? { credentials: 'omit', integrity: expected } : { credentials: 'omit' });
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  await readAfter;
  if (!expected || fallback) return response;
  const bytes = await response.arrayBuffer();
  if (!(await matches(bytes, expected))) throw new IntegrityError(name);
  return new Response(bytes, { status: 200, headers: { 'Content-Type': response.headers.get('Content-Type') || '' } });
}
