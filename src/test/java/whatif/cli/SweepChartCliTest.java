package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whatif.chart.SvgDocument;

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
    void aChartThatNamesAFolderIsRefusedBeforeTheSweepRuns(@TempDir Path dir) throws IOException {
        Path rows = dir.resolve("rows.csv");
        Path folder = Files.createDirectory(dir.resolve("rows.svg"));

        CliRun run = CliRun.of("sweep", "--rules", RULES, PARCEL, "--vary", "Parcel.lengthCm=0..50:10",
                "--observe", "Rate.band", "-o", rows.toString(), "--chart", folder.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).startsWith("error: `--chart " + folder + "` names a folder; expected the chart's file");
        assertThat(rows).doesNotExist();
    }

    @Test
    void rowsPrintedOrWrittenAsJsonLinesGiveTheSameChartAsACsvFile(@TempDir Path dir) throws IOException {
        String[] sweep = {"sweep", "--rules", RULES, PARCEL, "--vary", "Parcel.lengthCm=0..50:10", "--vary", "Parcel.weightKg=0..50:5",
            "--observe", "Rate.band", "--jobs", "1"};
        Path fromCsv = dir.resolve("csv.svg");
        Path fromJsonl = dir.resolve("jsonl.svg");
        Path fromPrinted = dir.resolve("a/folder/not/made/yet/printed.svg");

        CliRun csv = CliRun.of(with(sweep, "-o", dir.resolve("rows.csv").toString(), "--chart", fromCsv.toString()));
        CliRun jsonl = CliRun.of(with(sweep, "-o", dir.resolve("rows.jsonl").toString(), "--chart", fromJsonl.toString()));
        CliRun printed = CliRun.of(with(sweep, "--chart", fromPrinted.toString()));

        assertThat(List.of(csv, jsonl, printed)).allSatisfy(run -> assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK));
        assertThat(printed.out()).isEqualTo(Files.readString(dir.resolve("rows.csv")));
        assertThat(printed.err()).contains("chart written to " + fromPrinted);
        assertThat(Files.readAllBytes(fromJsonl)).isEqualTo(Files.readAllBytes(fromCsv));
        assertThat(Files.readAllBytes(fromPrinted)).isEqualTo(Files.readAllBytes(fromCsv));
        assertThat(Files.readString(fromCsv)).contains(">Parcel length (cm)</text>", ">LARGE|SMALL</text>");
    }

    @Test
    void theCopyOfPrintedRowsIsGoneOnceTheChartIsDrawn(@TempDir Path dir) throws IOException {
        List<Path> before = copiesLeft();

        CliRun run = CliRun.of("sweep", "--rules", RULES, PARCEL, "--vary", "Parcel.lengthCm=0..50:10", "--vary",
                "Parcel.weightKg=0..50:5", "--observe", "Rate.band", "--chart", dir.resolve("c.svg").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(copiesLeft()).isEqualTo(before);
    }

    private static List<Path> copiesLeft() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("whatif-sweep-")).sorted().toList();
        }
    }

    @Test
    void anAdaptiveSweepIsDrawnAsTheFullGridIs(@TempDir Path dir) throws IOException {
        String[] sweep = {"sweep", "--rules", RULES, PARCEL, "--vary", "Parcel.lengthCm=0..100:2", "--vary", "Parcel.weightKg=0..60:2",
            "--observe", "Rate.band"};
        Path full = dir.resolve("full.svg");
        Path adaptive = dir.resolve("adaptive.svg");

        CliRun grid = CliRun.of(with(sweep, "-o", dir.resolve("full.csv").toString(), "--chart", full.toString()));
        CliRun refined = CliRun.of(with(sweep, "--adaptive", "-o", dir.resolve("adaptive.csv").toString(), "--chart", adaptive.toString()));

        assertThat(refined.exitCode()).as(refined.err()).isEqualTo(ExitCode.OK);
        assertThat(grid.exitCode()).as(grid.err()).isEqualTo(ExitCode.OK);
        assertThat(refined.err()).doesNotContain(" 1581 evaluations for a grid of 1581 points").contains("chart written to " + adaptive);
        assertThat(Files.readString(dir.resolve("adaptive.csv"))).isEqualTo(Files.readString(dir.resolve("full.csv")));
        assertThat(Files.readAllBytes(adaptive)).isEqualTo(Files.readAllBytes(full));
    }

    @Test
    void aBoundarySweepIsDrawnAsTheFrontierItsChangesTrace(@TempDir Path dir) throws IOException {
        Path chart = dir.resolve("changes.svg");

        CliRun run = CliRun.of("sweep", "--rules", RULES, PARCEL, "--vary", "Parcel.lengthCm=0..60:10", "--vary", "Parcel.weightKg=0..60:10",
                "--observe", "Rate.band", "--find-boundary", "Parcel.weightKg", "-o", dir.resolve("changes.csv").toString(),
                "--chart", chart.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        // Up to 20 kg a short parcel is SMALL (from 30 cm also LARGE, a mistake of the toy rules), then LARGE, from 45 kg SMALL again.
        assertThat(Files.readString(dir.resolve("changes.csv"))).contains("\n0,20,SMALL,,21,LARGE,\n", "\n0,44,LARGE,,45,SMALL,\n");
        List<String> texts = SvgDocument.parse(Files.readAllBytes(chart)).texts();
        assertThat(texts).contains("Where the Rate band changes, by Parcel length and Parcel weight", "Parcel length (cm)",
                "Parcel weight (kg)", "SMALL → LARGE", "LARGE → SMALL", "LARGE|SMALL → LARGE");
    }

    @Test
    void aBoundarySweepAlongItsOnlyAxisHasNoChart(@TempDir Path dir) {
        Path chart = dir.resolve("changes.svg");

        CliRun run = CliRun.of("sweep", "--rules", RULES, PARCEL, "--vary", "Parcel.weightKg=0..60:10", "--observe", "Rate.band",
                "--find-boundary", "Parcel.weightKg", "--chart", chart.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("warning[WI0307]: no chart fits these columns", "--> (standard output):1:1",
                "a chart of changes needs another axis to draw them over");
        assertThat(chart).doesNotExist();
    }

    @Test
    void aChartWhoseFormatIsUnknownIsRefusedBeforeTheSweepRuns(@TempDir Path dir) {
        CliRun run = CliRun.of("sweep", "--rules", RULES, PARCEL, "--vary", "Parcel.weightKg=0..50:5", "--observe", "Rate.band",
                "-o", dir.resolve("rows.csv").toString(), "--chart", dir.resolve("rows.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("cannot tell the chart's format from");
        assertThat(dir.resolve("rows.csv")).doesNotExist();
    }

    @Test
    void rowsNoChartFitsAreSaidSo(@TempDir Path dir) {
        Path chart = dir.resolve("rows.svg");

        CliRun run = CliRun.of("sweep", "--rules", RULES, PARCEL, "--vary", "Parcel.weightKg=0..50:5", "--observe", "Rate.band",
                "-o", dir.resolve("rows.csv").toString(), "--chart", chart.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("warning[WI0307]: no chart fits these columns", "rows.csv:1:1",
                "1 | Parcel.weightKg,Rate.band,error", "  | " + "^".repeat("Parcel.weightKg,Rate.band,error".length()) + " a chart needs two numeric axes");
        assertThat(chart).doesNotExist();
    }

    private static String[] with(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
