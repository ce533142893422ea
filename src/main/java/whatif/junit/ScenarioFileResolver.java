package whatif.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.Resource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;
import whatif.scenario.ParsedFile;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioFiles;
import whatif.source.Suggestions;

/**
 * Turns selectors into descriptors. A folder gives its scenario files (recursively, sorted), a
 * file its container with a test per scenario, a file with a line the scenario written there,
 * and a unique id the file or scenario it names. Files are read with {@link ScenarioFiles}, so
 * the engine reports the same problems as {@code whatif run}; each is also a discovery issue.
 */
final class ScenarioFileResolver implements SelectorResolver {
    private final DiscoveryIssueReporter issues;

    ScenarioFileResolver(DiscoveryIssueReporter issues) {
        this.issues = issues;
    }

    @Override
    public Resolution resolve(DirectorySelector selector, Context context) {
        return resolvePath(selector.getPath(), context, ScenarioChoice.ALL);
    }

    @Override
    public Resolution resolve(FileSelector selector, Context context) {
        if (!ScenarioFiles.isScenarioFile(selector.getPath())) {
            return Resolution.unresolved();
        }
        ScenarioChoice choice = selector.getPosition().map(FilePosition::getLine).map(ScenarioChoice::atLine)
                .orElse(ScenarioChoice.ALL);
        return resolvePath(selector.getPath(), context, choice);
    }

    /** Scenario files among classpath resources, when they are on the file system (not in a jar). */
    @Override
    public Resolution resolve(ClasspathResourceSelector selector, Context context) {
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        for (Resource resource : selector.getClasspathResources()) {
            URI uri = resource.getUri();
            if (!"file".equals(uri.getScheme())) {
                issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING,
                        "whatif reads scenario files from the file system; `" + selector.getClasspathResourceName()
                                + "` is at " + uri));
                continue;
            }
            Path path = Path.of(uri);
            selectors.add(Files.isDirectory(path) ? selectDirectory(path.toFile())
                    : selector.getPosition().map(p -> selectFile(path.toFile(), FilePosition.from(p.getLine())))
                            .orElse(selectFile(path.toFile())));
        }
        return selectors.isEmpty() ? Resolution.unresolved() : Resolution.selectors(selectors);
    }

    /** {@code [engine:whatif]/[file:PATH]}, {@code .../[scenario:NAME]} or {@code [engine:whatif]/[path:PATH]}. */
    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        List<UniqueId.Segment> segments = id.getSegments();
        if (!id.getEngineId().equals(Optional.of(WhatIfTestEngine.ID)) || segments.size() < 2) {
            return Resolution.unresolved();
        }
        UniqueId.Segment first = segments.get(1);
        Path path = Path.of(first.getValue());
        boolean isFile = first.getType().equals(ScenarioFileDescriptor.SEGMENT);
        if (segments.size() == 2 && (isFile || first.getType().equals(NoScenarioDescriptor.SEGMENT))) {
            return resolvePath(path, context, ScenarioChoice.ALL);
        }
        if (segments.size() == 3 && isFile && segments.get(2).getType().equals(ScenarioDescriptor.SEGMENT)) {
            return resolvePath(path, context, ScenarioChoice.named(segments.get(2).getValue()));
        }
        return Resolution.unresolved();
    }

    /**
     * Each file is read on its own, so that a scenario keeps its test wherever else its name is
     * used; {@link DuplicateNameMarker} then fails the second of a name, across all selections.
     */
    private Resolution resolvePath(Path selected, Context context, ScenarioChoice choice) {
        Path path = RelativePath.of(selected);
        List<Path> files = Files.isDirectory(path) ? ScenarioFiles.scenarioFilesUnder(path) : List.of(path);
        Set<Match> matches = new LinkedHashSet<>();
        for (Path file : files.isEmpty() ? List.of(path) : files) {
            ScenarioFiles.Read read = ScenarioFiles.read(List.of(file));
            read.allDiagnostics().forEach(d -> issues.reportIssue(DiagnosticIssues.of(d)));
            if (!read.diagnostics().isEmpty()) {
                // It does not exist, or holds no scenario: a failing test, not a silent pass.
                context.addToParent(parent -> Optional.of(new NoScenarioDescriptor(parent.getUniqueId(), file, read.diagnostics())))
                        .ifPresent(d -> matches.add(Match.exact(d)));
            }
            read.files().forEach(parsed -> matches.addAll(resolveFile(parsed, context, choice)));
        }
        return matches.isEmpty() ? Resolution.unresolved() : Resolution.matches(matches);
    }

    private Set<Match> resolveFile(ParsedFile file, Context context, ScenarioChoice choice) {
        Optional<Scenario> chosen = choice.in(file.scenarios());
        if (choice.name() != null && chosen.isEmpty()) {
            List<String> names = file.scenarios().stream().map(Scenario::name).toList();
            issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING,
                    "no scenario named `" + choice.name() + "` in `" + RelativePath.text(file.file()) + "`; "
                            + Suggestions.hint(choice.name(), names)));
            return Set.of();
        }
        Optional<ScenarioFileDescriptor> container = context.addToParent(parent ->
                Optional.of(new ScenarioFileDescriptor(parent.getUniqueId(), file)));
        if (container.isEmpty()) {
            return Set.of();
        }
        if (chosen.isPresent()) {
            // The container is a match too, so that a later selector of the whole file finds it and adds the rest.
            return Set.of(Match.partial(container.get()), Match.exact(container.get().scenario(chosen.get())));
        }
        file.scenarios().forEach(container.get()::scenario);
        return Set.of(Match.exact(container.get()));
    }
}
