package whatif.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whatif.source.Diagnostic;

/** Reading files and folders of scenarios: what no single file can see. */
class ScenarioFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static String scenario(String name) {
        return "name: " + name + "\nasOf: 2024-01-01\nexpect:\n  fired: [r]\n";
    }

    @Test
    void aFolderIsReadRecursivelyInSortedOrderYamlAndYmlOnly() throws IOException {
        write("b.yaml", scenario("b"));
        write("a/z.yml", scenario("z"));
        write("a/notes.txt", "not a scenario");
        write("c.json", "{}");

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(dir));

        assertThat(read.allDiagnostics()).isEmpty();
        assertThat(read.files()).extracting(ParsedFile::file).containsExactly(dir.resolve("a/z.yml"), dir.resolve("b.yaml"));
        assertThat(read.scenarios()).extracting(Scenario::name).containsExactly("z", "b");
        assertThat(ScenarioFiles.scenarioFilesUnder(dir)).hasSize(2);
        assertThat(ScenarioFiles.isScenarioFile(Path.of("x.YAML"))).isFalse();
    }

    @Test
    void aFileNamedTwiceIsReadOnce() throws IOException {
        Path file = write("a.yaml", scenario("a"));

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(dir, file, dir.resolve("./a.yaml")));

        assertThat(read.allDiagnostics()).isEmpty();
        assertThat(read.scenarios()).extracting(Scenario::name).containsExactly("a");
    }

    @Test
    void aPathThatDoesNotExistIsReportedAndTheOthersAreStillRead() throws IOException {
        write("a.yaml", scenario("a"));
        Path missing = dir.resolve("nope.yaml");

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(missing, dir));

        assertThat(read.diagnostics()).extracting(Diagnostic::oneLine).containsExactly(missing + ":1:1: error[WI0301]: "
                + "no file or folder `" + missing + "` (expected a scenario file or a folder of them); "
                + "hint: give the path of a scenario file or of a folder of them, as `scenarios/`");
        assertThat(read.scenarios()).extracting(Scenario::name).containsExactly("a");
    }

    @Test
    void aFolderWithNoScenarioIsAnErrorNotAPass() throws IOException {
        write("README.md", "# scenarios go here\n");

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(dir));

        assertThat(read.allDiagnostics()).extracting(Diagnostic::oneLine).containsExactly(dir + ":1:1: error[WI0302]: "
                + "no scenario found in `" + dir + "` (expected `.yaml` files with a `name:`, or a `scenarios:` list); "
                + "hint: a run that checks nothing is not a pass: write a scenario (see the README) or give another path");
        assertThat(ScenarioFiles.read(List.of()).diagnostics()).extracting(Diagnostic::message)
                .containsExactly("no scenario found in the current folder");
    }

    @Test
    void aBrokenFileIsItsOwnProblemNotNoScenarios() throws IOException {
        write("a.yaml", "name: [\n");

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(dir));

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.allDiagnostics()).extracting(Diagnostic::code).containsExactly("WI0201");
    }

    @Test
    void theSecondScenarioOfANameIsReportedWhereItIsWithThePlaceOfTheFirst() throws IOException {
        write("a.yaml", scenario("same"));
        write("b.yaml", "# a comment\n" + scenario("same"));
        write("c.yaml", "scenarios:\n  - name: other\n    asOf: 2024-01-01\n  - name: other\n    asOf: 2024-01-02\n");

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(dir));

        assertThat(read.allDiagnostics()).extracting(Diagnostic::oneLine).containsExactly(
                dir.resolve("b.yaml") + ":2:7: error[WI0209]: two scenarios are named `same` (the first is at "
                        + dir.resolve("a.yaml") + ":1:7); hint: names identify scenarios in reports and tests: make this one say what it asks",
                dir.resolve("c.yaml") + ":4:11: error[WI0209]: two scenarios are named `other` (the first is at "
                        + dir.resolve("c.yaml") + ":2:11); hint: names identify scenarios in reports and tests: make this one say what it asks");
        // The first of each name is kept and runs; the second does not.
        assertThat(read.scenarios()).extracting(s -> s.name() + "@" + s.span()).containsExactly(
                "same@" + dir.resolve("a.yaml") + ":1:7", "other@" + dir.resolve("c.yaml") + ":2:11");
    }

    @Test
    void aFileThatIsNotUtf8TextIsReportedAsUnreadable() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(file));

        assertThat(read.allDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("WI0303");
            assertThat(d.message()).startsWith("cannot read `" + file + "`");
            assertThat(d.hint()).isEqualTo("check that the file is UTF-8 text you can read");
        });
    }
}
