package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepChartCliTest {
    private static final String RULES = "src/test/resources/fixtures/verify/rules";
    private static final String PARCEL = "src/test/resources/fixtures/verify/scenarios/a-parcel.yaml";

    @Test
    void aSweepOverTwoNumbersIsDrawnAsTheEnvelopeOfWhatItObserves(@TempDir Path dir) throws IOException {
        Path rows = dir.resolve("rows.csv");
        Path chart = dir.resolve("rows.svg");

        CliRun run = CliRun.of("sweep", "--rules", RULES, PARCEL, "--vary", "Parcel.lengthCm=0..50:10",
                "--vary", "Parcel.weightKg=0..50:5", "--observe", "Rate.band", "-o", rows.toString(), "--chart", chart.toString(),
                "--jobs", "1");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("chart written to " + chart);
        // Where the toy rules give two rates, the sweep joins them: an outcome of its own.
        assertThat(Files.readString(chart)).contains(">Parcel length (cm)</text>", ">Parcel weight (kg)</text>",
                ">SMALL</text>", ">LARGE</text>", ">LARGE|SMALL</text>", ">frontier</text>");
    }

    @Test
    void aChartNeedsTheRowsInACsvFile(@TempDir Path dir) {
        CliRun run = CliRun.of("sweep", "--rules", RULES, PARCEL, "--vary", "Parcel.weightKg=0..50:5", "--observe", "Rate.band",
                "-o", dir.resolve("rows.jsonl").toString(), "--chart", dir.resolve("rows.svg").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error: --chart draws the rows of a CSV file", "write them to one with `--output FILE.csv`");
    }

    @Test
    void rowsNoChartFitsAreSaidSo(@TempDir Path dir) {
        Path chart = dir.resolve("rows.svg");

        CliRun run = CliRun.of("sweep", "--rules", RULES, PARCEL, "--vary", "Parcel.weightKg=0..50:5", "--observe", "Rate.band",
                "-o", dir.resolve("rows.csv").toString(), "--chart", chart.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("warning[WI0307]: no chart fits these columns");
        assertThat(chart).doesNotExist();
    }
}
