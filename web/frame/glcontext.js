// Two things about the frame's WebGL context: the first one a frame creates is made cheap by warming the
// GPU connection off the main thread (warmGlConnection), and a lost one is survived (watchGlContext).

// The first WebGL context a renderer creates waits, in one blocking call, for the GPU process to set up
// its side: 67-356 ms on this project's test machine (and it was the longest task after the first paint),
// against 5-12 ms for the next one. A worker creates a 1x1 context first, while the wasm downloads, so that
// wait happens off the main thread. The worker is then left idle, not terminated: ending it makes the
// main thread wait while the worker's context is torn down (1-89 ms, measured); the browser ends it with
// the page. Best effort: without OffscreenCanvas or workers, or if the worker fails or takes longer than
// `patience` ms, the widget's own context simply waits as before.
// The worker's code is this string, from this checked file: no extra download (the CSP allows blob: workers).
const WARM_WORKER = "var c = null; try { c = new OffscreenCanvas(1, 1).getContext('webgl2'); " +
  "var x = c && c.getExtension('WEBGL_lose_context'); if (x) x.loseContext(); } catch (e) {} postMessage(!!c);";
let warmWorker = null;   // kept: a worker the page no longer references could be collected, i.e. ended

// Resolves with what happened: 'warmed', 'no context' (the worker got no WebGL2), 'unsupported', 'refused'
// (no worker could start), 'failed' or 'too slow'; never rejects.
export function warmGlConnection(patience = 2000) {
  if (typeof OffscreenCanvas !== 'function' || typeof Worker !== 'function') return Promise.resolve('unsupported');
  return new Promise((resolve) => {
    let url = '';
    const done = (outcome) => {
      clearTimeout(timer);
      if (url) URL.revokeObjectURL(url);
      if (outcome !== 'warmed' && warmWorker) {   // with no context, ending it costs nothing
        warmWorker.terminate();
        warmWorker = null;
      }
      resolve(outcome);
    };
    const timer = setTimeout(() => done('too slow'), patience);
    try {
      url = URL.createObjectURL(new Blob([WARM_WORKER], { type: 'text/javascript' }));
      warmWorker = new Worker(url);
      warmWorker.onmessage = (e) => done(e.data === true ? 'warmed' : 'no context');
      warmWorker.onerror = () => done('failed');
    } catch {
      done('refused');   // a CSP without blob: workers, a sandbox: the context waits on the main thread instead
    }
  });
}

// A lost WebGL context (a GPU reset, a driver update, too many contexts on a phone) would leave a blank
// widget for good. This keeps it alive: the loss is accepted (preventDefault, without which the browser
// never gives the context back), the widget carries on headless while the canvas is away, and the
// renderer is rebuilt when the context returns; if it has not returned within `patience` ms, the frame
// shows the HTML version of the widget for the rest of the visit.

// hooks: { lost(), restored(), giveUp() }; returns a small report for tests and the debug hook.
export function watchGlContext(canvas, hooks, patience = 3000) {
  const report = { losses: 0, restores: 0, gaveUp: false, lostAt: 0, restoreMs: [] };
  let timer = 0;
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    if (report.gaveUp) return;
    report.losses++;
    report.lostAt = performance.now();
    hooks.lost();
    clearTimeout(timer);
    timer = setTimeout(() => {
      report.gaveUp = true;
      hooks.giveUp();
    }, patience);
  });
  canvas.addEventListener('webglcontextrestored', () => {
    // Once the HTML version is showing it stays: switching back and forth would move focus and the
    // reading position under the student.
    if (report.gaveUp) return;
    clearTimeout(timer);
    report.restores++;
    report.restoreMs.push(Math.round(performance.now() - report.lostAt));
    hooks.restored();
  });
  return report;
}
