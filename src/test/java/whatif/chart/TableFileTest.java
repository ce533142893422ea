package whatif.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFileTest {
    @Test
    void eachColumnIsWhatEveryCellWrittenInItIs() throws IOException {
        String csv = "Parcel.lengthCm,asOf,Rate.band,Fee.amount\n10,2020-01-01,SMALL,\n12.5,2021-02-03,\"LARGE, heavy\",3\n";
        try (TableFile csvTable = TableFile.read(Path.of("t.csv"), new StringReader(csv))) {
            Table table = csvTable.table();

            assertThat(table.columns()).extracting(Column::kind)
                    .containsExactly(ColumnKind.NUMBER, ColumnKind.DATE, ColumnKind.TEXT, ColumnKind.NUMBER);
            assertThat(table.columns().get(0).unit()).contains("cm");
            List<Row> rows = new ArrayList<>();
            table.rows().forEach(rows::add);
            assertThat(rows).extracting(Row::line).containsExactly(2, 3);
            assertThat(rows.get(1).cells()).containsExactly("12.5", "2021-02-03", "LARGE, heavy", "3");
            assertThat(rows.get(1).columnOf(1)).isEqualTo(6);
            assertThat(csvTable.diagnostics()).isEmpty();
        }
    }

    @Test
    void rowsBeyondTheFirstThousandStreamToo() throws IOException {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 2500; i++) {
            csv.append(i).append(',').append(i * 2).append('\n');
        }
        try (TableFile csvTable = TableFile.read(Path.of("t.csv"), new StringReader(csv.toString()))) {
            List<Row> rows = new ArrayList<>();
            csvTable.table().rows().forEach(rows::add);

            assertThat(rows).hasSize(2500);
            assertThat(rows.get(2499).cells()).containsExactly("2499", "4998");
            assertThat(rows.get(2499).line()).isEqualTo(2501);
        }
    }

    @Test
    void aFileThatStopsBeingCsvKeepsTheRowsBeforeAndSaysWhere() throws IOException {
        String csv = "x,y\n1,2\n3,\"4\n";
        try (TableFile csvTable = TableFile.read(Path.of("t.csv"), new StringReader(csv))) {
            List<Row> rows = new ArrayList<>();
            csvTable.table().rows().forEach(rows::add);

            assertThat(rows).extracting(Row::cells).first().isEqualTo(List.of("1", "2"));
            assertThat(csvTable.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("WI0305");
                assertThat(d.span().file()).isEqualTo(Path.of("t.csv"));
            });
        }
    }

    @Test
    void jsonLinesAreReadByKeyAndTheirCellsPointedAtWhereTheirTextIs() throws IOException {
        String jsonl = "{\"asOf\":\"2020-01-01\",\"Parcel.lengthCm\":10,\"Rate.band\":\"SMALL\",\"error\":null}\n"
                + "{\"Parcel.lengthCm\":12.5,\"asOf\":\"2021-02-03\",\"Rate.band\":\"LARGE\",\"colour\":\"red\"}\n";
        try (TableFile file = TableFile.read(Path.of("t.jsonl"), new StringReader(jsonl))) {
            Table table = file.table();
            List<Row> rows = new ArrayList<>();
            table.rows().forEach(rows::add);

            assertThat(table.names()).containsExactly("asOf", "Parcel.lengthCm", "Rate.band", "error");
            assertThat(table.columns()).extracting(Column::kind)
                    .containsExactly(ColumnKind.DATE, ColumnKind.NUMBER, ColumnKind.TEXT, ColumnKind.NUMBER);
            assertThat(table.nameSpan(1).column()).isEqualTo(23);
            assertThat(rows).extracting(Row::line).containsExactly(1, 2);
            assertThat(rows.get(1).cells()).containsExactly("2021-02-03", "12.5", "LARGE", "");
            assertThat(rows.get(1).columnOf(0)).as("after the quote").isEqualTo(33);
            assertThat(file.diagnostics()).singleElement()
                    .satisfies(d -> assertThat(d.oneLine()).startsWith("t.jsonl:2:66: error[WI0306]: `colour` is not a key of the first line"));
        }
    }

    @Test
    void aLineThatIsNotAnObjectEndsTheRowsThere() throws IOException {
        String jsonl = "{\"x\":1,\"y\":2}\n[3,4]\n{\"x\":5,\"y\":6}\n";
        try (TableFile file = TableFile.read(Path.of("t.jsonl"), new StringReader(jsonl))) {
            List<Row> rows = new ArrayList<>();
            file.table().rows().forEach(rows::add);

            assertThat(rows).extracting(Row::cells).containsExactly(List.of("1", "2"));
            assertThat(file.diagnostics()).singleElement()
                    .satisfies(d -> assertThat(d.oneLine()).startsWith("t.jsonl:2:1: error[WI0305]: the file stops being JSON Lines here"));
        }
    }
}
