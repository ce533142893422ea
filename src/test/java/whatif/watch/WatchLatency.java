package whatif.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import whatif.testing.FileTrees;

/**
 * Measures how long {@code whatif watch} takes from a save to what it prints, on a copy of a rules
 * folder and a scenarios folder, in a child process: the time from the moment a write returns to
 * the moment the first error line, or the line that ends the pass, is read from the watch's output.
 * It includes everything a user waits for: the file system's event, the quiet period, the pass and
 * the pipe. A measurement, not a test (a loaded machine would make any bound flaky):
 * <pre>
 * mvn -q package -DskipTests
 * java -cp target/test-classes:target/whatif.jar whatif.watch.WatchLatency [RULES SCENARIOS [ROUNDS]]
 * </pre>
 * Each round saves, in the rule file with the most rules: a syntax error (found by the parse), an
 * unknown type in a condition (found only by building the file), the file restored (built, every
 * scenario run); then a scenario's name edited (that file's scenarios run) and restored.
 */
public final class WatchLatency {
    private static final Duration PASS_TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern NAME = Pattern.compile("(?m)^(\\s*-?\\s*name:\\s*)(\"?)(.*?)(\"?)\\s*$");

    private final Map<String, List<Long>> millis = new LinkedHashMap<>();
    private final Map<String, List<Long>> cpuMillis = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        Path rules = Path.of(args.length > 0 ? args[0] : "rules");
        Path scenarios = Path.of(args.length > 1 ? args[1] : "scenarios");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        new WatchLatency().measure(rules, scenarios, rounds);
    }

    private void measure(Path rules, Path scenarios, int rounds) throws Exception {
        Path dir = Files.createTempDirectory("whatif-watch-latency");
        FileTrees.copy(rules, dir.resolve("rules"));
        FileTrees.copy(scenarios, dir.resolve("scenarios"));
        Path ruleFile = fileWithMostRules(dir.resolve("rules"));
        Path scenarioFile = firstScenarioFile(dir.resolve("scenarios"));
        String rule = Files.readString(ruleFile, StandardCharsets.UTF_8);
        String scenario = Files.readString(scenarioFile, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "rule file %s, scenario file %s, load average %s%n",
                dir.relativize(ruleFile), dir.relativize(scenarioFile), loadAverage());
        try (WatchProcess watch = WatchProcess.start(dir)) {
            long started = System.nanoTime();
            watch.await(WatchProcess::endsAPass, PASS_TIMEOUT);
            System.out.printf(Locale.ROOT, "first pass (cold JVM, full build, every scenario): %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            waitUntilIdle(watch); // the warm-up after the first pass: a user reads the first report meanwhile
            for (int round = 0; round < rounds; round++) {
                save(watch, "syntax error, to the error line", ruleFile, afterFirstWhen(rule, "    this is not ( drl"),
                        line -> line.startsWith("error["));
                save(watch, "unknown type, to the error line", ruleFile, afterFirstWhen(rule, "    NoSuchTypeAnywhere( )"),
                        line -> line.startsWith("error["));
                save(watch, "rule file restored, to the verdicts", ruleFile, rule, WatchProcess::endsAPass);
                save(watch, "scenario edited, to its verdicts", scenarioFile, renamed(scenario), WatchProcess::endsAPass);
                save(watch, "scenario restored, to its verdicts", scenarioFile, scenario, WatchProcess::endsAPass);
            }
            System.out.printf(Locale.ROOT, "exit code after SIGINT: %d%n", watch.interrupt(Duration.ofSeconds(30)));
        }
        System.out.println("from the save to the line (wall clock), and the CPU time the watch used meanwhile:");
        millis.forEach((what, values) -> System.out.printf(Locale.ROOT, "%-38s median %5d ms, max %5d ms %s; CPU median %5d ms%n",
                what, median(values), values.stream().mapToLong(Long::longValue).max().orElse(0), values,
                median(cpuMillis.get(what))));
        System.out.printf(Locale.ROOT, "load average at the end %s%n", loadAverage());
    }

    /** Writes the file, times the first line that matches, and waits for the end of the pass. */
    private void save(WatchProcess watch, String what, Path file, String text, Predicate<String> until) throws Exception {
        Thread.sleep(300); // well apart from the last save, so that each is a pass of its own
        long cpuBefore = watch.cpuMillis();
        Files.writeString(file, text, StandardCharsets.UTF_8);
        long saved = System.nanoTime();
        WatchProcess.Line line = watch.await(until, PASS_TIMEOUT);
        millis.computeIfAbsent(what, k -> new ArrayList<>()).add((line.readAt() - saved) / 1_000_000);
        cpuMillis.computeIfAbsent(what, k -> new ArrayList<>()).add(watch.cpuMillis() - cpuBefore);
        if (!WatchProcess.endsAPass(line.text())) {
            watch.await(WatchProcess::endsAPass, PASS_TIMEOUT);
        }
    }

    private static void waitUntilIdle(WatchProcess watch) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        long before = watch.cpuMillis();
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            long now = watch.cpuMillis();
            if (now - before < 50) {
                return;
            }
            before = now;
        }
    }

    private static String afterFirstWhen(String drl, String line) {
        Matcher when = Pattern.compile("(?m)^\\s*when\\s*$").matcher(drl);
        if (!when.find()) {
            throw new IllegalArgumentException("no `when` line in the rule file");
        }
        return drl.substring(0, when.end()) + "\n" + line + drl.substring(when.end());
    }

    private static String renamed(String yaml) {
        Matcher name = NAME.matcher(yaml);
        if (!name.find()) {
            throw new IllegalArgumentException("no `name:` in the scenario file");
        }
        return yaml.substring(0, name.start(3)) + name.group(3) + " (edited)" + yaml.substring(name.end(3));
    }

    private static Path fileWithMostRules(Path rules) throws IOException {
        try (Stream<Path> walk = Files.walk(rules)) {
            return walk.filter(p -> p.toString().endsWith(".drl"))
                    .max(Comparator.comparingLong(WatchLatency::ruleCount).thenComparing(Comparator.reverseOrder()))
                    .orElseThrow(() -> new IllegalArgumentException("no rule file in " + rules));
        }
    }

    private static long ruleCount(Path file) {
        try {
            return Pattern.compile("(?m)^\\s*rule\\s").matcher(Files.readString(file, StandardCharsets.UTF_8)).results().count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path firstScenarioFile(Path scenarios) throws IOException {
        try (Stream<Path> walk = Files.walk(scenarios)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no scenario file in " + scenarios));
        }
    }


    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
