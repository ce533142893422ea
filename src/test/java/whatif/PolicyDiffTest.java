package whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.assertions.WhatIfAssertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import whatif.assertions.WhatIf;
import whatif.diff.Delta;
import whatif.run.Status;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioFiles;

/**
 * The policy's own what-ifs, side by side: the one-ton request and its variants, and the reform
 * example of {@code examples/keep-payload-cap-2017}, each with the difference it must make.
 */
class PolicyDiffTest {
    private static final WhatIf TODAY = WhatIf.rules(Path.of("rules"));
    private static final Path ONE_TON = Path.of("scenarios/seed-claims/one-ton-request.yaml");
    private static final Path REFORM = Path.of("examples/keep-payload-cap-2017");

    /** The variant of the one-ton request whose own name starts so, with its full name found in the file. */
    private static Delta oneTon(String variant) {
        List<Scenario> scenarios = ScenarioFiles.read(List.of(ONE_TON)).scenarios();
        Scenario chosen = scenarios.stream().filter(s -> s.variant().map(v -> v.name().startsWith(variant)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no variant `" + variant + "...` in " + ONE_TON));
        return TODAY.diff(ONE_TON, chosen.name());
    }

    @Test
    void underTheRevisionAdoptedEarlyTheViolationDisappearsWithTheRulesThatMadeTheDifference() {
        assertThat(oneTon("adopted early")).hasStatuses(Status.PASSED, Status.PASSED)
                .disappeared("Violation").with("limit", "PAYLOAD_KG").with("version", "MG-2012")
                .concludedBy("payload against the reported trade-off")
                .and().appeared("GuidelineAdopted").with("version", "MG-2017")
                .and().changed("Verdict", "value", "NOT_PERMITTED", "PERMITTED")
                .partsOn("2017-07-04");
    }

    @Test
    void withoutTheIcbmTestsTheViolationStays() {
        assertThat(oneTon("without the ICBM tests")).hasStatuses(Status.PASSED, Status.PASSED).hasChanges()
                .keeps("Violation");
    }

    @Test
    void atFiveHundredKilogramsTheViolationDisappearsBecauseOfTheChangedPayload() {
        Delta delta = oneTon("at 500 kg");

        assertThat(delta).disappeared("Violation").with("limit", "PAYLOAD_KG")
                .and().changed("Verdict", "value", "NOT_PERMITTED", "PERMITTED");
        assertThat(delta.disappeared()).filteredOn(d -> d.fact().type().equals("Violation")).singleElement()
                .satisfies(d -> assertThat(d.causes()).singleElement().satisfies(cause ->
                        assertThat(cause.writtenAt().orElseThrow().file()).isEqualTo(ONE_TON)));
    }

    @Test
    void theDraftThatKeepsAPayloadCapChangesThePayloadsAboveOneTon() {
        WhatIf draft = WhatIf.rules(REFORM.resolve("rules"));
        Path scenarios = REFORM.resolve("scenarios/payloads-at-800-km.yaml");

        assertThat(TODAY.diffAgainst(draft, scenarios, "a two-ton warhead at 800 km in 2020 is permitted"))
                .hasStatuses(Status.PASSED, Status.FAILED)
                .appeared("Violation").with("limit", "PAYLOAD_KG").with("allowed", 1000).with("excess", 1000)
                .concludedBy("payload over its limit")
                .and().changed("Verdict", "value", "PERMITTED", "NOT_PERMITTED")
                .startedFiring("draft: MG-2017 keeps a ballistic payload cap of 1,000 kg");
        assertThat(TODAY.diffAgainst(draft, scenarios, "a one-ton warhead at 800 km in 2018 is permitted"))
                .hasStatuses(Status.PASSED, Status.PASSED).keeps("Violation")
                .changed("Verdict", "confidence", "HIGH", "LOW");
        assertThat(TODAY.diffAgainst(draft, scenarios, "a two-ton warhead at 800 km in 2016 breaks the 2012 limit"))
                .hasNoChanges();
    }

    @Test
    void theReformDiffListsTheScenariosItChangesAndGatesOnThem() {
        String[] args = {"diff", "--against-rules", REFORM.resolve("rules").toString(), REFORM.resolve("scenarios").toString()};
        StringWriter out = new StringWriter();
        CommandLine cli = whatif.cli.WhatIf.commandLine(false);
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute(args)).isZero();
        assertThat(out.toString())
                .startsWith("rules only the draft has: `draft: MG-2017 keeps a ballistic payload cap of 1,000 kg`")
                .contains("changed: a two-ton warhead at 800 km in 2020 is permitted  (", "), passed -> failed")
                .contains("changed: a one-ton warhead at 800 km in 2018 is permitted  (")
                .doesNotContain("changed: a two-ton warhead at 800 km in 2016")
                .endsWith("3 scenarios: 2 changed, 1 unchanged" + System.lineSeparator());
        CommandLine gate = whatif.cli.WhatIf.commandLine(false);
        gate.setOut(new PrintWriter(new StringWriter()));
        assertThat(gate.execute(append(args, "--fail-on-change"))).isEqualTo(1);
    }

    private static String[] append(String[] args, String more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }
}
