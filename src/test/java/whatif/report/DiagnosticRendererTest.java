package whatif.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

class DiagnosticRendererTest {
    @TempDir
    Path dir;

    private String render(Diagnostic diagnostic) {
        StringWriter text = new StringWriter();
        new DiagnosticRenderer(new SourceLines()).render(diagnostic, new PrintWriter(text));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void theCaretStaysUnderItsWordAfterATabAndAnEscapedCharacter() throws IOException {
        Path file = dir.resolve("trip.yaml");
        Files.writeString(file, "  - {type: Trip,\tnote: \"\u001b\", sped: 60}\n", StandardCharsets.UTF_8);
        int column = "  - {type: Trip,\tnote: \"\u001b\", ".length() + 1;

        String shown = render(Diagnostic.error(DiagnosticCode.UNKNOWN_FIELD, Span.of(file, 1, column, 4),
                "unknown field `sped` in `Trip`").withLabel("expected one of `speedKmh`"));

        assertThat(shown).contains(
                "1 |   - {type: Trip,    note: \"\\u001b\", sped: 60}\n"
                + "  |                                     ^^^^ expected one of `speedKmh`\n");
    }

    @Test
    void theMessageThePathTheLabelAndTheHintAreEscapedToo() throws IOException {
        Path file = dir.resolve("bad\nname.yaml");
        Files.writeString(file, "name: x\n", StandardCharsets.UTF_8);

        String shown = render(Diagnostic.error(DiagnosticCode.UNKNOWN_RULE, Span.of(file, 1, 7, 1),
                        "unknown rule `a\rb`").withLabel("label\u001b[2J").withHint("hint\u202e"));

        assertThat(shown).contains("error[WI0211]: unknown rule `a\\rb`\n")
                .contains("bad\\nname.yaml:1:7\n")
                .contains("^ label\\u001b[2J\n")
                .contains("= hint: hint\\u202e\n")
                .doesNotContain("\r").doesNotContain("\u001b").doesNotContain("\u202e");
    }

    @Test
    void aLongLineIsShownAsAWindowAroundTheColumnCutWithDots() throws IOException {
        Path file = dir.resolve("deep.yaml");
        String line = "given: " + "[".repeat(5_000) + "sped: 60" + "]".repeat(5_000);
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
        int column = line.indexOf("sped") + 1;

        String shown = render(Diagnostic.error(DiagnosticCode.UNKNOWN_FIELD, Span.of(file, 1, column, 4),
                "unknown field `sped` in `Trip`").withLabel("expected one of `speedKmh`"));

        String quoted = "1 | ..." + "[".repeat(SourceWindow.BEFORE) + "sped: 60"
                + "]".repeat(SourceWindow.MAX_WIDTH - 2 * SourceWindow.CUT.length() - SourceWindow.BEFORE - "sped: 60".length()) + "...\n";
        assertThat(shown).contains(quoted + "  | " + " ".repeat(3 + SourceWindow.BEFORE) + "^^^^ expected one of `speedKmh`\n");
        assertThat(shown.lines()).allSatisfy(l -> assertThat(l.length()).isLessThan(SourceWindow.MAX_WIDTH + 10));
    }

    @Test
    void nearTheStartOfALongLineOnlyTheEndIsCutAndTabsCountAsTheySpread() throws IOException {
        Path file = dir.resolve("long.yaml");
        String line = "\tsped: 60 " + "x".repeat(300);
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8);

        String shown = render(Diagnostic.error(DiagnosticCode.UNKNOWN_FIELD, Span.of(file, 1, 2, 4), "unknown field `sped`"));

        assertThat(shown).contains("1 |     sped: 60 xx").contains("x...\n  |     ^^^^\n")
                .doesNotContain("| ...");
    }

    @Test
    void aWindowNeverSplitsACharacterOutsideTheBasicPlane() {
        String line = "\uD83D\uDE00".repeat(200) + "sped" + "\uD83D\uDE00".repeat(200);

        SourceWindow window = SourceWindow.of(line, 401, 4);

        assertThat(window.text()).startsWith("...\uD83D\uDE00").endsWith("\uD83D\uDE00...").contains("sped");
        assertThat(window.text().substring(window.caretOffset(), window.caretOffset() + window.caretWidth())).isEqualTo("sped");
    }
}
