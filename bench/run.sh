#!/usr/bin/env bash
# pkcheck benchmark (issue 5), one command from the repository root or anywhere:
#
#   bench/run.sh
#
# 1. builds the application and the benchmarks (mvn -Pbench: JMH, the generator and the plain reference);
# 2. generates the synthetic networks (seeded) at each size of SIZES;
# 3. whole process, a cold JVM per run, /usr/bin/time -v, median of RUNS: `java -jar target/pkcheck.jar check
#    DATA --format json`, the launcher `./pkcheck check ...` (primed once so that its AppCDS archive exists),
#    and a minimal Java program that only parses the same files with Jackson and prints a count (ParseOnly,
#    Jackson alone on its class path) — on every sample region and every generated size; at the largest size
#    also the check with -Xmx2g;
# 4. JMH in one JVM: plain Java vs Drools at each size (CheckBenchmark), and the time per rule
#    (RuleBenchmark: each rule id alone in its own KieBase) at RULE_SIZE;
# 5. prints the figures as Markdown (also in bench/target/results/report.md).
#
# Knobs (environment): SIZES="1000 10000 100000 1000000"  RUNS=5  SEED=42  RULE_SIZE=100000
#   JMH_HEAP=-Xmx8g (heap of the JMH forks)  QUICK=1 (JMH: 1 warm-up + 2 measured iterations, for a smoke run)
#   SKIP_BUILD=1  SKIP_PROCESS=1  SKIP_JMH=1  SKIP_RULES=1  DATE=2025-03-01 (check date of generated data)
#   PROC_TIMEOUT=1800 (seconds before one whole-process run counts as failed)
# The machine has 2 cores: run nothing else meanwhile, or the figures are noise.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

SIZES="${SIZES:-1000 10000 100000 1000000}"
RUNS="${RUNS:-5}"
SEED="${SEED:-42}"
RULE_SIZE="${RULE_SIZE:-100000}"
JMH_HEAP="${JMH_HEAP:--Xmx8g}"
DATE="${DATE:-2025-03-01}"
PROC_TIMEOUT="${PROC_TIMEOUT:-1800}"
SAMPLE_DATE="2024-03-01"
data_root="$root/bench/target/data"
results="$root/bench/target/results"
mkdir -p "$data_root" "$results"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

log() { printf '== %s\n' "$*" >&2; }

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  log "building (mvn -B -q -Pbench -DskipTests package)"
  if ! mvn -B -q -Pbench -DskipTests package >"$results/build.log" 2>&1; then
    cat "$results/build.log" >&2
    echo "bench: build failed" >&2
    exit 2
  fi
fi
[ -f target/pkcheck.jar ] && [ -f target/bench.classpath ] || { echo "bench: run without SKIP_BUILD first" >&2; exit 2; }
deps="$(cat target/bench.classpath)"
cp="target/test-classes:target/classes:$deps"
# the parse-only floor gets Jackson (and SnakeYAML) alone
jackson="target/test-classes:$(tr ':' '\n' <<<"$deps" | grep -E '/(jackson-(core|databind|annotations|dataformat-yaml)|snakeyaml)[^/]*\.jar$' | paste -sd:)"

# ---------------------------------------------------------------------------------------------- data
for n in $SIZES; do
  dir="$data_root/synthetic-$n-s$SEED"
  if [ ! -f "$dir/manifest.json" ]; then
    log "generating $n memberships into $dir"
    java -Xmx4g -cp "$cp" fi.perhekeskus.pkcheck.bench.NetworkGenerator --model synthetic --memberships "$n" \
      --seed "$SEED" --date "$DATE" --out "$dir" >&2 || exit 2
  fi
done

# ---------------------------------------------------------------------------------------------- whole process
seconds() { # "1:02.34" or "1:02:03" -> seconds
  awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }' <<<"$1"
}
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# measure KIND DATASET MEMBERSHIPS -- command...: RUNS cold runs, median wall and peak RSS into process.tsv
measure() {
  local kind="$1" label="$2" n="$3"; shift 4
  local status="ok" walls="" rsss="" i code
  for ((i = 1; i <= RUNS; i++)); do
    /usr/bin/time -v -o "$tmp/time" timeout --kill-after=10 "$PROC_TIMEOUT" "$@" >"$tmp/out" 2>"$tmp/err"
    code=$?
    if [ "$code" -eq 124 ] || [ "$code" -eq 137 ]; then
      status="timed out after $PROC_TIMEOUT s"
      log "$kind $label: $status"
      break
    elif [ "$code" -ge 2 ]; then
      status="failed (exit $code): $(grep -m1 -E 'Error|error|Exception' "$tmp/err" | head -c 160 | tr '\t|' '  ')"
      [ "$status" = "failed (exit $code): " ] && status="failed (exit $code)"
      log "$kind $label: $status"
      break
    fi
    walls+="$(seconds "$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$tmp/time")")"$'\n'
    rsss+="$(awk -F': ' '/Maximum resident set size/ { print $2 / 1024 }' "$tmp/time")"$'\n'
  done
  local wall rss
  wall="$(printf '%s' "$walls" | grep . | median)"
  rss="$(printf '%s' "$rsss" | grep . | median)"
  [ "$status" = "ok" ] || { wall="nan"; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$label" "$n" "$RUNS" "$wall" "$rss" "$status" >>"$results/process.tsv"
  log "$kind $label: ${wall}s, ${rss} MB ($status)"
}

process_row() { # LABEL DATASET DATE
  local label="$1" data="$2" date="$3" n
  n="$(java -cp "$jackson" fi.perhekeskus.pkcheck.bench.jmh.ParseOnly "$data" 2>/dev/null || echo 0)"
  measure check "$label" "$n" -- java -jar target/pkcheck.jar check "$data" --format json --date "$date"
  ./pkcheck check "$data" --format json --date "$date" >/dev/null 2>&1 # primes the launcher's AppCDS archive
  measure launcher "$label" "$n" -- ./pkcheck check "$data" --format json --date "$date"
  measure parse "$label" "$n" -- java -cp "$jackson" fi.perhekeskus.pkcheck.bench.jmh.ParseOnly "$data"
}

if [ "${SKIP_PROCESS:-0}" != "1" ]; then
  printf 'kind\tdataset\tmemberships\truns\twall_s\trss_mb\tstatus\n' >"$results/process.tsv"
  for region in sample-data/*/; do
    process_row "sample-data/$(basename "$region")" "${region%/}" "$SAMPLE_DATE"
  done
  largest=""
  for n in $SIZES; do
    process_row "synthetic $n" "$data_root/synthetic-$n-s$SEED/data" "$DATE"
    largest="$n"
  done
  if [ -n "$largest" ]; then
    data="$data_root/synthetic-$largest-s$SEED/data"
    n="$(java -cp "$jackson" fi.perhekeskus.pkcheck.bench.jmh.ParseOnly "$data" 2>/dev/null || echo 0)"
    measure check-xmx2g "synthetic $largest" "$n" -- java -Xmx2g -jar target/pkcheck.jar check "$data" \
      --format json --date "$DATE"
  fi
fi

# ---------------------------------------------------------------------------------------------- JMH
jmh() { # RESULT_FILE jmh-args...
  local file="$1"; shift
  java -Djmh.ignoreLock=true -cp "$cp" org.openjdk.jmh.Main "$@" -jvmArgsAppend "$JMH_HEAP" \
    -p dataRoot="$data_root" -p seed="$SEED" -rf json -rff "$file" >&2
}
iterations() { # size -> JMH iteration options
  if [ "${QUICK:-0}" = "1" ]; then echo "-wi 1 -i 2"
  elif [ "$1" -ge 1000000 ]; then echo "-wi 1 -i 3"
  elif [ "$1" -ge 100000 ]; then echo "-wi 2 -i 5"
  else echo "-wi 5 -i 10"; fi
}

if [ "${SKIP_JMH:-0}" != "1" ]; then
  rm -f "$results"/jmh-check-*.json
  for n in $SIZES; do
    log "JMH: plain vs Drools at $n memberships"
    # shellcheck disable=SC2046
    jmh "$results/jmh-check-$(printf '%08d' "$n").json" 'CheckBenchmark' -p size="$n" $(iterations "$n") ||
      log "CheckBenchmark at $n failed"
  done
fi
if [ "${SKIP_JMH:-0}" != "1" ] && [ "${SKIP_RULES:-0}" != "1" ]; then
  log "JMH: time per rule at $RULE_SIZE memberships"
  dir="$data_root/synthetic-$RULE_SIZE-s$SEED"
  [ -f "$dir/manifest.json" ] || java -Xmx4g -cp "$cp" fi.perhekeskus.pkcheck.bench.NetworkGenerator --model synthetic \
    --memberships "$RULE_SIZE" --seed "$SEED" --date "$DATE" --out "$dir" >&2
  # shellcheck disable=SC2046
  jmh "$results/jmh-rules.json" 'RuleBenchmark' -p size="$RULE_SIZE" $(iterations "$RULE_SIZE") ||
    log "RuleBenchmark failed"
fi

# ---------------------------------------------------------------------------------------------- report
{
  echo "# pkcheck benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo
  echo "Generated networks: synthetic model, seed $SEED, check date $DATE; sample regions on $SAMPLE_DATE."
  echo
  java -cp "$cp" fi.perhekeskus.pkcheck.bench.jmh.BenchReport "$results"
} >"$results/report.md"
cat "$results/report.md"
