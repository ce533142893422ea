#!/usr/bin/env bash
# The issue's sweep target as a process: a million points of the missile policy (every range from
# 1 to 1,000 km by 1, every payload from 10 to 10,000 kg by 10, on the date of the scenario in
# scenarios/sweeps/), `Verdict.value` observed, rows written to a CSV file, start and the cached
# rule book included. On all cores and on one: wall time, CPU time (user + sys) and peak RSS, the
# median of RUNS runs (default 3) after one that is not counted (it fills the rule-book cache);
# then whether the two wrote the same bytes. Targets: under 10 s wall, under 512 MiB.
# Usage, from the repository root after `mvn -q package -DskipTests`:
#   bash src/jmh/sh/million-points.sh [RUNS]
set -euo pipefail

runs=${1:-3}
launcher=${WHATIF_LAUNCHER:-target/whatif}
[[ -x "$launcher" ]] || { echo "error: $launcher not found; build it with \`mvn -q package -DskipTests\`" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "error: GNU time (/usr/bin/time, Debian package \`time\`) is needed for peak RSS" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
sweep=(sweep scenarios/sweeps/heaviest-payload-at-800-km.yaml --vary Proposal.rangeKm=1..1000:1
    --vary Proposal.payloadKg=10..10000:10 --observe Verdict.value)

# measure LABEL JOBS
measure() {
    local label=$1 jobs=$2 measurements="$work/$2.times"
    for run in $(seq 0 "$runs"); do
        WHATIF_CACHE_DIR="$work/cache" /usr/bin/time -o "$measurements.run" -f "%e %U %S %M" \
            "$launcher" "${sweep[@]}" --jobs "$jobs" --output "$work/$jobs.csv" 2> /dev/null
        (( run > 0 )) && cat "$measurements.run" >> "$measurements"
    done
    printf '%-22s %6s s %6s s %5s MiB   each (wall user sys KiB): %s\n' "$label" \
        "$(awk '{ print $1 }' "$measurements" | median)" \
        "$(awk '{ print $2 + $3 }' "$measurements" | median)" \
        "$(awk '{ printf "%.0f\n", $4 / 1024 }' "$measurements" | median)" \
        "$(tr '\n' ',' < "$measurements" | sed 's/,$//; s/,/; /g')"
}

cores=$(nproc)
echo "1,000,000 points of \`$launcher sweep\`, median of $runs runs; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %8s %8s %9s\n' "" wall CPU "peak RSS"
measure "$cores threads (--jobs $cores)" "$cores"
measure "1 thread (--jobs 1)" 1
rows=$(($(wc -l < "$work/1.csv") - 1))
if cmp -s "$work/1.csv" "$work/$cores.csv"; then same="the same bytes"; else same="DIFFERENT bytes"; fi
echo "$rows rows; 1 and $cores threads wrote $same; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ "$same" == "the same bytes" ]]
