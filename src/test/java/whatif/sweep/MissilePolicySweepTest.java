package whatif.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whatif.rulebook.RuleBook;
import whatif.rulebook.RuleBookCompiler;
import whatif.run.RunOptions;
import whatif.scenario.ObservedField;
import whatif.scenario.Scalar;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioFiles;
import whatif.scenario.SweepAxis;
import whatif.scenario.SweepSyntax;
import whatif.source.Span;

/**
 * Sweeps of the missile-guidelines policy in {@code rules/}, from the scenario of
 * {@code scenarios/sweeps/}: adaptive refinement against the full grid, and a date found to the day.
 */
class MissilePolicySweepTest {
    private static final Path SCENARIO = Path.of("scenarios/sweeps/heaviest-payload-at-800-km.yaml");
    private static RuleBook book;
    private static Scenario scenario;

    @BeforeAll
    static void compile() {
        book = RuleBookCompiler.compileFolder(Path.of("rules")).ruleBook().orElseThrow();
        scenario = ScenarioFiles.read(List.of(SCENARIO)).scenarios().get(0);
    }

    private static Sweep sweep(List<String> vary, List<String> observe, Optional<String> boundary, boolean adaptive) throws Exception {
        List<SweepAxis> axes = new ArrayList<>();
        for (String text : vary) {
            axes.add(SweepSyntax.axis(Scalar.of(text, Span.wholeFile(Path.of("<command line>")))));
        }
        List<ObservedField> fields = new ArrayList<>();
        for (String text : observe) {
            fields.add(SweepSyntax.observed(Scalar.of(text, Span.wholeFile(Path.of("<command line>")))));
        }
        Sweep.Preparation prepared = Sweep.prepare(book, scenario, new SweepRequest(axes, fields, boundary, adaptive), RunOptions.defaults());
        assertThat(prepared.diagnostics()).isEmpty();
        return prepared.sweep().orElseThrow();
    }

    @Test
    void adaptiveRefinementDrawsTheFullGridsEnvelopeOfRangeAndPayload() throws Exception {
        List<String> vary = List.of("Proposal.rangeKm=100..1500:50", "Proposal.payloadKg=100..2500:50");
        StringWriter full = new StringWriter();
        StringWriter adaptive = new StringWriter();

        sweep(vary, List.of("Verdict.value"), Optional.empty(), false).run(full, RowFormat.CSV, 2);
        SweepResult refined = sweep(vary, List.of("Verdict.value"), Optional.empty(), true).run(adaptive, RowFormat.CSV, 2);

        assertThat(adaptive.toString()).isEqualTo(full.toString());
        assertThat(full.toString()).contains(",PERMITTED,").contains(",NOT_PERMITTED,").contains(",UNDETERMINED,");
        System.out.printf("adaptive on the missile policy: %d of %d points evaluated (%.1f %%)%n", refined.evaluations(),
                refined.points(), 100.0 * refined.evaluations() / refined.points());
        assertThat(refined.evaluations()).isLessThan(refined.points() / 2);
    }

    @Test
    void aThousandKilogramsAt800KmArePermittedFrom7November2017() throws Exception {
        StringWriter out = new StringWriter();

        sweep(List.of("Proposal.payloadKg=1000..1000:1", "asOf=2012-01-01..2019-12-31:1m"), List.of("Verdict.value", "Verdict.version"),
                Optional.of("asOf"), false).run(out, RowFormat.CSV, 2);

        assertThat(out.toString()).isEqualTo("""
                Proposal.payloadKg,before:asOf,before:Verdict.value,before:Verdict.version,before:error,\
                after:asOf,after:Verdict.value,after:Verdict.version,after:error
                1000,2012-10-06,NOT_PERMITTED,MG-2001,,2012-10-07,NOT_PERMITTED,MG-2012,
                1000,2017-11-06,NOT_PERMITTED,MG-2012,,2017-11-07,PERMITTED,MG-2017,
                """);
    }
}
