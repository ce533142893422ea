package whatif.scenario;

import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Position;
import whatif.source.Span;
import whatif.source.TextPosition;
import whatif.source.VisibleText;

/**
 * What makes a text no YAML before it is parsed: more characters than the file may hold,
 * or a character YAML does not allow. Found here, each is named and placed; found by the
 * parser, the first was a "malformed YAML" at 1:1 and the second a raw NUL in the message.
 */
final class TextProblems {
    private TextProblems() {
    }

    static Optional<Diagnostic> first(String text, Path file, YamlFileKind kind) {
        return tooLong(text, file, kind).or(() -> forbiddenCharacter(text, file));
    }

    private static Optional<Diagnostic> tooLong(String text, Path file, YamlFileKind kind) {
        int max = ScenarioFileLimits.MAX_CODE_POINTS;
        // A char is at most one code point: shorter texts need no counting.
        if (text.length() <= max || text.codePointCount(0, text.length()) <= max) {
            return Optional.empty();
        }
        Position at = TextPosition.afterCodePoints(text, max);
        return Optional.of(Diagnostic.error(DiagnosticCode.YAML_LIMIT, Span.of(file, at.line(), at.column(), 1),
                        "the file is longer than " + ScenarioFileLimits.format(max)
                                + " characters, the most a " + kind.noun() + " may hold")
                .withLabel("character " + ScenarioFileLimits.format(max + 1L) + " is here")
                .withHint("split the " + kind.item() + "s over several files"));
    }

    private static Optional<Diagnostic> forbiddenCharacter(String text, Path file) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                Position at = TextPosition.of(text, i);
                String shown = "`" + VisibleText.escape(c) + "`";
                return Optional.of(Diagnostic.error(DiagnosticCode.YAML_SYNTAX, Span.of(file, at.line(), at.column(), 1),
                                "malformed YAML: the control character " + shown + " is not allowed")
                        .withLabel("found " + shown + " here")
                        .withHint(c == 0
                                ? "a NUL often means the file is UTF-16 or not text: save it as UTF-8 text"
                                : "delete it; in a double-quoted value write it as the escape " + shown));
            }
        }
        return Optional.empty();
    }
}
