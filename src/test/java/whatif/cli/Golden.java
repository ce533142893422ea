package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden/}. The fixture folder
 * is written {@code $DIR} so the files do not depend on where the project lives. Regenerate with
 * {@code mvn test -Dwhatif.bless=true} and review the diff, as rustc's {@code --bless}; blessing
 * fails where the {@code CI} environment variable is set.
 */
final class Golden {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void assertMatches(String actual, String goldenName) throws IOException {
        String normalised = actual.replace(CliRun.FIXTURES, "$DIR");
        Path file = ROOT.resolve(goldenName);
        if (Boolean.getBoolean("whatif.bless")) {
            // A golden file re-blessed by CI would agree with whatever the build printed: no test at all.
            assertThat(System.getenv("CI")).as("-Dwhatif.bless=true in CI (the CI variable is set): "
                    + "bless on your machine and review the diff, never in CI").isNull();
            Files.createDirectories(file.getParent());
            Files.writeString(file, normalised, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (bless with -Dwhatif.bless=true)", file).exists();
        assertThat(normalised).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
