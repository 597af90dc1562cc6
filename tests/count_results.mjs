// Reads a test tier's output on stdin and prints "<passed> <failed> <skipped>": understands ctest's summary line,
// node --test's TAP or spec summaries and a plain "[word: ]N passed, N failed" line (the fuzz tier's), so
// ./run test can add the tiers up.
let text = '';
process.stdin.on('data', (d) => (text += d));
process.stdin.on('end', () => {
  let pass = 0, fail = 0, skip = 0, m;
  if ((m = text.match(/(\d+)% tests passed, (\d+) tests? failed out of (\d+)/))) {
    fail = Number(m[2]);
    skip = (text.match(/\(Skipped\)/g) || []).length;  // ctest counts skipped tests as passed
    pass = Number(m[3]) - fail - skip;
  } else if ((m = text.match(/^(?:[\w-]+: )?(\d+) passed, (\d+) failed$/m))) {
    pass = Number(m[1]);
    fail = Number(m[2]);
  } else {
    const p = text.match(/^(?:# |ℹ )pass (\d+)$/m);
    const f = text.match(/^(?:# |ℹ )fail (\d+)$/m);
    const k = text.match(/^(?:# |ℹ )skipped (\d+)$/m);
    if (p) pass = Number(p[1]);
    if (f) fail = Number(f[1]);
    if (k) skip = Number(k[1]);
  }
  console.log(`${pass} ${fail} ${skip}`);
});
