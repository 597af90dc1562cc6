#!/usr/bin/env bash
# Runs the libFuzzer targets for a bounded time each and reports one line per target, then
# "fuzz: N passed, N failed". A crash, leak, sanitizer report or timeout fails the target; its report and the
# reproducer's path are printed. Used by `./run test` (30 s a target) and `./run fuzz`.
#
#   tests/fuzz/fuzz.sh [--fresh] BUILD_DIR SECONDS [TARGET...]   (targets: bundle details titles search quiz_answers quiz results_code widgets)
#
# New inputs that reach new code are kept in build/fuzz-corpus/<target>/ and replayed by the next run, so
# repeated runs go deeper (and start slower). --fresh (./run test) starts from the committed seeds alone, as
# on a fresh clone, and keeps nothing. The seeds in tests/fuzz/corpus/<target>/ are only read. Findings go
# to build/fuzz-findings/<target>/.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FRESH=0
[ "${1:-}" = --fresh ] && FRESH=1 && shift
BUILD=$1 SECONDS_EACH=$2
shift 2
if ! [[ $SECONDS_EACH =~ ^[1-9][0-9]*$ ]]; then  # libFuzzer reads "abc" as 0: no time limit at all
  echo "fuzz: SECONDS must be a whole number of seconds, got \"$SECONDS_EACH\""
  echo "fuzz: 0 passed, 1 failed"
  exit 1
fi
ALL=(bundle details titles search quiz_answers quiz results_code widgets)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL[@]}")

dict_for() {
  case "$1" in
    bundle | details | titles | quiz) echo "$ROOT/tests/fuzz/json.dict" ;;
    widgets) echo "$ROOT/tests/fuzz/widgets.dict" ;;
  esac
}

pass=0 fail=0
for t in "${TARGETS[@]}"; do
  bin="$BUILD/tests/fuzz/fuzz_$t"
  seeds="$ROOT/tests/fuzz/corpus/$t"
  if [ ! -x "$bin" ] || [ ! -d "$seeds" ]; then
    echo "FAIL fuzz_$t: no such target (targets: ${ALL[*]})"
    fail=$((fail + 1))
    continue
  fi
  work="$ROOT/build/fuzz-corpus/$t" findings="$ROOT/build/fuzz-findings/$t" log="$ROOT/build/logs/fuzz_$t.log"
  [ "$FRESH" -eq 1 ] && work="$ROOT/build/fuzz-corpus/.fresh-$t" && rm -rf "$work"
  mkdir -p "$work" "$findings" "$(dirname "$log")"
  opts=(-max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$findings/")
  dict=$(dict_for "$t")
  [ -n "$dict" ] && opts+=(-dict="$dict")
  start=$(date +%s)
  # Sanitizer reports go to the log; libFuzzer writes the input that caused them to the findings folder.
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=1 \
    OMETER_SOURCE_DIR="$ROOT" "$bin" "${opts[@]}" "$work" "$seeds" >"$log" 2>&1
  rc=$?
  [ "$FRESH" -eq 1 ] && rm -rf "$work"
  took=$(($(date +%s) - start))
  # libFuzzer's last status line ("#39666 REDUCE cov: 812 ft: 2210 corp: 301/40Kb ...") and closing "Done N runs".
  status=$(grep -E '^#[0-9]+.* cov: ' "$log" | tail -n1)
  runs=$(sed -nE 's/^Done ([0-9]+) runs.*/\1/p' "$log")
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$status")
  corp=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$status")
  if [ "$rc" -eq 0 ] && [ -n "$runs" ]; then
    echo "ok   fuzz_$t: ${took} s, $runs inputs, coverage ${cov:-?} edges, corpus ${corp:-?} (log: ${log#$ROOT/})"
    pass=$((pass + 1))
  else
    echo "FAIL fuzz_$t after ${took} s (exit $rc; log: ${log#$ROOT/})"
    # The report: from the sanitizer's or libFuzzer's first error line to its summary.
    sed -n '/ERROR: \|runtime error: \|==ERROR\|deadly signal\|ALARM: \|out-of-memory\|^fuzz: /,/^SUMMARY: \|^MS: /p' "$log" | head -n 60 | sed 's/^/     /'
    repro=$(sed -nE 's/.*Test unit written to (.*)$/\1/p' "$log" | tail -n1)
    if [ -n "$repro" ]; then
      echo "     reproducer: ${repro#$ROOT/}"
      echo "     rerun: ${bin#$ROOT/} ${repro#$ROOT/}"
    fi
    fail=$((fail + 1))
  fi
done
echo "fuzz: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
