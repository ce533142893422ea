package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code whatif sweep} in-process, on the toy toll of fixtures/sweep and on the missile policy. */
class SweepCliTest {
    private static final String RULES = "src/test/resources/fixtures/sweep/rules";
    private static final String CROSSING = "src/test/resources/fixtures/sweep/scenarios/crossing.yaml";
    private static final String SCENARIOS = "src/test/resources/fixtures/sweep/scenarios";

    @TempDir
    Path dir;

    @Test
    void theHeaviestPayloadPermittedAt800KmOn1June2015Is500Kg() {
        CliRun run = CliRun.of("sweep", "scenarios/sweeps/heaviest-payload-at-800-km.yaml", "--jobs", "2");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("""
                before:Proposal.payloadKg,before:Verdict.value,before:error,after:Proposal.payloadKg,after:Verdict.value,after:error
                500,PERMITTED,,501,NOT_PERMITTED,
                """);
    }

    @Test
    void rowsGoToAFileAndASummaryToStandardError() throws Exception {
        Path csv = dir.resolve("bands.csv");
        CliRun run = CliRun.of("sweep", "--rules", RULES, CROSSING, "--vary", "Crossing.weightT=0..20:10",
                "--observe", "Charge.band", "Charge.amount", "-o", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo("""
                Crossing.weightT,Charge.band,Charge.amount,error
                0,FREE,0,
                10,LOW,5,
                20,HIGH,20,
                """);
        assertThat(run.err()).isEqualTo("sweep: 3 rows written to " + csv + "; 3 evaluations for a grid of 3 points" + System.lineSeparator());
    }

    @Test
    void aJsonlFileGetsJsonLines() throws Exception {
        Path jsonl = dir.resolve("bands.jsonl");
        CliRun run = CliRun.of("sweep", "--rules", RULES, CROSSING, "--vary", "asOf=2020-03-01..2020-04-01:1m",
                "--observe", "Charge.amount", "-o", jsonl.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(jsonl, StandardCharsets.UTF_8)).isEqualTo("""
                {"asOf":"2020-03-01","Charge.amount":"5","error":null}
                {"asOf":"2020-04-01","Charge.amount":"7","error":null}
                """);
    }

    @Test
    void withoutObserveEachRowHasTheStatusAndTheProducedFacts() {
        CliRun run = CliRun.of("sweep", "--rules", RULES, CROSSING, "--vary", "Crossing.weightT=10..15:5");

        assertThat(run.out()).isEqualTo("Crossing.weightT,status,facts,error\n10,passed,Charge:1,\n15,failed,Charge:1,\n");
    }

    @Test
    void aPointWhoseRuleThrowsIsARowAndTheExitCodeIsTwo() {
        CliRun run = CliRun.of("sweep", "--rules", RULES, CROSSING, "--vary", "Crossing.weightT=98..100:1", "--observe", "Charge.band");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out().lines()).hasSize(4);
        assertThat(run.out().lines().toList().get(2)).startsWith("99,,").contains("the scale breaks at 99 t");
        assertThat(run.err()).contains("3 rows written").contains("1 could not run to their end (see `error`)");
    }

    @Test
    void anUnknownFieldIsALocatedDiagnosticWithASuggestion() {
        CliRun run = CliRun.of("sweep", "--rules", RULES, CROSSING, "--vary", "Crossing.wieghtT=0..10:5");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error[WI0207]: unknown field `wieghtT` in `Crossing`")
                .contains("--> " + CROSSING + ":4:5")
                .contains("= hint: did you mean `weightT`?");
    }

    @Test
    void anAxisThatIsNotOneIsAUsageErrorThatShowsTheForm() {
        CliRun run = CliRun.of("sweep", "--rules", RULES, CROSSING, "--vary", "Crossing.weightT=0..10");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error: --vary Crossing.weightT=0..10: the range `0..10` is not `FROM..TO:STEP`")
                .contains("= hint: as `0..2000:100`");
    }

    @Test
    void aFileOfSeveralScenariosNeedsAName() throws Exception {
        Path file = dir.resolve("two.yaml");
        Files.writeString(file, """
                scenarios:
                  - {name: one, asOf: 2019-06-01, given: [{type: Crossing, id: a, weightT: 1}], expect: {counts: {Charge: 1}}}
                  - {name: two, asOf: 2019-06-01, given: [{type: Crossing, id: a, weightT: 2}], expect: {counts: {Charge: 1}}}
                """);

        CliRun unnamed = CliRun.of("sweep", "--rules", RULES, file.toString(), "--vary", "Crossing.weightT=1..2:1");
        CliRun named = CliRun.of("sweep", "--rules", RULES, file.toString(), "--name", "two", "--vary", "Crossing.weightT=1..2:1",
                "--observe", "Charge.band");

        assertThat(unnamed.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(unnamed.err()).contains("holds 2 scenarios; which one to sweep?").contains("`one`, `two`");
        assertThat(named.out()).isEqualTo("Crossing.weightT,Charge.band,error\n1,FREE,\n2,LOW,\n");
    }

    @Test
    void aScenarioWithoutASweepNeedsVary() {
        CliRun run = CliRun.of("sweep", "--rules", RULES, SCENARIOS + "/two-crossings.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("declares no sweep, and no `--vary` was given");
    }

    @Test
    void theOutputCannotBeTheScenarioFile() {
        CliRun run = CliRun.of("sweep", "--rules", RULES, CROSSING, "-o", CROSSING);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("is the scenario file");
    }

    @Test
    void aDeclaredOutputIsWhereTheRowsGoAndOptionsReplaceDeclaredParts() throws Exception {
        Path csv = dir.resolve("declared.csv");
        Path file = dir.resolve("declared.yaml");
        Files.writeString(file, """
                name: a truck
                asOf: 2019-06-01
                given: [{type: Crossing, id: a, weightT: 10}]
                expect: {counts: {Charge: 1}}
                sweep:
                  vary: ["Crossing.weightT=0..20:10"]
                  observe: [Charge.band]
                  findBoundary: Crossing.weightT
                  output: %s
                """.formatted(csv));

        CliRun boundaries = CliRun.of("sweep", "--rules", RULES, file.toString());
        String declared = Files.readString(csv, StandardCharsets.UTF_8);
        CliRun adaptive = CliRun.of("sweep", "--rules", RULES, file.toString(), "--adaptive", "--observe", "Charge.amount");

        assertThat(boundaries.exitCode()).as(boundaries.err()).isEqualTo(ExitCode.OK);
        assertThat(declared.lines().skip(1)).containsExactly("1,FREE,,2,LOW,", "12,LOW,,13,HIGH,");
        assertThat(adaptive.exitCode()).as(adaptive.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo("Crossing.weightT,Charge.amount,error\n0,0,\n10,5,\n20,20,\n");
    }

    @Test
    void aSweepIsEitherAdaptiveOrFindsBoundaries() {
        CliRun run = CliRun.of("sweep", "--rules", RULES, CROSSING, "--vary", "Crossing.weightT=0..20:10",
                "--adaptive", "--find-boundary", "Crossing.weightT");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error[WI0215]: a sweep is either adaptive or finds boundaries");
    }
}
