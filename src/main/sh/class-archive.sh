#!/bin/sh
# Makes BUILD/whatif.jsa, the class-data archive (AppCDS) the launcher starts the JVM with: the
# classes a run loads, already parsed and verified, mapped from one file instead of read from some
# 40 jars (README, "Cold start"). Run by `mvn package` after the jar is built; a build without
# it only starts slower, so any failure here is a warning, never a failed build.
#
#   sh src/main/sh/class-archive.sh BUILD PROJECT   (BUILD holds whatif.jar; PROJECT rules/, scenarios/)
#
# The classes are those two training runs load: `run` with an empty rule-book cache (compiling the
# rules and writing the cache) and `check` with the cache warm (reading it back). Their class lists
# lose the `@lambda-proxy` and `@lambda-form-invoker` lines: with them, dumping crashes Debian's JDK
# 17.0.15 (SIGSEGV in SystemDictionaryShared::adjust_lambda_proxy_class_dictionary). Classes of
# signed jars (the Eclipse compiler) are skipped by the JVM, with a warning each, kept in the log.
set -eu

build=$1
project=$2
if [ -n "${JAVA_HOME:-}" ]; then
    java="$JAVA_HOME/bin/java"
else
    java=java
fi
jar="$build/whatif.jar"
work="$build/class-archive"
log="$work/log.txt"
rm -rf "$work"
mkdir -p "$work"

# The options of the launcher's short commands (src/main/sh/whatif).
options="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

# A training run may find scenarios failing or no policy at all: its classes count, not its result.
# shellcheck disable=SC2086
"$java" $options -XX:DumpLoadedClassList="$work/compiling.classlist" -jar "$jar" \
    run --cache-dir "$work/cache" --rules "$project/rules" "$project/scenarios" >> "$log" 2>&1 || true
# shellcheck disable=SC2086
"$java" $options -XX:DumpLoadedClassList="$work/cached.classlist" -jar "$jar" \
    check --cache-dir "$work/cache" --rules "$project/rules" "$project/scenarios" >> "$log" 2>&1 || true

# Both lists, each class once, in the order first loaded; no comments, no @lambda lines.
cat "$work/compiling.classlist" "$work/cached.classlist" | grep -v '^[#@]' | awk '!seen[$0]++' > "$work/classes.classlist"

# shellcheck disable=SC2086
if "$java" $options -Xshare:dump -XX:SharedClassListFile="$work/classes.classlist" \
        -XX:SharedArchiveFile="$work/whatif.jsa" -jar "$jar" >> "$log" 2>&1 \
    && "$java" $options -Xshare:on -XX:SharedArchiveFile="$work/whatif.jsa" -jar "$jar" --version >> "$log" 2>&1; then
    # Moved into place only once it is known to map: the launcher never sees half an archive.
    mv "$work/whatif.jsa" "$build/whatif.jsa"
    rm -rf "$work/cache"
    echo "class-data archive: $build/whatif.jsa ($(grep -c . "$work/classes.classlist") classes listed)"
else
    rm -f "$build/whatif.jsa"
    echo "warning: no class-data archive made (see $log); target/whatif starts without it, slower" >&2
fi
