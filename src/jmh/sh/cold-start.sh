#!/usr/bin/env bash
# The cold start of `whatif run scenarios/` as a process: the JVM's default options and the
# launcher's (target/whatif), each without the rule-book cache and with a warm one; the launcher
# without the class-data archive the build makes (target/whatif.jsa), to show what the archive
# gives; and `whatif --version`, the JVM and the command line alone. For each: wall time, CPU time
# (user + sys, which other work on the machine changes less) and peak RSS, the median of RUNS runs
# (default 5) and the fastest, after one run that is not counted (it fills the OS's file cache
# and, for the warm rows, the rule-book cache, kept in a temporary folder). The rows take turns,
# run by run, so that a change in the machine's load falls on all of them alike.
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

minimum() { sort -g | head -1; }
launcher_options=$(grep -o -- '-XX:[^"]*' "$launcher" | head -1)
archive="$(dirname "$launcher")/whatif.jsa"

# The rows: LABEL|JVM options, or `launcher` for the launcher's own|cache (on, off)|command.
rows=(
    "JVM defaults, no cache||off|run scenarios/"
    "JVM defaults, warm cache||on|run scenarios/"
    "launcher without archive, warm|$launcher_options|on|run scenarios/"
    "launcher, no cache|launcher|off|run scenarios/"
    "launcher, warm cache|launcher|on|run scenarios/"
    "launcher, --version|launcher|off|--version"
)

# measure-once ROW RUN: one run of the row, its figures appended to the row's file after run 0.
measure_once() {
    local label options cache command run=$2
    IFS='|' read -r label options cache command <<< "$1"
    local file="$work/${label//[^a-z]/_}"
    local -a env=(WHATIF_CACHE_DIR="$file.cache")
    [[ "$options" == launcher ]] || env+=(WHATIF_JAVA_OPTS="$options")
    [[ "$cache" == on ]] || env+=(WHATIF_NO_CACHE=1)
    # %e wall seconds, %U + %S CPU seconds, %M peak RSS in KiB; the report itself is not wanted.
    # shellcheck disable=SC2086
    env "${env[@]}" /usr/bin/time -o "$file.run" -f "%e %U %S %M" "$launcher" $command > /dev/null
    (( run > 0 )) && cat "$file.run" >> "$file"
    return 0
}

echo "cold start of \`$launcher\`, median and fastest of $runs runs; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "launcher options: $launcher_options; class-data archive: $([[ -f "$archive" ]] && echo "$archive" || echo none)"
for run in $(seq 0 "$runs"); do
    for row in "${rows[@]}"; do
        measure_once "$row" "$run"
    done
done
printf '%-34s %15s %15s %9s\n' "" "wall (fastest)" "CPU (fastest)" "peak RSS"
for row in "${rows[@]}"; do
    IFS='|' read -r label _ <<< "$row"
    file="$work/${label//[^a-z]/_}"
    printf '%-34s %6s (%5s) s %6s (%5s) s %5s MiB   each (wall user sys KiB): %s\n' "$label" \
        "$(awk '{ print $1 }' "$file" | median)" "$(awk '{ print $1 }' "$file" | minimum)" \
        "$(awk '{ print $2 + $3 }' "$file" | median)" "$(awk '{ print $2 + $3 }' "$file" | minimum)" \
        "$(awk '{ printf "%.0f\n", $4 / 1024 }' "$file" | median)" \
        "$(tr '\n' ',' < "$file" | sed 's/,$//; s/,/; /g')"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
