package whatif.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import whatif.scenario.ObservedField;
import whatif.scenario.Scalar;
import whatif.scenario.Scenario;
import whatif.scenario.SweepAxis;
import whatif.scenario.SweepSyntax;
import whatif.source.Span;
import whatif.sweep.SweepRequest;

/**
 * The sweep to run: the command line's, when it gives {@code --vary}; else the scenario's
 * {@code sweep:}, with each part the command line gives in place of the declared one. Text that is not an
 * axis or a field is a usage error that says what was expected.
 */
final class SweepOptions {
    /** Where text from the command line is "written": no file, so diagnostics about it point into the scenario. */
    static final Path COMMAND_LINE = Path.of("<command line>");

    private final CommandLine cli;
    private final List<String> vary;
    private final List<String> observe;
    private final String findBoundary;
    private final boolean adaptive;

    SweepOptions(CommandLine cli, List<String> vary, List<String> observe, String findBoundary, boolean adaptive) {
        this.cli = cli;
        this.vary = List.copyOf(vary);
        this.observe = List.copyOf(observe);
        this.findBoundary = findBoundary;
        this.adaptive = adaptive;
    }

    /**
     * With {@code --vary}, the command line's sweep alone; without, the declared one, each part the
     * command line gives replacing the declared part.
     */
    SweepRequest over(Scenario scenario) {
        if (!vary.isEmpty() || scenario.sweep().isEmpty()) {
            return new SweepRequest(axes(), observed(), Optional.ofNullable(findBoundary), adaptive);
        }
        SweepRequest declared = SweepRequest.of(scenario.sweep().get());
        List<ObservedField> fields = observe.isEmpty() ? declared.observe() : observed();
        // `--adaptive` drops a declared boundary, and `--find-boundary` a declared `adaptive`.
        Optional<String> boundary = findBoundary != null ? Optional.of(findBoundary)
                : adaptive ? Optional.empty() : declared.findBoundary();
        boolean refine = adaptive || (findBoundary == null && declared.adaptive());
        return new SweepRequest(declared.vary(), fields, boundary, refine);
    }

    private List<SweepAxis> axes() {
        List<SweepAxis> axes = new ArrayList<>();
        for (String text : vary) {
            try {
                axes.add(SweepSyntax.axis(Scalar.of(text, Span.wholeFile(COMMAND_LINE))));
            } catch (SweepSyntax.BadText e) {
                throw new UsageError(cli, "--vary " + text + ": " + e.diagnostic().message() + "; " + e.diagnostic().label(),
                        e.diagnostic().hint());
            }
        }
        return axes;
    }

    private List<ObservedField> observed() {
        List<ObservedField> fields = new ArrayList<>();
        for (String text : observe) {
            try {
                fields.add(SweepSyntax.observed(Scalar.of(text, Span.wholeFile(COMMAND_LINE))));
            } catch (SweepSyntax.BadText e) {
                throw new UsageError(cli, "--observe " + text + ": " + e.diagnostic().message() + "; " + e.diagnostic().label(),
                        e.diagnostic().hint());
            }
        }
        return fields;
    }
}
