package whatif.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;
import whatif.scenario.ParsedFile;
import whatif.scenario.ScenarioFiles;
import whatif.scenario.ScenarioParser;

/**
 * Turns selectors into descriptors: a folder into its scenario files (recursively, sorted), a
 * file into its container and one test per scenario, a unique id back into its file (and, for a
 * scenario's id, that scenario alone).
 */
final class ScenarioFileResolver implements SelectorResolver {

    @Override
    public Resolution resolve(DirectorySelector selector, Context context) {
        if (!Files.isDirectory(selector.getPath())) {
            return Resolution.unresolved();
        }
        Set<FileSelector> files = ScenarioFiles.scenarioFilesUnder(selector.getPath()).stream()
                .map(path -> DiscoverySelectors.selectFile(path.toFile()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return files.isEmpty() ? Resolution.unresolved() : Resolution.selectors(files);
    }

    @Override
    public Resolution resolve(FileSelector selector, Context context) {
        Path file = selector.getPath();
        if (!ScenarioFiles.isScenarioFile(file)) {
            return Resolution.unresolved();
        }
        return fileDescriptor(file, context, Optional.empty());
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        List<UniqueId.Segment> segments = selector.getUniqueId().getSegments();
        Optional<String> file = segments.stream().filter(s -> s.getType().equals(ScenarioFileDescriptor.SEGMENT))
                .map(UniqueId.Segment::getValue).findFirst();
        Optional<String> scenario = segments.stream().filter(s -> s.getType().equals(ScenarioDescriptor.SEGMENT))
                .map(UniqueId.Segment::getValue).findFirst();
        if (file.isEmpty() || !segments.get(0).getValue().equals(WhatIfTestEngine.ID)) {
            return Resolution.unresolved();
        }
        return fileDescriptor(Path.of(file.get()), context, scenario);
    }

    private Resolution fileDescriptor(Path file, Context context, Optional<String> onlyScenario) {
        ParsedFile parsed = parse(file);
        Optional<ScenarioFileDescriptor> container = context.addToParent(parent -> {
            ScenarioFileDescriptor descriptor = new ScenarioFileDescriptor(parent.getUniqueId(), parsed);
            parsed.scenarios().stream()
                    .filter(s -> onlyScenario.map(s.name()::equals).orElse(true))
                    .forEach(s -> descriptor.addChild(new ScenarioDescriptor(descriptor.getUniqueId(), s)));
            return Optional.of(descriptor);
        });
        return container.<Resolution>map(d -> Resolution.match(Match.exact(d))).orElse(Resolution.unresolved());
    }

    private static ParsedFile parse(Path file) {
        try {
            return ScenarioParser.parse(Files.readString(file, StandardCharsets.UTF_8), relative(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario file " + file, e);
        }
    }

    /** Paths as the user knows them: relative to the working folder when they are under it. */
    private static Path relative(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }
}
