package whatif.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import whatif.diff.Delta;
import whatif.diff.Differ;
import whatif.diff.Side;
import whatif.report.DiffReport;
import whatif.rulebook.RuleBook;
import whatif.run.RunOptions;
import whatif.run.ScenarioRunner;
import whatif.scenario.RejectedScenario;
import whatif.scenario.Scenario;
import whatif.scenario.Variant;
import whatif.source.Suggestions;

/**
 * {@code whatif diff FILE}: each scenario of the file that has variants is run once, each of its
 * variants too, and each variant is compared with it. {@code --name} picks a scenario (all its
 * variants) or one variant by its full name.
 */
final class VariantDiff {
    static final String BEFORE = "the baseline";
    static final String AFTER = "the variant";
    private final CommandLine commandLine;
    private final Path file;
    private final Optional<String> name;

    VariantDiff(CommandLine commandLine, Path file, Optional<String> name) {
        this.commandLine = commandLine;
        this.file = file;
        this.name = name;
    }

    DiffReport compare(Inputs inputs, RunOptions options) {
        List<Scenario> chosen = chosen(inputs.scenarios(), inputs.rejected());
        List<RejectedScenario> rejected = inputs.rejected().stream()
                .filter(r -> name.map(n -> r.name().equals(n) || r.name().startsWith(n + Variant.SEPARATOR)).orElse(true)).toList();
        // A variant whose scenario was rejected (a name used twice, say) has nothing to be compared with.
        long orphans = chosen.stream().filter(s -> s.isVariant()
                && chosen.stream().noneMatch(base -> isVariantOf(s, base))).count();
        List<Delta> deltas = new ArrayList<>();
        if (inputs.ruleBook().isPresent()) {
            RuleBook book = inputs.ruleBook().get();
            ScenarioRunner runner = new ScenarioRunner(options.withTrace(true));
            for (Scenario baseline : chosen.stream().filter(s -> !s.isVariant()).toList()) {
                Side before = new Side(runner.run(book, baseline), book);
                for (Scenario variant : variantsOf(baseline, chosen)) {
                    deltas.add(Differ.compare(before, new Side(runner.run(book, variant), book)));
                }
            }
        }
        return new DiffReport(DiffReport.Kind.VARIANTS, BEFORE, AFTER, inputs.diagnostics(), deltas,
                List.of(), List.of(), rejected.size() + (int) orphans, true);
    }

    /** The baselines to compare, each followed by the variants chosen; a variant chosen alone brings its baseline. */
    private List<Scenario> chosen(List<Scenario> scenarios, List<RejectedScenario> rejected) {
        List<Scenario> withVariants = scenarios.stream()
                .filter(s -> s.isVariant() || scenarios.stream().anyMatch(v -> isVariantOf(v, s))).toList();
        boolean anyRejectedVariant = rejected.stream().anyMatch(r -> r.name().contains(Variant.SEPARATOR));
        if (withVariants.isEmpty() && !anyRejectedVariant && !scenarios.isEmpty()) {
            throw new UsageError(commandLine, "no scenario in `" + file + "` has variants",
                    "write `variants:` under a scenario (the README's `What if, side by side`), "
                            + "or compare rule books with `--against-rules DIR`");
        }
        if (name.isEmpty()) {
            return withVariants;
        }
        Optional<Scenario> named = withVariants.stream().filter(s -> s.name().equals(name.get())).findFirst();
        if (named.isEmpty()) {
            List<String> names = withVariants.stream().map(Scenario::name).toList();
            throw new UsageError(commandLine, "no scenario or variant named `" + name.get() + "` in `" + file + "`",
                    Suggestions.hint(name.get(), names));
        }
        if (named.get().isVariant()) {
            String baseline = named.get().variant().orElseThrow().baseline();
            return withVariants.stream().filter(s -> s.name().equals(baseline) || s == named.get()).toList();
        }
        return withVariants.stream().filter(s -> s == named.get() || isVariantOf(s, named.get())).toList();
    }

    private static List<Scenario> variantsOf(Scenario baseline, List<Scenario> scenarios) {
        return scenarios.stream().filter(s -> isVariantOf(s, baseline)).toList();
    }

    private static boolean isVariantOf(Scenario variant, Scenario baseline) {
        return variant.variant().map(v -> v.baseline().equals(baseline.name())).orElse(false);
    }
}
