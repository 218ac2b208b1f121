#!/usr/bin/env bash
# The web app's load benchmark (issue 18; docs/performance.md, "The web app under load").
# Starts `java -jar target/pkcheck.jar serve --port 0` with the JVM's default heap, then (bench/web/WebLoad.java):
#   warm POST /api/check of the Pirkanmaa workbook one at a time: median and p95;
#   CLIENTS concurrent clients x REQUESTS each: errors, median, p95;
# and the server's peak RSS (VmHWM of /proc/PID/status, Linux). Builds the jar when it is missing.
# Knobs: FILE (sample-data/pirkanmaa.xlsx), WARMUP (200), SEQUENTIAL (200), CLIENTS (16), REQUESTS (50).
set -euo pipefail
cd "$(dirname "$0")/.."
FILE=${FILE:-sample-data/pirkanmaa.xlsx}
WARMUP=${WARMUP:-200}
SEQUENTIAL=${SEQUENTIAL:-200}
CLIENTS=${CLIENTS:-16}
REQUESTS=${REQUESTS:-50}
[ -f target/pkcheck.jar ] || mvn -B -q -DskipTests package
out=$(mktemp)
# SERVER_JAVA_OPTS: JVM options of the server (default: none, as `java -jar` runs it; the launchers add -XX:+UseSerialGC).
# shellcheck disable=SC2086
java ${SERVER_JAVA_OPTS:-} -jar target/pkcheck.jar serve --port 0 >"$out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 1 120); do
  grep -q '^pkcheck serving on ' "$out" && break
  sleep 0.5
done
base=$(sed -n 's/^pkcheck serving on //p' "$out")
[ -n "$base" ] || { echo "the server did not start:"; cat "$out"; exit 2; }
echo "server: $base (pid $pid, default heap, options: ${SERVER_JAVA_OPTS:-none}), file: $FILE"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cpu() { awk '{print $14 + $15}' /proc/$pid/stat; }   # user + system clock ticks of the server
cpu_before=$(cpu)
java bench/web/WebLoad.java "$base" "$FILE" "$WARMUP" "$SEQUENTIAL" "$CLIENTS" "$REQUESTS"
cpu_after=$(cpu)
total=$((WARMUP + SEQUENTIAL + CLIENTS * REQUESTS))
echo "server CPU per request: $(awk -v t=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" -v n=$total \
  'BEGIN {printf "%.1f ms", t * 1000 / hz / n}') (over all $total requests)"
echo "peak RSS of the server: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$pid/status)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
