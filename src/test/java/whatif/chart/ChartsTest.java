package whatif.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import whatif.source.Diagnostic;

class ChartsTest {
    private static final ChartSpec BANDS = ChartSpec.envelope("Parcel.lengthCm", "Parcel.weightKg", "Rate.band");

    @Test
    void anEnvelopeIsWellFormedSvgWithItsTitleAxesAndLegend() {
        Rendering rendering = Charts.render(BANDS, Tables.bands(Tables::smallUpTo40By20, "2020-01-01"), ImageFormat.SVG);

        assertThat(rendering.diagnostics()).isEmpty();
        List<String> texts = SvgDocument.parse(rendering.image().orElseThrow()).texts();
        assertThat(texts).contains("Rate band by Parcel length and Parcel weight", "Parcel length (cm)", "Parcel weight (kg)",
                "LARGE", "SMALL", "frontier");
    }

    @Test
    void theSameTableGivesTheSameBytesTwiceInBothFormats() {
        for (ImageFormat format : ImageFormat.values()) {
            byte[] first = Charts.render(BANDS, Tables.bands(Tables::smallUpTo40By20, "2020-01-01"), format).image().orElseThrow();
            byte[] second = Charts.render(BANDS, Tables.bands(Tables::smallUpTo40By20, "2020-01-01"), format).image().orElseThrow();

            assertThat(second).as(format.name()).isEqualTo(first);
        }
    }

    @Test
    void rowsHandedOverOneByOneGiveTheSameChartAsATable() {
        Table table = Tables.bands(Tables::smallUpTo40By20, "2020-01-01");
        ChartDrawing drawing = ChartDrawing.start(BANDS, table.origin(), table.columns()).drawing().orElseThrow();
        table.rows().forEach(drawing::add);

        assertThat(drawing.finish(ImageFormat.SVG).image().orElseThrow())
                .isEqualTo(Charts.render(BANDS, table, ImageFormat.SVG).image().orElseThrow());
    }

    @Test
    void aPngIsAPng() {
        byte[] png = Charts.render(BANDS, Tables.bands(Tables::smallUpTo40By20, "2020-01-01"), ImageFormat.PNG).image().orElseThrow();

        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    }

    @Test
    void aSeriesColumnGivesOneFrontierPerSeriesNamedByItsLabel() {
        Table table = Tables.bands((length, weight) -> length <= 40 && weight <= 20 ? "SMALL" : "LARGE", "2020-01-01");
        Table twoDays = new Table(table.origin(), table.columns(), concat(table.rows(),
                Tables.bands((length, weight) -> length <= 60 && weight <= 30 ? "SMALL" : "LARGE", "2024-01-01").rows()));
        ChartSpec spec = BANDS.withSeries("asOf").withSeriesLabel("Rate.band").withTitle("bands then and now");

        Rendering rendering = Charts.render(spec, twoDays, ImageFormat.SVG);

        List<String> texts = SvgDocument.parse(rendering.image().orElseThrow()).texts();
        assertThat(texts).contains("bands then and now", "SMALL (2020-01-01)", "SMALL (2024-01-01)")
                .anyMatch(t -> t.contains("where the Rate band is SMALL"));
    }

    @Test
    void aDateAxisAndANumberGiveAStepChart() {
        Column day = Column.of("asOf", ColumnKind.DATE);
        Column limit = Column.of("Limit.allowedKm", ColumnKind.NUMBER);
        Table table = new Table(Path.of("limits.csv"), List.of(day, limit), List.of(
                Row.of(2, List.of("1990-01-01", "")), Row.of(3, List.of("2000-01-01", "180")),
                Row.of(4, List.of("2010-06-01", "300")), Row.of(5, List.of("2020-01-01", "800"))));

        Rendering rendering = Charts.render(ChartSpec.steps("asOf", "Limit.allowedKm"), table, ImageFormat.SVG);

        assertThat(rendering.diagnostics()).isEmpty();
        List<String> texts = SvgDocument.parse(rendering.image().orElseThrow()).texts();
        assertThat(texts).contains("Limit allowed by as of", "Limit allowed (km)", "as of", "2000", "2010");
    }

    @Test
    void anUnknownColumnIsNamedWithTheNearestOne() {
        Rendering rendering = Charts.render(ChartSpec.envelope("Parcel.lengthCm", "Parcel.wieghtKg", "Rate.band"),
                Tables.bands(Tables::smallUpTo40By20, "2020-01-01"), ImageFormat.SVG);

        assertThat(rendering.image()).isEmpty();
        assertThat(rendering.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("WI0306");
            assertThat(d.message()).contains("`Parcel.wieghtKg`");
            assertThat(d.hint()).isEqualTo("did you mean `Parcel.weightKg`?");
        });
    }

    @Test
    void aStepChartOfTextIsRefusedWithWhatItNeeds() {
        Rendering rendering = Charts.render(ChartSpec.steps("asOf", "Rate.band"), Tables.bands(Tables::smallUpTo40By20, "2020-01-01"),
                ImageFormat.SVG);

        assertThat(rendering.diagnostics()).extracting(Diagnostic::code).containsExactly("WI0307");
        assertThat(rendering.diagnostics().get(0).label()).isEqualTo("expected numbers");
    }

    @Test
    void aBadCellIsReportedWhereItIsAndTheRestIsDrawn() {
        Table table = new Table(Path.of("t.csv"), List.of(Tables.LENGTH, Tables.WEIGHT, Tables.RATE), List.of(
                new Row(2, List.of("10", "5", "SMALL"), List.of(1, 4, 6)),
                new Row(3, List.of("ten", "5", "LARGE"), List.of(1, 5, 7)),
                new Row(4, List.of("20", "5", "LARGE"), List.of(1, 4, 6))));

        Rendering rendering = Charts.render(BANDS, table, ImageFormat.SVG);

        assertThat(rendering.image()).isPresent();
        assertThat(rendering.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.oneLine()).startsWith("t.csv:3:1: error[WI0308]: `ten` in column `Parcel.lengthCm` is not a number"));
    }

    @Test
    void rowsThatDisagreeOnACellAreAWarningNamingTheFirst() {
        Table table = new Table(Path.of("t.csv"), List.of(Tables.LENGTH, Tables.WEIGHT, Tables.RATE), List.of(
                Row.of(2, List.of("10", "5", "SMALL")), Row.of(3, List.of("10", "5", "LARGE")), Row.of(4, List.of("20", "5", "LARGE"))));

        Rendering rendering = Charts.render(BANDS, table, ImageFormat.SVG);

        assertThat(rendering.hasErrors()).isFalse();
        assertThat(rendering.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("WI0309");
            assertThat(d.span().line()).isEqualTo(3);
        });
    }

    @Test
    void anEnvelopeOfAnOutcomeNoRowHasIsRefused() {
        Rendering rendering = Charts.render(BANDS.withSeries("asOf").withOutcome("SMAL"),
                Tables.bands(Tables::smallUpTo40By20, "2020-01-01"), ImageFormat.SVG);

        assertThat(rendering.image()).isEmpty();
        assertThat(rendering.diagnostics()).singleElement().satisfies(d -> assertThat(d.hint()).isEqualTo("did you mean `SMALL`?"));
    }

    @Test
    void svgTextIsEscaped() {
        Table table = new Table(Path.of("t.csv"), List.of(Tables.LENGTH, Tables.WEIGHT, Tables.RATE), List.of(
                Row.of(2, List.of("10", "5", "<b>&\"")), Row.of(3, List.of("20", "5", "ok"))));

        byte[] svg = Charts.render(BANDS, table, ImageFormat.SVG).image().orElseThrow();

        assertThat(SvgDocument.parse(svg).texts()).contains("<b>&\"");
        assertThat(new String(svg, StandardCharsets.UTF_8)).doesNotContain("<b>");
    }

    @Test
    void changesAreLevelsHalfWayBetweenTheirSidesOnePerKindOfChange() {
        Column weight = Column.of("before:Parcel.weightKg", ColumnKind.NUMBER);
        Column weightAfter = Column.of("after:Parcel.weightKg", ColumnKind.NUMBER);
        Column band = Column.of("before:Rate.band", ColumnKind.TEXT);
        Column bandAfter = Column.of("after:Rate.band", ColumnKind.TEXT);
        Table table = new Table(Path.of("changes.csv"), List.of(Tables.LENGTH, weight, band, weightAfter, bandAfter), List.of(
                Row.of(2, List.of("10", "20", "SMALL", "21", "LARGE")), Row.of(3, List.of("20", "20", "SMALL", "21", "LARGE")),
                Row.of(4, List.of("20", "44", "LARGE", "45", "SMALL")), Row.of(5, List.of("30", "10", "SMALL", "11", "LARGE"))));
        ChartSpec spec = ChartSpec.changes("Parcel.lengthCm", "before:Parcel.weightKg", "before:Rate.band", "after:Parcel.weightKg",
                "after:Rate.band");
        ChartColumns columns = ChartColumns.resolve(spec, table).columns().orElseThrow();
        ChangeLines lines = new ChangeLines(columns, new ArrayList<>());
        table.rows().forEach(lines::add);

        assertThat(lines.lines()).extracting(ChangeLines.Line::change).containsExactly("LARGE → SMALL", "SMALL → LARGE");
        assertThat(lines.points(lines.lines().get(1))).containsExactly(entry(10.0, 20.5), entry(20.0, 20.5), entry(30.0, 10.5));
        Rendering rendering = Charts.render(spec, table, ImageFormat.SVG);
        assertThat(rendering.diagnostics()).isEmpty();
        assertThat(SvgDocument.parse(rendering.image().orElseThrow()).texts()).contains("Parcel weight (kg)", "Parcel length (cm)",
                "SMALL → LARGE", "LARGE → SMALL");
    }

    private static Iterable<Row> concat(Iterable<Row> first, Iterable<Row> second) {
        List<Row> rows = new java.util.ArrayList<>();
        first.forEach(rows::add);
        second.forEach(rows::add);
        return rows;
    }
}
