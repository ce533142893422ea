#!/usr/bin/env bash
# The cold start of `whatif run scenarios/` as a process, four ways: the JVM's default options and
# the launcher's (target/whatif), each without the rule-book cache and with a warm one. For each:
# wall time, CPU time (user + sys, which other work on the machine hardly changes) and peak RSS,
# the median of RUNS runs (default 5), after one run that is not counted (it fills the OS's file
# cache and, for the warm rows, the rule-book cache, kept in a temporary folder).
# Usage, from the repository root after `mvn -q package -DskipTests`:
#   bash src/jmh/sh/cold-start.sh [RUNS]
set -euo pipefail

runs=${1:-5}
launcher=${WHATIF_LAUNCHER:-target/whatif}   # another build: WHATIF_LAUNCHER=path/to/whatif
[[ -x "$launcher" ]] || { echo "error: $launcher not found; build it with \`mvn -q package -DskipTests\`" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "error: GNU time (/usr/bin/time, Debian package \`time\`) is needed for peak RSS" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure LABEL JVM-OPTIONS|launcher CACHE(on|off)
measure() {
    local label=$1 options=$2 cache=$3 measurements="$work/$1"
    local -a env=(WHATIF_CACHE_DIR="$work/cache-$label")
    [[ "$options" == launcher ]] || env+=(WHATIF_JAVA_OPTS="$options")
    [[ "$cache" == on ]] || env+=(WHATIF_NO_CACHE=1)
    rm -rf "$work/cache-$label"
    for run in $(seq 0 "$runs"); do
        # %e wall seconds, %U + %S CPU seconds, %M peak RSS in KiB; the report itself is not wanted.
        env "${env[@]}" /usr/bin/time -o "$measurements.run" -f "%e %U %S %M" "$launcher" run scenarios/ > /dev/null
        (( run > 0 )) && cat "$measurements.run" >> "$measurements"
    done
    printf '%-34s %6s s %6s s %5s MiB   each (wall user sys KiB): %s\n' "$label" \
        "$(awk '{ print $1 }' "$measurements" | median)" \
        "$(awk '{ print $2 + $3 }' "$measurements" | median)" \
        "$(awk '{ printf "%.0f\n", $4 / 1024 }' "$measurements" | median)" \
        "$(tr '\n' ',' < "$measurements" | sed 's/,$//; s/,/; /g')"
}

echo "cold start of \`$launcher run scenarios/\`, median of $runs runs; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %8s %8s %9s\n' "" wall CPU "peak RSS"
measure "JVM defaults, no cache" "" off
measure "JVM defaults, warm cache" "" on
measure "launcher, no cache" launcher off
measure "launcher, warm cache" launcher on
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); launcher options: $(grep -o -- '-XX:[^"]*' "$launcher" | head -1)"
