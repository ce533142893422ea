package whatif.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import whatif.scenario.ParsedFile;
import whatif.scenario.ScenarioFiles;
import whatif.scenario.ScenarioParser;
import whatif.source.Diagnostic;

/**
 * What must hold for any bytes in a scenario file, read through the entry points the commands
 * use: {@link ScenarioFiles#read} on the file and {@link ScenarioParser#parse} on its text.
 * Nothing escapes; the file gives a scenario or a diagnostic; every diagnostic points inside the
 * file; the same text parses to the same result; and the allocation stays within a bound that
 * grows with the input, not with what the input could expand to.
 */
final class ScenarioFileProperty {
    /**
     * Measured on every scenario file of the project: at most about 1,300 bytes allocated per byte
     * read on a cold JVM, 425 warm, 3.2 MiB for the largest file; a 128 KiB line, 265 per byte.
     * Three times the worst, over a floor for the reader's fixed costs.
     */
    static final long ALLOCATION_PER_BYTE = 4_000;
    static final long ALLOCATION_BASE = 64L << 20;

    private ScenarioFileProperty() {
    }

    static Optional<Finding> check(byte[] bytes, Path file) throws IOException {
        Files.write(file, bytes);
        List<Finding> findings = new ArrayList<>();
        long before = ThreadAllocation.soFar();
        ScenarioFiles.Read read;
        try {
            read = ScenarioFiles.read(List.of(file));
        } catch (Throwable thrown) {
            return Optional.of(Finding.escaped("ScenarioFiles.read", thrown));
        }
        long allocated = ThreadAllocation.soFar() - before;
        if (allocated > ALLOCATION_BASE + ALLOCATION_PER_BYTE * bytes.length) {
            findings.add(new Finding("reading the file allocated too much",
                    (allocated >> 20) + " MiB for " + bytes.length + " bytes"));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (read.scenarios().isEmpty() && read.allDiagnostics().isEmpty()) {
            findings.add(new Finding("no scenario and no diagnostic", "the file vanished from the report"));
        }
        SpanBounds bounds = new SpanBounds(file, text);
        read.allDiagnostics().stream().map(bounds::check).flatMap(Optional::stream).findFirst().ifPresent(findings::add);
        parseTwice(text, file, bounds).ifPresent(findings::add);
        return findings.stream().findFirst();
    }

    /** The text as a reader that replaces bad bytes would see it, parsed twice: never throws, same result. */
    private static Optional<Finding> parseTwice(String text, Path file, SpanBounds bounds) {
        ParsedFile first;
        ParsedFile second;
        try {
            first = ScenarioParser.parse(text, file);
            second = ScenarioParser.parse(text, file);
        } catch (Throwable thrown) {
            return Optional.of(Finding.escaped("ScenarioParser.parse", thrown));
        }
        if (!first.equals(second)) {
            return Optional.of(new Finding("parsing the same text twice gave different results",
                    first.diagnostics().stream().map(Diagnostic::oneLine).toList() + " then "
                            + second.diagnostics().stream().map(Diagnostic::oneLine).toList()));
        }
        return first.diagnostics().stream().map(bounds::check).flatMap(Optional::stream).findFirst();
    }
}
