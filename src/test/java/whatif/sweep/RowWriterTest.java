package whatif.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowWriterTest {
    private static String written(RowFormat format, List<Object> row) throws Exception {
        return writtenRows(format, List.of(row));
    }

    private static String writtenRows(RowFormat format, List<List<Object>> rows) throws Exception {
        StringWriter out = new StringWriter();
        RowWriter writer = format.writer(out);
        writer.header(List.of("n", "x", "text", "error"));
        for (List<Object> row : rows) {
            writer.row(row);
        }
        writer.flush();
        return out.toString();
    }

    @Test
    void csvQuotesOnlyWhatRfc4180Needs() throws Exception {
        List<Object> row = Arrays.asList(5L, new BigDecimal("0.50"), "a, \"quoted\"\nline", null);

        assertThat(written(RowFormat.CSV, row)).isEqualTo("n,x,text,error\n5,0.50,\"a, \"\"quoted\"\"\nline\",\n");
    }

    @Test
    void jsonLinesKeepNumbersAsNumbersAndNoneAsNull() throws Exception {
        List<Object> row = Arrays.asList(5L, new BigDecimal("1E+3"), "a \"b\"", null);

        assertThat(written(RowFormat.JSONL, row)).isEqualTo("{\"n\":5,\"x\":1000,\"text\":\"a \\\"b\\\"\",\"error\":null}\n");
    }

    @Test
    void jsonLinesGiveEachRowALineOfItsOwnWithNothingBetween() throws Exception {
        List<List<Object>> rows = List.of(Arrays.asList(1L, BigDecimal.ONE, "a\nb", null), Arrays.asList(2L, BigDecimal.TEN, "c", "d"));

        assertThat(writtenRows(RowFormat.JSONL, rows)).isEqualTo(
                "{\"n\":1,\"x\":1,\"text\":\"a\\nb\",\"error\":null}\n{\"n\":2,\"x\":10,\"text\":\"c\",\"error\":\"d\"}\n");
    }

    @Test
    void theFormatFollowsTheOutputsExtension() {
        assertThat(RowFormat.forPath(java.nio.file.Path.of("out.JSONL"))).isEqualTo(RowFormat.JSONL);
        assertThat(RowFormat.forPath(java.nio.file.Path.of("out.csv"))).isEqualTo(RowFormat.CSV);
        assertThat(RowFormat.forPath(null)).isEqualTo(RowFormat.CSV);
    }
}
