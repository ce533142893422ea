package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCliTest {
    private static final String FIXTURE = "src/test/resources/fixtures/verify";
    private static final String RULES = FIXTURE + "/rules";

    @Test
    void eachBrokenInvariantIsReportedWithItsFirstFindingsAndCounted() {
        CliRun run = CliRun.of("verify", "--rules", RULES, FIXTURE + "/verify.yaml", "--max-findings", "1");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out().lines()).containsSubsequence(
                "check: parcels by length and weight  (" + FIXTURE + "/verify.yaml:2:11), 66 points",
                "  BROKEN  at most one Rate per parcel  (" + FIXTURE + "/verify.yaml:8:9): 10 findings",
                "    at Parcel.lengthCm 30, Parcel.weightKg 0: 2 Rate facts for parcel `p`: Rate{parcel: p, band: LARGE}, "
                        + "Rate{parcel: p, band: SMALL}",
                "    and 9 more",
                "  BROKEN  Rate.band never goes down SMALL < LARGE as Parcel.weightKg grows  (" + FIXTURE + "/verify.yaml:14:9): 5 findings",
                "    at Parcel.lengthCm 0: Rate.band is LARGE at Parcel.weightKg 40 but SMALL at 45",
                "  held    Rate.band never goes down SMALL < LARGE as Parcel.lengthCm grows",
                "1 check, 4 invariants: 1 held, 3 broken (25 findings)");
    }

    @Test
    void eachCounterexampleIsAScenarioThatFailsWhileTheRulesBreakTheInvariant(@TempDir Path dir) throws IOException {
        CliRun verify = CliRun.of("verify", "--rules", RULES, FIXTURE + "/verify.yaml", "--max-findings", "1",
                "--write-counterexamples", dir.toString());

        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.sorted().toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly(
                "01-at-most-one-rate-per-parcel.yaml",
                "02-never-both-rate-band-small-and-rate-band-large-for-one-parce.yaml",
                "03-rate-band-never-goes-down-small-large-as-parcel-weightkg-gro.yaml");
        assertThat(verify.out()).contains("      reproduced by " + files.get(0));
        CliRun run = CliRun.of("run", "--rules", RULES, dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        // The lower point of the monotonicity is the baseline and holds; the three others fail.
        assertThat(run.out()).contains("4 scenarios: 1 passed, 3 failed, 0 errors, 0 invalid")
                .contains("FAIL    at most one Rate per parcel, at Parcel.lengthCm 30, Parcel.weightKg 0")
                .contains("actual:   Rate{parcel: p, band: SMALL}");
    }

    @Test
    void problemsInTheVerifyFileAreShownWhereTheyAreAndTheGoodCheckStillRuns() {
        CliRun run = CliRun.of("verify", "--rules", RULES, FIXTURE + "/bad-verify.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(
                "error[WI0215]: the range `0..50` is not `FROM..TO:STEP`", "--> " + FIXTURE + "/bad-verify.yaml:5:24",
                "error[WI0202]: unknown key `nver` in an invariant",
                "error[WI0207]: unknown field `lenghtCm` of `Parcel`", "= hint: did you mean `lengthCm`?",
                "error[WI0206]: unknown type `Rat`", "= hint: did you mean `Rate`?",
                "error[WI0207]: `along: Parcel.weight` is not an axis of the check");
        assertThat(run.out()).contains("check: a good check beside the bad ones", "  held    at most one Rate")
                .doesNotContain("misspelt names");
    }

    @Test
    void aVerifyFileIsReadWithinTheLimitsOfAScenarioFile(@TempDir Path dir) throws IOException {
        Path deep = dir.resolve("deep.yaml");
        Files.writeString(deep, "checks: " + "[".repeat(2_000) + "]".repeat(2_000) + "\n");
        Path latin1 = dir.resolve("latin-1.yaml");
        Files.write(latin1, new byte[] {'c', 'h', 'e', 'c', 'k', 's', ':', ' ', '[', 'c', 'a', 'f', (byte) 0xE9, ']', '\n'});

        CliRun tooDeep = CliRun.of("verify", "--rules", RULES, deep.toString());
        CliRun notUtf8 = CliRun.of("verify", "--rules", RULES, latin1.toString());

        assertThat(tooDeep.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(tooDeep.err()).contains("error[WI0212]", "nested more than 64 deep, the most a verify file may have",
                "--> " + deep + ":1:", "a check needs about six levels");
        assertThat(notUtf8.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(notUtf8.err()).contains("not UTF-8", "--> " + latin1 + ":1:13");
    }

    @Test
    void aMissingVerifyFileIsNamed() {
        CliRun run = CliRun.of("verify", "--rules", RULES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error[WI0301]: no file `" + RULES + "/verify.yaml`");
    }

    @Test
    void oneThreadAndTwoGiveTheSameReport() {
        CliRun one = CliRun.of("verify", "--rules", RULES, FIXTURE + "/verify.yaml", "--jobs", "1");
        CliRun two = CliRun.of("verify", "--rules", RULES, FIXTURE + "/verify.yaml", "--jobs", "2");

        assertThat(two.out()).isEqualTo(one.out()).isNotEmpty();
    }

    /**
     * The missile policy's own checks (rules/verify.yaml) on a coarser grid whose values sit on
     * and just past the record's limits: every invariant holds.
     */
    @Test
    void theMissilePolicyKeepsItsInvariantsAtItsLimits(@TempDir Path dir) throws IOException {
        String declared = Files.readString(Path.of("rules/verify.yaml"))
                .replace("../scenarios/", Path.of("scenarios").toAbsolutePath() + "/")
                .replace("1979-07-01..2022-07-01:1y", "[1978-06-01, 1979-10-15, 1990-06-01, 2005-06-01, 2015-06-01, 2019-06-01, 2022-06-01]")
                .replace("0..1200:50", "[0, 180, 181, 300, 301, 500, 501, 800, 801]")
                .replace("0..3000:125", "[0, 499, 500, 501, 1000, 1001, 1500, 1501, 2000, 2001, 3000]");
        assertThat(declared).doesNotContain("..");
        Path verify = dir.resolve("verify.yaml");
        Files.writeString(verify, declared);

        CliRun run = CliRun.of("verify", verify.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("693 points", "1 check, 5 invariants: 5 held, 0 broken (0 findings)");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    }
}
