package whatif.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Collection;
import java.util.Map;
import org.drools.core.common.TruthMaintenanceSystemFactory;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks and prints what they mean: the medians side by side and whatif's rate as
 * a ratio of the plain-Drools baselines measured in the same run. Takes JMH's own options
 * ({@code -h} lists them), e.g. {@code Points -wi 2 -i 3}. Before timing anything it checks
 * that the three ways of evaluating a point agree on every point.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams() || options.shouldListProfilers()
                || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PrintStream out = System.out;
        Map<String, Integer> verdicts = Agreement.check(BenchInputs.ruleBook());
        out.println("# whatif's runner, its sweep path, the pool and the reused session agree on the verdict at every point: " + verdicts);
        out.println("# truth maintenance by " + TruthMaintenanceSystemFactory.get().getClass().getName());
        OptionsBuilder builder = new OptionsBuilder();
        if (options.getIncludes().isEmpty()) {
            // Experiments run only when named.
            builder.include("whatif\\.bench\\.(Control|Suite|Points)");
        }
        Options withCpuTime = builder.parent(options).addProfiler(CpuTimeProfiler.class).build();
        Collection<RunResult> results = new Runner(withCpuTime).run();
        new SummaryTable(results).print(out);
    }
}
