package whatif.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/** Reads every {@code *.drl} under a folder, recursively, in a stable (sorted) order. */
public final class RuleFiles {
    private RuleFiles() {
    }

    public record Read(List<RuleSource> sources, List<Diagnostic> diagnostics) {
        public Read {
            sources = List.copyOf(sources);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public static Read read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new Read(List.of(), List.of(Diagnostic.error(DiagnosticCode.RULES_FOLDER_MISSING,
                            Span.wholeFile(folder), "rules folder `" + folder + "` does not exist")
                    .withLabel("expected a folder of `.drl` files")
                    .withHint("pass the folder with `--rules DIR`, or run from the project's top folder")));
        }
        List<Path> files = drlFilesUnder(folder);
        if (files.isEmpty()) {
            return new Read(List.of(), List.of(Diagnostic.error(DiagnosticCode.RULES_FOLDER_EMPTY,
                            Span.wholeFile(folder), "no `.drl` file in rules folder `" + folder + "`")
                    .withLabel("expected at least one rule file")
                    .withHint("write a rule in `" + folder.resolve("policy.drl") + "`; see the README's `Writing a rule`")));
        }
        List<RuleSource> sources = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path file : files) {
            try {
                sources.add(new RuleSource(file, Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException | UncheckedIOException e) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.UNREADABLE_FILE, Span.wholeFile(file),
                                "cannot read `" + file + "`: " + e.getMessage())
                        .withLabel("expected a readable UTF-8 text file")
                        .withHint("check that the file is UTF-8 text you can read"));
            }
        }
        return new Read(sources, diagnostics);
    }

    private static List<Path> drlFilesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
