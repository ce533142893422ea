package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCliTest {
    private static final String BANDS = "src/test/resources/fixtures/chart/bands.csv";

    @Test
    void anEnvelopeWithASeriesIsWrittenAsSvg(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("sub/bands.svg");

        CliRun run = CliRun.of("chart", BANDS, "--x", "Parcel.lengthCm", "--y", "Parcel.weightKg", "--value", "Rate.band",
                "--series", "asOf", "--outcome", "SMALL", "-o", svg.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("chart written to " + svg + System.lineSeparator());
        assertThat(Files.readString(svg)).contains(">2020-01-01</text>", ">2024-01-01</text>", ">Parcel weight (kg)</text>");
    }

    @Test
    void aPngIsWrittenByItsExtension(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("bands.png");

        CliRun run = CliRun.of("chart", BANDS, "--x", "Parcel.lengthCm", "--y", "Parcel.weightKg", "--value", "Rate.band",
                "--output", png.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void aBadCellIsShownInItsLineAndTheChartIsStillDrawn(@TempDir Path dir) {
        Path svg = dir.resolve("bad.svg");

        CliRun run = CliRun.of("chart", "src/test/resources/fixtures/chart/bad-cell.csv", "--x", "Parcel.lengthCm",
                "--y", "Parcel.weightKg", "--value", "Rate.band", "-o", svg.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error[WI0308]: `1O` in column `Parcel.lengthCm` is not a number",
                "--> src/test/resources/fixtures/chart/bad-cell.csv:3:1", "3 | 1O,0,SMALL", "^^ expected a number");
        assertThat(svg).exists();
    }

    @Test
    void aChartFileThatIsAFolderOrUnderAFileIsAUsageError(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("chart.svg"));
        Path file = Files.writeString(dir.resolve("plain"), "");

        CliRun intoFolder = CliRun.of("chart", BANDS, "--x", "Parcel.lengthCm", "--y", "Parcel.weightKg", "--value", "Rate.band",
                "-o", folder.toString());
        CliRun underFile = CliRun.of("chart", BANDS, "--x", "Parcel.lengthCm", "--y", "Parcel.weightKg", "--value", "Rate.band",
                "-o", file.resolve("chart.svg").toString());

        assertThat(intoFolder.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(intoFolder.err()).startsWith("error: `-o " + folder + "` names a folder; expected the chart's file")
                .doesNotContain("internal error");
        assertThat(underFile.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(underFile.err()).startsWith("error: cannot create the folder of `-o " + file.resolve("chart.svg") + "`")
                .contains("is in the way");
    }

    @Test
    void anUnknownColumnWritesNothing(@TempDir Path dir) {
        Path svg = dir.resolve("none.svg");

        CliRun run = CliRun.of("chart", BANDS, "--x", "Parcel.length", "--value", "Rate.band", "-o", svg.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error[WI0306]: no column `Parcel.length` to chart as x",
                "--> " + BANDS + ":1:1", "1 | Parcel.lengthCm,Parcel.weightKg,asOf,Rate.band",
                "  | " + "^".repeat("Parcel.lengthCm,Parcel.weightKg,asOf,Rate.band".length()) + " the table has",
                "hint: did you mean `Parcel.lengthCm`?");
        assertThat(svg).doesNotExist();
    }

    @Test
    void aColumnOfTheWrongKindIsShownAtItsName(@TempDir Path dir) {
        CliRun run = CliRun.of("chart", BANDS, "--x", "Parcel.lengthCm", "--y", "Rate.band", "--value", "asOf",
                "-o", dir.resolve("c.svg").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error[WI0307]: column `Rate.band` holds text, not what y needs",
                "--> " + BANDS + ":1:38", "  |                                      ^^^^^^^^^ expected numbers");
    }

    @Test
    void anOutcomeNoRowHasIsShownAtTheValuesColumn(@TempDir Path dir) {
        CliRun run = CliRun.of("chart", BANDS, "--x", "Parcel.lengthCm", "--y", "Parcel.weightKg", "--value", "Rate.band",
                "--series", "asOf", "--outcome", "SMAL", "-o", dir.resolve("c.svg").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("no row has `SMAL` in column `Rate.band`", "--> " + BANDS + ":1:38",
                "hint: did you mean `SMALL`?");
    }

    @Test
    void aBadCellPastTheFirstColumnIsShownWhereItsTextStarts(@TempDir Path dir) throws IOException {
        Path rows = dir.resolve("rows.csv");
        Files.writeString(rows, "Parcel.lengthCm,Parcel.weightKg,Rate.band\n0,0,SMALL\n10,  x5 ,SMALL\n20,0,LARGE\n");

        CliRun run = CliRun.of("chart", rows.toString(), "--x", "Parcel.lengthCm", "--y", "Parcel.weightKg", "--value", "Rate.band",
                "-o", dir.resolve("rows.svg").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("`x5` in column `Parcel.weightKg` is not a number", rows + ":3:6", "3 | 10,  x5 ,SMALL",
                "  |      ^^ expected a number");
    }

    @Test
    void aJsonLinesTableIsReadByItsExtensionAndItsBadCellsShownWhereTheyAre(@TempDir Path dir) throws IOException {
        Path rows = dir.resolve("rows.jsonl");
        Files.writeString(rows, """
                {"Parcel.lengthCm":0,"Parcel.weightKg":0,"Rate.band":"SMALL","error":null}
                {"Parcel.lengthCm":10,"Parcel.weightKg":"ten","Rate.band":"SMALL","error":null}
                {"Parcel.lengthCm":20,"Parcel.weightKg":0,"Rate.band":"LARGE","error":null}
                """);
        Path svg = dir.resolve("rows.svg");

        CliRun run = CliRun.of("chart", rows.toString(), "--x", "Parcel.lengthCm", "--y", "Parcel.weightKg", "--value", "Rate.band",
                "-o", svg.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error[WI0308]: `ten` in column `Parcel.weightKg` is not a number", rows + ":2:42");
        assertThat(svg).exists();
    }

    @Test
    void anOutputThatIsNeitherSvgNorPngIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of("chart", BANDS, "--x", "asOf", "--value", "Parcel.weightKg", "-o", dir.resolve("c.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("cannot tell the chart's format from");
    }

    @Test
    void aMissingTableIsNamed(@TempDir Path dir) {
        CliRun run = CliRun.of("chart", "no-such.csv", "--x", "a", "--value", "b", "-o", dir.resolve("c.svg").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error[WI0301]: no file `no-such.csv`");
    }

    @Test
    void theChangesABoundarySweepWroteAreDrawnFromItsFile(@TempDir Path dir) throws IOException {
        Path rows = dir.resolve("changes.csv");
        CliRun sweep = CliRun.of("sweep", "--rules", "src/test/resources/fixtures/verify/rules",
                "src/test/resources/fixtures/verify/scenarios/a-parcel.yaml", "--vary", "Parcel.lengthCm=0..60:10",
                "Parcel.weightKg=0..60:10", "--observe", "Rate.band", "--find-boundary", "Parcel.weightKg", "-o", rows.toString(),
                "--chart", dir.resolve("by-sweep.svg").toString());
        Path svg = dir.resolve("by-chart.svg");

        CliRun run = CliRun.of("chart", rows.toString(), "--x", "Parcel.lengthCm", "--y", "before:Parcel.weightKg",
                "--value", "before:Rate.band", "--y-after", "after:Parcel.weightKg", "--value-after", "after:Rate.band",
                "-o", svg.toString());

        assertThat(sweep.exitCode()).as(sweep.err()).isEqualTo(ExitCode.OK);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllBytes(svg)).isEqualTo(Files.readAllBytes(dir.resolve("by-sweep.svg")));
    }

    @Test
    void aChartOfChangesNeedsBothColumnsAfter(@TempDir Path dir) {
        CliRun run = CliRun.of("chart", BANDS, "--x", "Parcel.lengthCm", "--y", "Parcel.weightKg", "--value", "Rate.band",
                "--y-after", "Parcel.weightKg", "-o", dir.resolve("c.svg").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("a chart of changes takes --y, --y-after and --value-after together");
    }
}
