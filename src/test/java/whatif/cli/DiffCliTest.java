package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.cli.CliRun.fixture;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code whatif diff}, in-process: variants against their scenario, and scenarios under a draft rule book. */
class DiffCliTest {
    private static final String NL = System.lineSeparator();
    private static final String RULES = fixture("reform/rules");
    private static final String DRAFT = fixture("reform/draft");
    private static final String VARIANTS = fixture("reform/scenarios/variants.yaml");
    private static final String SIXTY = "sixty in town earns a ticket of ten";

    @Test
    void eachVariantIsComparedWithItsScenarioWithTheRulesThatMadeTheDifference() throws IOException {
        CliRun run = CliRun.of("diff", "--rules", RULES, VARIANTS);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .contains("variant: at forty there is no ticket")
                .contains("     1 ~ Trip{road: TOWN, speedKmh: 60}: speedKmh 60 -> 40")
                .contains("    - Ticket{road: TOWN, limitKmh: 50, excessKmh: 10}" + NL
                        + "        concluded in the baseline by rule `town speed limit`")
                .contains("        in the variant the conditions of `town speed limit` never held" + NL
                        + "        rests on what the variant changes: 1")
                .contains("  the outcome does not change, though the runs part on 2024-01-01")
                .endsWith("3 variants: 2 change the outcome, 1 changes nothing" + NL);
        Golden.assertMatches(run.out(), "diff/variants.txt");
    }

    @Test
    void theSameComparisonAsJson() throws IOException {
        CliRun run = CliRun.of("diff", "--rules", RULES, VARIANTS, "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\"kind\" : \"variants\"").contains("\"elsewhere\" : \"notFired\"");
        Golden.assertMatches(run.out(), "diff/variants.json");
    }

    @Test
    void nameChoosesAScenariosVariantsOrOneVariant() {
        CliRun one = CliRun.of("diff", "--rules", RULES, VARIANTS, "--name", SIXTY + " / at forty there is no ticket");
        CliRun all = CliRun.of("diff", "--rules", RULES, VARIANTS, "--name", SIXTY);

        assertThat(one.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(one.out()).contains("variant: at forty").doesNotContain("variant: at seventy")
                .endsWith("1 variant: 1 changes the outcome, 0 change nothing" + NL);
        assertThat(all.out()).endsWith("3 variants: 2 change the outcome, 1 changes nothing" + NL);
    }

    @Test
    void aDraftRuleBookListsTheScenariosItChangesAndHow() throws IOException {
        CliRun run = CliRun.of("diff", "--rules", RULES, "--against-rules", DRAFT, fixture("reform/scenarios"));

        assertThat(run.exitCode()).as("a change is no failure without --fail-on-change").isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .startsWith("rules only the draft has: `town speed limit of 40`" + NL
                        + "rules only today's rules have: `town speed limit`" + NL)
                .contains("changed: " + SIXTY + "  (" + VARIANTS + ":3:11), passed -> failed")
                .contains("        limitKmh: 50 -> 40" + NL + "        excessKmh: 10 -> 20")
                .contains("concluded under the draft by rule `town speed limit of 40`")
                .doesNotContain("changed: a motorway trip within the limit")
                .endsWith("5 scenarios: 3 changed, 2 unchanged" + NL);
        Golden.assertMatches(run.out(), "diff/reform.txt");
    }

    @Test
    void aReformAsJsonListsTheUnchangedScenariosToo() throws IOException {
        CliRun run = CliRun.of("diff", "--rules", RULES, "--against-rules", DRAFT, fixture("reform/scenarios"), "--format", "json");

        assertThat(run.out()).contains("\"kind\" : \"reform\"").contains("\"onlyAfter\" : [ \"town speed limit of 40\" ]")
                .contains("\"name\" : \"a motorway trip within the limit\"");
        Golden.assertMatches(run.out(), "diff/reform.json");
    }

    @Test
    void failOnChangeMakesADiffACiGate() {
        CliRun changed = CliRun.of("diff", "--rules", RULES, "--against-rules", DRAFT, fixture("reform/scenarios"),
                "--fail-on-change", "--jobs", "2");
        CliRun same = CliRun.of("diff", "--rules", RULES, "--against-rules", RULES, fixture("reform/scenarios"),
                "--fail-on-change");
        CliRun unchanged = CliRun.of("diff", "--rules", RULES, "--against-rules", DRAFT, fixture("reform/scenarios"),
                "--fail-on-change", "--filter", "motorway");

        assertThat(changed.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(changed.out()).as("the report is the same on two threads")
                .isEqualTo(CliRun.of("diff", "--rules", RULES, "--against-rules", DRAFT, fixture("reform/scenarios")).out());
        assertThat(same.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(same.out()).endsWith("5 scenarios: 0 changed, 5 unchanged" + NL);
        assertThat(unchanged.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(unchanged.out()).endsWith("have: `town speed limit`" + NL + NL + "1 scenario: 0 changed, 1 unchanged" + NL);
    }

    @Test
    void aBrokenVariantIsReportedTheOthersAreComparedAndAFailedOneExitsTwo() {
        CliRun run = CliRun.of("diff", "--rules", RULES, fixture("reform/broken/broken-variants.yaml"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out())
                .startsWith("error[WI0214]: no given fact of type `Trp` to change")
                .contains("variant: at sixty-five it keeps expecting five and fails  (")
                .contains("not held: a fact Ticket{excessKmh: 5}")
                .contains("        excessKmh: 5 -> 15")
                .endsWith("1 problem in the input; see above" + NL
                        + "2 variants: 1 changes the outcome, 0 change nothing, 1 could not be compared" + NL);
    }

    @Test
    void aVariantThatDoesNotFitTheRulesIsShownWithItsProblemAndNotCompared() {
        String problems = "src/test/resources/fixtures/diagnostics/scenario-problems/";
        CliRun run = CliRun.of("diff", "--rules", problems + "rules", problems + "scenarios/variants.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out())
                .contains("variant: a field the type does not have  (" + problems + "scenarios/variants.yaml:20:11), invalid")
                .contains("error[WI0207]: unknown field `sped` in `Trip`")
                .contains("  not compared: the variant does not fit the rules")
                .endsWith("3 problems in the input; see above" + NL
                        + "5 variants: 2 change the outcome, 0 change nothing, 3 could not be compared" + NL);
    }

    @Test
    void aFailedExpectationOfAVariantExitsOne() {
        CliRun run = CliRun.of("diff", "--rules", RULES, fixture("reform/broken/broken-variants.yaml"), "--name",
                "fifty-five in town earns a ticket of five / at sixty-five it keeps expecting five and fails");

        assertThat(run.out()).contains("variant: at sixty-five it keeps expecting five and fails");
        assertThat(run.exitCode()).as("the broken variant is not chosen, but its problem is still an input problem")
                .isEqualTo(ExitCode.INPUT);
        CliRun reform = CliRun.of("diff", "--rules", RULES, "--against-rules", RULES, fixture("reform/broken"));
        assertThat(reform.exitCode()).isEqualTo(ExitCode.INPUT);
    }

    @Test
    void rulesThatDoNotCompileAreReportedAndNothingIsCompared() {
        CliRun run = CliRun.of("diff", "--rules", RULES, "--against-rules", fixture("broken-rules/rules"), fixture("reform/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains("broken-rules/rules/speed.drl:10:").endsWith("the rules do not compile: nothing was compared" + NL);
        CliRun json = CliRun.of("diff", "--rules", fixture("broken-rules/rules"), VARIANTS, "--format", "json");
        assertThat(json.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(json.out()).contains("\"rulesCompiled\" : false").contains("\"code\" : \"WI0103\"")
                .contains("\"comparisons\" : [ ]");
    }

    @Test
    void mistakesOnTheCommandLineAreUsageErrors() {
        assertThat(CliRun.of("diff").err()).isEqualTo("error: a scenario file is required" + NL
                + "usage: whatif diff [OPTIONS] [PATHS...]" + NL
                + " = hint: give the file whose variants to compare, or compare rule books with `--against-rules DIR [PATHS...]`; "
                + "`whatif help diff` lists the options" + NL);
        assertThat(CliRun.of("diff", VARIANTS, VARIANTS).err()).contains("error: diff compares the variants of one scenario file, "
                + "and 2 paths were given");
        assertThat(CliRun.of("diff", "--rules", RULES, VARIANTS, "--filter", "x").err())
                .contains("error: --filter chooses scenarios for --against-rules");
        assertThat(CliRun.of("diff", "--against-rules", DRAFT, "--name", "x").err())
                .contains("error: --name chooses the variants of a scenario file");
        CliRun misspelt = CliRun.of("diff", "--rules", RULES, VARIANTS, "--name", "sixty in town earns a tiket of ten");
        assertThat(misspelt.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(misspelt.err()).contains("error: no scenario or variant named `sixty in town earns a tiket of ten`")
                .contains("hint: did you mean `" + SIXTY + "`?");
        CliRun noVariants = CliRun.of("diff", "--rules", RULES, fixture("traffic/scenarios/town.yaml"));
        assertThat(noVariants.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(noVariants.err()).contains("error: no scenario in `" + fixture("traffic/scenarios/town.yaml") + "` has variants")
                .contains("hint: write `variants:` under a scenario");
    }
}
