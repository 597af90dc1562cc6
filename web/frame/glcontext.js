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
