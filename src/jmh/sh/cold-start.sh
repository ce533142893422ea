#!/usr/bin/env bash
# The cold start of `whatif run scenarios/` as a process: wall time, CPU time (user + sys, which
# other work on the machine hardly changes) and peak RSS, the median of RUNS runs (default 5),
# after one run that is not counted (it fills the OS's file cache).
# Usage, from the repository root after `mvn -q package -DskipTests`:
#   bash src/jmh/sh/cold-start.sh [RUNS] [-- extra JVM options]
set -euo pipefail

runs=${1:-5}
shift || true
[[ "${1:-}" == "--" ]] && shift
jvm_options=("$@")
jar=${WHATIF_JAR:-target/whatif.jar}   # another build: WHATIF_JAR=path/to/whatif.jar
[[ -f "$jar" ]] || { echo "error: $jar not found; build it with \`mvn -q package -DskipTests\`" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "error: GNU time (/usr/bin/time, Debian package \`time\`) is needed for peak RSS" >&2; exit 2; }

measurements=$(mktemp)
trap 'rm -f "$measurements"' EXIT
for run in $(seq 0 "$runs"); do
    # %e wall seconds, %U + %S CPU seconds, %M peak RSS in KiB; the report itself is not wanted.
    /usr/bin/time -o "$measurements.run" -f "%e %U %S %M" \
        java "${jvm_options[@]}" -jar "$jar" run scenarios/ > /dev/null
    (( run > 0 )) && cat "$measurements.run" >> "$measurements"
done
rm -f "$measurements.run"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "cold start of \`java ${jvm_options[*]} -jar $jar run scenarios/\`, median of $runs runs:"
printf '  wall      %s s\n' "$(awk '{ print $1 }' "$measurements" | median)"
printf '  CPU       %s s (user + sys)\n' "$(awk '{ print $2 + $3 }' "$measurements" | median)"
printf '  peak RSS  %s MiB\n' "$(awk '{ printf "%.0f\n", $4 / 1024 }' "$measurements" | median)"
printf '  (each run: wall, user, sys, KiB)\n'
sed 's/^/    /' "$measurements"
