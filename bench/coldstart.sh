#!/usr/bin/env bash
# Cold start of a regional check against its floors, interleaved run by run so that all see the same machine:
#   check  — ./pkcheck check DATA --format json (the launcher: class-data archive, C1 only)
#   floor  — ParseOnly: Jackson and SnakeYAML alone parse the same files and print a count (issue 5's floor)
#   java   — java -version
#   base   — optional: BASE_JAR=path/to/older/pkcheck.jar, run like the launcher with its own archive
# Prints each one's median and runs, and the ratio check / floor.
#
# usage: bench/coldstart.sh [DATA] (default sample-data/pirkanmaa); RUNS=9
# Needs `mvn -B -q -Pbench -DskipTests package` first (the floor's class path).
# On a shared machine, PAUSE_OTHER_JAVA=1 stops every other process named java while it measures and
# resumes them afterwards (their CPU-time figures are unaffected; their wall times and timeouts are not).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
data="${1:-sample-data/pirkanmaa}"
runs="${RUNS:-9}"
[ -f target/bench.classpath ] || { echo "coldstart: run mvn -B -q -Pbench -DskipTests package first" >&2; exit 2; }
jackson="target/test-classes:$(tr ':' '\n' <target/bench.classpath | grep -E '/(jackson-(core|databind|annotations|dataformat-yaml)|snakeyaml)[^/]*\.jar$' | paste -sd:)"
base=()
if [ -n "${BASE_JAR:-}" ]; then
  base_archive="$(mktemp -u).jsa"
  java -XX:ArchiveClassesAtExit="$base_archive" -Xlog:disable -XX:TieredStopAtLevel=1 -jar "$BASE_JAR" check "$data" \
    --format json >/dev/null 2>&1 || true
  base=(java -XX:SharedArchiveFile="$base_archive" -Xlog:disable -XX:TieredStopAtLevel=1 -jar "$BASE_JAR" check "$data"
    --format json)
fi
./pkcheck check "$data" --format json >/dev/null 2>&1 || true # builds if needed, records the archive

stopped=""
if [ "${PAUSE_OTHER_JAVA:-0}" = "1" ]; then
  stopped="$(pgrep -x java || true)"
  [ -n "$stopped" ] && kill -STOP $stopped
  trap '[ -n "$stopped" ] && kill -CONT $stopped' EXIT
  sleep 1
fi

time_of() { # LABEL COMMAND...
  local label="$1"; shift
  /usr/bin/time -q -f "$label %e" -o /dev/fd/3 "$@" 3>&1 >/dev/null 2>/dev/null || true
}
for _ in $(seq "$runs"); do
  time_of check ./pkcheck check "$data" --format json
  time_of floor java -cp "$jackson" fi.perhekeskus.pkcheck.bench.jmh.ParseOnly "$data"
  time_of java java -version
  [ ${#base[@]} -gt 0 ] && time_of base "${base[@]}"
done | sort -k1,1 -k2n | awk '
  { runs[$1] = runs[$1] " " $2; n[$1]++; v[$1, n[$1]] = $2 }
  END {
    for (k in runs) { m[k] = v[k, int((n[k] + 1) / 2)]; printf "%-6s median %.2f s |%s\n", k, m[k], runs[k] }
    if (m["floor"] > 0) printf "check / floor = %.2f\n", m["check"] / m["floor"]
  }'
uptime
