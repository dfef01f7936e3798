#!/usr/bin/env bash
# Bounded fuzzing of every reader (docs/fuzzing.md). CI runs it after the test suite; run it
# locally the same way, or longer:
#   etc/fuzz.sh                                  every *FuzzTest, 10 s each (what CI runs)
#   etc/fuzz.sh --seconds 60                     every *FuzzTest, 60 s each
#   etc/fuzz.sh --seconds 300 --test FtmJsonReaderFuzzTest
# Jazzer fuzzes only one @FuzzTest per JVM, so Surefire starts a fresh JVM per test class
# (reuseForks=false) and every class holds exactly one @FuzzTest. A finding fails the run: Jazzer
# writes the input into the test's seed directory (src/test/resources/.../<Class>Inputs/<method>/,
# as crash-<sha1> or timeout-<sha1>), where the normal suite then replays it; this script also
# copies it to core/target/fuzz-findings/ and prints it in base64, since CI's clone is thrown away.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=10
tests='*FuzzTest'
while (($#)); do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --test) tests=$2; shift 2 ;;
    *) echo "usage: etc/fuzz.sh [--seconds N] [--test CLASS_PATTERN]" >&2; exit 2 ;;
  esac
done
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "etc/fuzz.sh: --seconds takes a whole number, found '$seconds'" >&2; exit 2; }

log=core/target/fuzz.log
findings=core/target/fuzz-findings
mkdir -p core/target "$findings"
marker=$(mktemp)
trap 'rm -f "$marker"' EXIT
started=$(date +%s)

# An input that runs longer than 30 s is a hang (libFuzzer's -timeout; the slowest seed takes well
# under a second, the first one pays for class loading). JUnit's own timeouts cannot be used: in
# fuzzing mode they would cut the whole fuzzing run. The enforcer and forbidden-apis checks ran in
# the main build already.
set +e
JAZZER_FUZZ=1 timeout 1200 ./build -B -pl core test \
  -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false -DreuseForks=false \
  -Djazzer.max_duration="${seconds}s" \
  -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-timeout=30 \
  -Denforcer.skip=true -Dforbiddenapis.skip=true >"$log" 2>&1
rc=$?
set -e

# One line per fuzz test: libFuzzer's "Done N runs in S second(s)" comes just before Surefire's
# "Tests run: ... in CLASS".
echo "fuzz tests (${seconds} s each; full log in $log):"
awk '/^Done [0-9]+ runs in/ { done = $2 " runs in " $5 " s" }
     /Tests run:.* -- in / { n = split($0, w, " "); cls = w[n]; sub(/.*\./, "", cls)
       status = ($0 ~ /FAILURE|ERROR/) ? "FAILED" : "ok"
       printf "  %-40s %-7s %s\n", cls, status, (done == "" ? "no fuzzing run" : done); done = "" }' "$log"

# Jazzer writes into the source tree (the seed directory, or core/ when a test has none).
new=$(find core -path core/target -prune -o -type f \( -name 'crash-*' -o -name 'timeout-*' \
  -o -name 'oom-*' -o -name 'slow-unit-*' \) -newer "$marker" -print | sort)
if [[ -n $new ]]; then
  echo "findings (each replays in the normal suite from its seed directory):"
  while IFS= read -r file; do
    cp "$file" "$findings/"
    echo "  $file"
    echo "    base64: $(base64 -w0 "$file")"
  done <<<"$new"
  echo "what was thrown (our frames; the whole trace is in $log):"
  grep -E '^(com\.code_intelligence\.jazzer\.junit\.FuzzTestFindingException|Caused by:|== Java Exception|==[0-9]+== ERROR)|^\s+at org\.sanctionsengine\.' "$log" |
    head -n 80 || true
fi
if ((rc != 0)); then
  [[ -n $new ]] || tail -n 40 "$log"
  echo "etc/fuzz.sh: fuzzing failed (exit $rc) after $(($(date +%s) - started)) s" >&2
  exit "$rc"
fi
echo "etc/fuzz.sh: no findings in $(($(date +%s) - started)) s"
