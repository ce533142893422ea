#!/usr/bin/env bash
# The executable-model spike (src/jmh/execmodel.md): the cold start of running every scenario with
# a rule book loaded from an executable-model build, against today's cached rule book, as processes.
# Rows, taking turns run by run so that a change in the machine's load falls on all alike:
#   exec model            ExecModelSpike exec-run: the executable model's classes read from one file
#   exec model + archive  the same with the generated classes in a jar on the class path and every
#                         class in a class-data archive: an upper bound, since only classes of the
#                         class path can be archived, and a cache entry's are not on it
#   today, same harness   ExecModelSpike cached-run: today's cache entry, read by the same harness
#   today, target/whatif  `run scenarios/` with a warm cache (the product), without its class-data
#                         archive; and with it, when the build made one (target/whatif.jsa)
# All with the launcher's JVM options. For each: wall, CPU (user + sys) and peak RSS, median and
# fastest of RUNS runs (default 5) after one run that is not counted. The spike's own phases
# (load, run) are printed once at the start, from the process itself.
# Usage, from the repository root after `mvn -q package -DskipTests` (which compiles the spike):
#   bash src/jmh/sh/execmodel-spike.sh [RUNS]
set -euo pipefail

runs=${1:-5}
[[ -x target/whatif && -f target/test-classes/whatif/rulebook/ExecModelSpike.class ]] \
    || { echo "error: build first: mvn -q package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { sort -g | head -1; }

# The executable model's two runtime jars (test scope in the pom) beside the shipped jar and its lib/.
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp" > /dev/null
model_jars=$(tr ':' '\n' < "$work/cp" | grep -E 'drools-(model-compiler|canonical-model)-' | paste -sd:)
run_cp="target/test-classes:target/whatif.jar:$model_jars"
compile_cp="target/test-classes:target/classes:$(cat "$work/cp")"
options=$(grep -o -- '-XX:[^"]*' target/whatif | head -1)
export WHATIF_CACHE_DIR="$work/cache"

echo "compiling the executable model once (its CPU time is the compile's cost; not a cold-start figure):"
/usr/bin/time -f "  process: %e s wall, %U s user, %S s sys, %M KiB" \
    java -cp "$compile_cp" whatif.rulebook.ExecModelSpike exec-compile rules "$work/entry" 2>&1 | grep -v -e SLF4J -e WARN
echo "same outcomes on every scenario, both builds in one JVM:"
java -cp "$compile_cp" whatif.rulebook.ExecModelSpike compare rules scenarios "$work/entry" 2>&1 | grep -v -e SLF4J -e WARN | tail -3

# The upper bound: spike and generated classes as jars (an archive takes no folders), one archive of all.
mkdir -p "$work/spike/whatif/rulebook" "$work/generated"
cp target/test-classes/whatif/rulebook/ExecModelSpike*.class "$work/spike/whatif/rulebook/"
jar cf "$work/spike.jar" -C "$work/spike" .
java -cp "$run_cp" whatif.rulebook.ExecModelSpike extract "$work/entry" "$work/generated"
jar cf "$work/generated.jar" -C "$work/generated" .
archived_cp="$work/spike.jar:target/whatif.jar:$model_jars:$work/generated.jar"
# shellcheck disable=SC2086
java $options -Dspike.classesOnClasspath=true -XX:DumpLoadedClassList="$work/classes.list" -cp "$archived_cp" \
    whatif.rulebook.ExecModelSpike exec-run rules scenarios "$work/entry" > /dev/null 2>&1
grep -v '^[#@]' "$work/classes.list" | awk '!seen[$0]++' > "$work/classes.filtered"   # @lambda lines crash the dump
# shellcheck disable=SC2086
java $options -Xshare:dump -XX:SharedClassListFile="$work/classes.filtered" -XX:SharedArchiveFile="$work/exec.jsa" \
    -cp "$archived_cp" > "$work/dump.log" 2>&1 || { echo "error: no archive, see $work/dump.log" >&2; exit 3; }

rows=("exec model" "exec model + archive" "today, same harness" "today, target/whatif")
[[ -f target/whatif.jsa && target/whatif.jsa -nt target/whatif.jar ]] && rows+=("today, with its archive")
measure_once() {
    local file="$work/${1//[^a-z]/_}"
    # shellcheck disable=SC2086
    case "$1" in
        "exec model") /usr/bin/time -o "$file.run" -f "%e %U %S %M" java $options -cp "$run_cp" \
                          whatif.rulebook.ExecModelSpike exec-run rules scenarios "$work/entry" > "$file.out" 2> "$file.err" ;;
        "exec model + archive") /usr/bin/time -o "$file.run" -f "%e %U %S %M" java $options \
                          -XX:SharedArchiveFile="$work/exec.jsa" -Xshare:on -Dspike.classesOnClasspath=true -cp "$archived_cp" \
                          whatif.rulebook.ExecModelSpike exec-run rules scenarios "$work/entry" > "$file.out" 2> "$file.err" ;;
        "today, same harness") /usr/bin/time -o "$file.run" -f "%e %U %S %M" java $options -cp "$run_cp" \
                          whatif.rulebook.ExecModelSpike cached-run rules scenarios "$work/cache" > "$file.out" 2> "$file.err" ;;
        "today, target/whatif") WHATIF_JAVA_OPTS="$options" /usr/bin/time -o "$file.run" -f "%e %U %S %M" \
                          target/whatif run scenarios/ > "$file.out" ;;
        *) /usr/bin/time -o "$file.run" -f "%e %U %S %M" target/whatif run scenarios/ > "$file.out" ;;
    esac
    (( $2 > 0 )) && cat "$file.run" >> "$file"
    return 0
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); JVM options: $options"
for run in $(seq 0 "$runs"); do
    for row in "${rows[@]}"; do
        measure_once "$row" "$run"
    done
    if (( run == 0 )); then
        for row in "exec model" "today, same harness"; do
            echo "$row, phases of the uncounted run: $(grep -e loaded -e ran "$work/${row//[^a-z]/_}.err" | paste -sd';')"
        done
        cmp -s "$work/exec_model.out" "$work/today__target_whatif.out" \
            && echo "the exec model's report is the same bytes as target/whatif's: $(tail -1 "$work/exec_model.out")" \
            || echo "REPORTS DIFFER: diff $work/exec_model.out $work/today__target_whatif.out"
    fi
done
printf '%-26s %15s %15s %9s\n' "" "wall (fastest)" "CPU (fastest)" "peak RSS"
for row in "${rows[@]}"; do
    file="$work/${row//[^a-z]/_}"
    printf '%-26s %6s (%5s) s %6s (%5s) s %5s MiB   each (wall user sys KiB): %s\n' "$row" \
        "$(awk '{ print $1 }' "$file" | median)" "$(awk '{ print $1 }' "$file" | minimum)" \
        "$(awk '{ print $2 + $3 }' "$file" | median)" "$(awk '{ print $2 + $3 }' "$file" | minimum)" \
        "$(awk '{ printf "%.0f\n", $4 / 1024 }' "$file" | median)" \
        "$(tr '\n' ',' < "$file" | sed 's/,$//; s/,/; /g')"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
