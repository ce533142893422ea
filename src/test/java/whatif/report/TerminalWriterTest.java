package whatif.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalWriterTest {
    private static final String NL = System.lineSeparator();

    @Test
    void onlyPrintlnBreaksALine() {
        StringWriter text = new StringWriter();
        PrintWriter out = TerminalWriter.over(text);

        out.println("PASS    a name\nPASS    forged");
        out.print("FAIL\r");
        out.print('\u001b');
        out.write("[2J\t".toCharArray());
        out.append("\u202e");
        out.printf("%s%n", "x");
        out.println();
        out.flush();

        assertThat(text.toString()).isEqualTo("PASS    a name\\nPASS    forged" + NL
                + "FAIL\\r\\u001b[2J\\t\\u202ex" + TerminalText.escape(NL) + NL);
    }

    @Test
    void aTerminalWriterIsNotWrappedTwice() {
        TerminalWriter once = TerminalWriter.over(new StringWriter());

        assertThat(TerminalWriter.over(once)).isSameAs(once);
    }
}
