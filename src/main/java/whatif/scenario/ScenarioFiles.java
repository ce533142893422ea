package whatif.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * Reads scenario files from files and folders (recursively, {@code *.yaml} and {@code *.yml},
 * sorted), parses each, and reports what no single file can see: a path that does not exist,
 * no scenario at all, and two scenarios with one name.
 */
public final class ScenarioFiles {
    private ScenarioFiles() {
    }

    /** The files read, each with its own diagnostics, and the problems with the paths themselves. */
    public record Read(List<ParsedFile> files, List<Diagnostic> diagnostics) {
        public Read {
            files = List.copyOf(files);
            diagnostics = List.copyOf(diagnostics);
        }

        public List<Scenario> scenarios() {
            return files.stream().flatMap(f -> f.scenarios().stream()).toList();
        }

        /** Scenarios found but not read because of problems inside them; counted, never run. */
        public List<RejectedScenario> rejected() {
            return files.stream().flatMap(f -> f.rejected().stream()).toList();
        }

        /** Files that could not be read or parsed at all, so their scenarios cannot be counted. */
        public List<Path> unreadable() {
            return files.stream().filter(f -> !f.readable()).map(ParsedFile::file).toList();
        }

        /** Every diagnostic: about the paths, then each file's, in file order. */
        public List<Diagnostic> allDiagnostics() {
            List<Diagnostic> all = new ArrayList<>(diagnostics);
            files.forEach(f -> all.addAll(f.diagnostics()));
            return all;
        }
    }

    public static boolean isScenarioFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    public static Read read(List<Path> paths) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        TreeSet<Path> files = new TreeSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(scenarioFilesUnder(path));
            } else if (Files.isRegularFile(path)) {
                files.add(path.normalize());
            } else {
                diagnostics.add(Diagnostic.error(DiagnosticCode.PATH_NOT_FOUND, Span.wholeFile(path),
                                "no file or folder `" + path + "`")
                        .withLabel("expected a scenario file or a folder of them")
                        .withHint("give the path of a scenario file or of a folder of them, as `scenarios/`"));
            }
        }
        List<ParsedFile> parsed = new ArrayList<>();
        for (Path file : files) {
            parsed.add(parse(file));
        }
        List<ParsedFile> unique = withoutDuplicateNames(parsed);
        boolean none = unique.stream().allMatch(f -> f.scenarios().isEmpty() && f.diagnostics().isEmpty());
        if (none && diagnostics.isEmpty()) {
            Path where = paths.isEmpty() ? Path.of(".") : paths.get(0);
            diagnostics.add(Diagnostic.error(DiagnosticCode.NO_SCENARIOS, Span.wholeFile(where),
                            "no scenario found in " + describe(paths))
                    .withLabel("expected `.yaml` files with a `name:`, or a `scenarios:` list")
                    .withHint("a run that checks nothing is not a pass: write a scenario (see the README) or give another path"));
        }
        return new Read(unique, diagnostics);
    }

    private static ParsedFile parse(Path file) {
        try {
            return ScenarioParser.parse(Files.readString(file, StandardCharsets.UTF_8), file);
        } catch (IOException | UncheckedIOException e) {
            return new ParsedFile(file, List.of(), List.of(Diagnostic.error(DiagnosticCode.UNREADABLE_FILE,
                    Span.wholeFile(file), "cannot read `" + file + "`: " + e.getMessage())
                    .withLabel("expected a readable UTF-8 text file")
                    .withHint("check that the file is UTF-8 text you can read")));
        }
    }

    /** Keeps the first scenario of each name; each later one becomes a diagnostic in its own file. */
    static List<ParsedFile> withoutDuplicateNames(List<ParsedFile> files) {
        Map<String, Span> firstByName = new HashMap<>();
        List<ParsedFile> out = new ArrayList<>();
        for (ParsedFile file : files) {
            List<Scenario> kept = new ArrayList<>();
            List<Diagnostic> diagnostics = new ArrayList<>(file.diagnostics());
            for (Scenario scenario : file.scenarios()) {
                Span first = firstByName.putIfAbsent(scenario.name(), scenario.span());
                if (first == null) {
                    kept.add(scenario);
                } else {
                    diagnostics.add(Diagnostic.error(DiagnosticCode.DUPLICATE_NAME, scenario.span(),
                                    "two scenarios are named `" + scenario.name() + "`")
                            .withLabel("the first is at " + first)
                            .withHint("names identify scenarios in reports and tests: make this one say what it asks"));
                }
            }
            out.add(new ParsedFile(file.file(), kept, diagnostics));
        }
        return out;
    }

    /** The scenario files under a folder, recursively, sorted. */
    public static List<Path> scenarioFilesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(ScenarioFiles::isScenarioFile).map(Path::normalize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Path> paths) {
        return paths.isEmpty() ? "the current folder"
                : String.join(", ", paths.stream().map(p -> "`" + p + "`").toList());
    }
}
