package whatif.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import whatif.mutate.Mutant;
import whatif.mutate.MutantMaker;
import whatif.mutate.MutantResult;
import whatif.mutate.MutantStatus;
import whatif.mutate.MutationReport;
import whatif.rulebook.RuleSource;

/** The text of a mutation report, from fixed results: no rule is compiled or run. */
class MutationTextTest {
    private static final String NL = System.lineSeparator();
    private static final List<Mutant> MUTANTS = MutantMaker.make(List.of(new RuleSource(Path.of("rules/late.drl"), """
            package toy;
            declare Parcel days : int end
            rule "late\u001b[2J parcel"
            when
                Parcel( days > 3 )
            then
            end
            """)));

    private static String text(List<MutantResult> results, OptionalDouble minScore) {
        StringWriter out = new StringWriter();
        new MutationText().report(new MutationReport(results, 1, 2, Duration.ofMillis(1234), minScore), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void survivorsThenWhatDidNotCompileThenTheCountsAndTheScore() {
        List<MutantResult> results = List.of(
                new MutantResult(MUTANTS.get(0), MutantStatus.SURVIVED, "", "", 0),
                new MutantResult(MUTANTS.get(1), MutantStatus.CAUGHT, "a scenario", "failed", 0),
                new MutantResult(MUTANTS.get(2), MutantStatus.NOT_COMPILED, "", "rules/late.drl:5:20: error[WI0106]: bad", 0),
                new MutantResult(MUTANTS.get(3), MutantStatus.CAUGHT, "a scenario", "failed", 0));

        assertThat(text(results, OptionalDouble.of(50))).isEqualTo(
                "SURVIVED    late\\u001b[2J parcel  (rules/late.drl:3:1)" + NL
                + "            rule removed (no scenario fires this rule)" + NL
                + "UNCOMPILED  late\\u001b[2J parcel  (rules/late.drl:5:20)" + NL
                + "            `days > 3` -> `days > 2`" + NL
                + "            rules/late.drl:5:20: error[WI0106]: bad" + NL
                + NL
                + "4 mutants of 1 rule against 2 scenarios: 2 caught, 1 survived, 1 not compiled" + NL
                + "mutation score 66.6% (2 of 3 caught) in 1.2 s; at least --min-score 50" + NL);
    }

    @Test
    void withNothingLeftOverOnlyTheCountsArePrinted() {
        List<MutantResult> results = List.of(new MutantResult(MUTANTS.get(0), MutantStatus.CAUGHT, "a scenario", "failed", 1));

        assertThat(text(results, OptionalDouble.of(100))).isEqualTo(
                "1 mutant of 1 rule against 2 scenarios: 1 caught, 0 survived, 0 not compiled" + NL
                + "mutation score 100.0% (1 of 1 caught) in 1.2 s; at least --min-score 100" + NL);
    }
}
