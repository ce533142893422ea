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
 * The sweep to run: the scenario's {@code sweep:}, with each part the command line gives
 * instead ({@code --vary} replaces its axes, {@code --observe} its fields). Text that is not an
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

    SweepRequest over(Scenario scenario) {
        Optional<SweepRequest> declared = scenario.sweep().map(SweepRequest::of);
        List<SweepAxis> axes = vary.isEmpty() ? declared.map(SweepRequest::vary).orElse(List.of()) : axes();
        List<ObservedField> fields = observe.isEmpty() ? declared.map(SweepRequest::observe).orElse(List.of()) : observed();
        // The command line's way wins over the declared one: `--adaptive` drops a declared boundary, and the reverse.
        Optional<String> boundary = findBoundary != null ? Optional.of(findBoundary)
                : adaptive ? Optional.empty() : declared.flatMap(SweepRequest::findBoundary);
        boolean refine = adaptive || (findBoundary == null && declared.map(SweepRequest::adaptive).orElse(false));
        return new SweepRequest(axes, fields, boundary, refine);
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
