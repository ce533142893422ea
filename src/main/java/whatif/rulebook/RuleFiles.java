package whatif.rulebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.FileFinder;
import whatif.source.Span;
import whatif.source.Utf8Reader;

/**
 * Reads every {@code *.drl} under a folder, recursively, in a stable (sorted) order, following
 * symbolic links; a file or folder that cannot be read is reported and the others are still read.
 */
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
        FileFinder.Found found = FileFinder.find(List.of(folder), p -> p.getFileName().toString().endsWith(".drl"));
        List<Diagnostic> diagnostics = new ArrayList<>(found.diagnostics());
        if (found.files().isEmpty() && diagnostics.stream().noneMatch(Diagnostic::isError)) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.RULES_FOLDER_EMPTY,
                            Span.wholeFile(folder), "no `.drl` file in rules folder `" + folder + "`")
                    .withLabel("expected at least one rule file")
                    .withHint("write a rule in `" + folder.resolve("policy.drl") + "`; see the README's `Writing a rule`"));
            return new Read(List.of(), diagnostics);
        }
        List<RuleSource> sources = new ArrayList<>();
        for (Path file : found.files()) {
            Utf8Reader.Decoded decoded = Utf8Reader.read(file);
            decoded.text().ifPresent(text -> sources.add(new RuleSource(file, text)));
            decoded.problem().ifPresent(diagnostics::add);
        }
        return new Read(sources, diagnostics);
    }
}
