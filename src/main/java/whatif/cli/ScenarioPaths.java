package whatif.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The scenario files and folders a command reads; {@code scenarios} when none is given. */
final class ScenarioPaths {
    @Parameters(paramLabel = "PATHS", arity = "0..*", description = "scenario files or folders (default: scenarios)")
    List<Path> paths = new ArrayList<>();

    List<Path> orDefault() {
        return paths.isEmpty() ? List.of(Path.of("scenarios")) : paths;
    }
}
