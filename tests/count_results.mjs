// Reads a test tier's output on stdin and prints "<passed> <failed>": understands ctest's summary line and
// node --test's TAP or spec summaries, so ./run test can add the tiers up.
let text = '';
process.stdin.on('data', (d) => (text += d));
process.stdin.on('end', () => {
  let pass = 0, fail = 0, m;
  if ((m = text.match(/(\d+)% tests passed, (\d+) tests? failed out of (\d+)/))) {
    fail = Number(m[2]);
    pass = Number(m[3]) - fail;
  } else {
    const p = text.match(/^(?:# |ℹ )pass (\d+)$/m);
    const f = text.match(/^(?:# |ℹ )fail (\d+)$/m);
    if (p) pass = Number(p[1]);
    if (f) fail = Number(f[1]);
  }
  console.log(`${pass} ${fail}`);
});
