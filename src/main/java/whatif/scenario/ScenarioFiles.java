package whatif.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.FileFinder;
import whatif.source.Span;
import whatif.source.Utf8Reader;

/**
 * Reads scenario files from files and folders (recursively, {@code *.yaml} and {@code *.yml},
 * sorted, following symbolic links), parses each, and reports what no single file can see: a
 * path that does not exist or cannot be read, no scenario at all, and two scenarios with one name.
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
        List<Path> existing = new ArrayList<>();
        for (Path path : paths) {
            // A link counts as there even when its target is not: the finder says what is wrong with it.
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                existing.add(path);
            } else {
                diagnostics.add(Diagnostic.error(DiagnosticCode.PATH_NOT_FOUND, Span.wholeFile(path),
                                "no file or folder `" + path + "`")
                        .withLabel("expected a scenario file or a folder of them")
                        .withHint("give the path of a scenario file or of a folder of them, as `scenarios/`"));
            }
        }
        FileFinder.Found found = FileFinder.find(existing, ScenarioFiles::isScenarioFile);
        // A path that could not be read is a file of its own in the report: counted, never lost.
        Map<Path, ParsedFile> byPath = new TreeMap<>();
        for (Diagnostic problem : found.diagnostics()) {
            if (problem.isError()) {
                Path path = problem.span().file();
                byPath.put(path, ScenarioParser.unreadable(path, problem));
            } else {
                diagnostics.add(problem);
            }
        }
        found.files().forEach(file -> byPath.put(file, parse(file)));
        List<ParsedFile> unique = withoutDuplicateNames(List.copyOf(byPath.values()));
        boolean none = unique.stream().allMatch(f -> f.scenarios().isEmpty() && f.diagnostics().isEmpty());
        if (none && diagnostics.stream().noneMatch(Diagnostic::isError)) {
            Path where = paths.isEmpty() ? Path.of(".") : paths.get(0);
            diagnostics.add(Diagnostic.error(DiagnosticCode.NO_SCENARIOS, Span.wholeFile(where),
                            "no scenario found in " + describe(paths))
                    .withLabel("expected `.yaml` files with a `name:`, or a `scenarios:` list")
                    .withHint("a run that checks nothing is not a pass: write a scenario (see the README) or give another path"));
        }
        return new Read(unique, diagnostics);
    }

    /** A file too large to be a scenario file is not read at all: each character takes at most four bytes. */
    private static ParsedFile parse(Path file) {
        try {
            long bytes = Files.size(file);
            if (bytes > 4L * ScenarioFileLimits.MAX_CODE_POINTS) {
                return ScenarioParser.unreadable(file, Diagnostic.error(DiagnosticCode.YAML_LIMIT, Span.wholeFile(file),
                                "the file is longer than " + ScenarioFileLimits.format(ScenarioFileLimits.MAX_CODE_POINTS)
                                        + " characters, the most a scenario file may hold")
                        .withLabel("the file has " + ScenarioFileLimits.format(bytes) + " bytes")
                        .withHint("split the scenarios over several files"));
            }
        } catch (IOException e) {
            // Reading it says why, below.
        }
        Utf8Reader.Decoded decoded = Utf8Reader.read(file);
        return decoded.text().map(text -> ScenarioParser.parse(text, file))
                .orElseGet(() -> ScenarioParser.unreadable(file, decoded.problem().orElseThrow()));
    }

    /**
     * Keeps the first scenario of each name; each later one is rejected, with a diagnostic in its
     * own file that points at the first.
     */
    static List<ParsedFile> withoutDuplicateNames(List<ParsedFile> files) {
        Map<String, Span> firstByName = new HashMap<>();
        List<ParsedFile> out = new ArrayList<>();
        for (ParsedFile file : files) {
            List<Scenario> kept = new ArrayList<>();
            List<RejectedScenario> rejected = new ArrayList<>(file.rejected());
            List<Diagnostic> diagnostics = new ArrayList<>(file.diagnostics());
            for (Scenario scenario : file.scenarios()) {
                Span first = firstByName.putIfAbsent(scenario.name(), scenario.span());
                if (first == null) {
                    kept.add(scenario);
                    continue;
                }
                Diagnostic duplicate = Diagnostic.error(DiagnosticCode.DUPLICATE_NAME, scenario.span(),
                                "two scenarios are named `" + scenario.name() + "`")
                        .withLabel("the first is at " + first)
                        .withHint("names identify scenarios in reports and tests: make this one say what it asks");
                diagnostics.add(duplicate);
                rejected.add(new RejectedScenario(scenario.name(), scenario.span(), List.of(duplicate)));
            }
            out.add(new ParsedFile(file.file(), kept, rejected, diagnostics, file.readable()));
        }
        return out;
    }

    /**
     * The paths to read under a folder, recursively, sorted: every scenario file, and every path
     * that could not be read (an unreadable folder, a broken link), so that reading it reports why
     * instead of its scenarios vanishing.
     */
    public static List<Path> scenarioFilesUnder(Path folder) {
        FileFinder.Found found = FileFinder.find(List.of(folder), ScenarioFiles::isScenarioFile);
        List<Path> paths = new ArrayList<>(found.files());
        found.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.span().file()).forEach(paths::add);
        return paths.stream().distinct().sorted().toList();
    }

    private static String describe(List<Path> paths) {
        return paths.isEmpty() ? "the current folder"
                : String.join(", ", paths.stream().map(p -> "`" + p + "`").toList());
    }
}
