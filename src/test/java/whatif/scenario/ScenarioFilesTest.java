package whatif.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    void aFileThatIsNotUtf8IsReportedAtItsFirstBadByteAndIsNotReadable() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        // Line 2 holds UTF-8 `ö` (two bytes, one column) before the Latin-1 `é`.
        Files.write(file, bytes("name: a\nasOf: ö", 0xE9, '\n'));

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(file));

        assertThat(read.allDiagnostics()).extracting(Diagnostic::oneLine).containsExactly(file + ":2:8: error[WI0303]: "
                + "the file is not UTF-8: byte 0xE9 cannot be read as text (byte 0xE9 is not UTF-8 here); "
                + "hint: save the file as UTF-8 (a byte-order mark is allowed); whatif reads no other encoding");
        assertThat(read.unreadable()).containsExactly(file);
        assertThat(read.files()).singleElement().satisfies(f -> assertThat(f.readable()).isFalse());
    }

    @Test
    void aUtf16FileIsNamedAsSuch() throws IOException {
        Path file = dir.resolve("utf16.yaml");
        Files.write(file, bytes("", 0xFF, 0xFE, 'n', 0, 'a', 0));

        assertThat(ScenarioFiles.read(List.of(file)).allDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.span()).hasToString(file + ":1:1");
            assertThat(d.message()).isEqualTo("the file is not UTF-8: byte 0xFF cannot be read as text");
            assertThat(d.label()).isEqualTo("a UTF-16 byte-order mark: the file is UTF-16");
        });
    }

    @Test
    void aUtf8ByteOrderMarkIsAllowedAndTakesNoColumn() throws IOException {
        Path file = dir.resolve("bom.yaml");
        Files.write(file, bytes("", 0xEF, 0xBB, 0xBF, 'n', 'a', 'm', ':', ' ', 'a', '\n'));

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(file));

        assertThat(read.allDiagnostics()).extracting(d -> d.span() + " " + d.message())
                .contains(file + ":1:1 unknown key `nam` in a scenario");
        assertThat(read.unreadable()).isEmpty();
    }

    @Test
    void aFileFarTooLargeIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 4L * ScenarioFileLimits.MAX_CODE_POINTS);
        }

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(file));

        assertThat(read.allDiagnostics()).extracting(Diagnostic::oneLine).containsExactly(file + ":1:1: error[WI0212]: "
                + "the file is longer than 3,145,728 characters, the most a scenario file may hold "
                + "(the file has 12,582,913 bytes); hint: split the scenarios over several files");
        assertThat(read.unreadable()).containsExactly(file);
    }

    private static byte[] bytes(String utf8, int... more) {
        byte[] head = utf8.getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(head, head.length + more.length);
        for (int i = 0; i < more.length; i++) {
            out[head.length + i] = (byte) more[i];
        }
        return out;
    }

    @Test
    void aLinkedFolderIsReadAsIfItWereThere() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("far.yaml"), scenario("far"));
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("near.yaml"), scenario("near"));
        Files.createSymbolicLink(scenarios.resolve("linked"), elsewhere);
        Path linkToScenarios = Files.createSymbolicLink(dir.resolve("link-to-scenarios"), scenarios);

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(linkToScenarios));

        assertThat(read.allDiagnostics()).isEmpty();
        assertThat(read.files()).extracting(ParsedFile::file)
                .containsExactly(linkToScenarios.resolve("linked/far.yaml"), linkToScenarios.resolve("near.yaml"));
        assertThat(ScenarioFiles.scenarioFilesUnder(linkToScenarios)).hasSize(2);
    }

    @Test
    void aFileReachedByTwoPathsIsReadOnce() throws IOException {
        Path file = write("a/one.yaml", scenario("one"));
        Files.createSymbolicLink(dir.resolve("b"), dir.resolve("a"));
        Files.createSymbolicLink(dir.resolve("c.yaml"), file);

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(dir, dir.resolve("b")));

        assertThat(read.allDiagnostics()).isEmpty();
        assertThat(read.files()).extracting(ParsedFile::file).containsExactly(file);
    }

    @Test
    void aLinkBackToAFolderItIsInIsAWarningAndEveryFileIsStillReadOnce() throws IOException {
        write("a.yaml", scenario("a"));
        write("sub/b.yaml", scenario("b"));
        Path loop = Files.createSymbolicLink(dir.resolve("sub/back"), dir);

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(dir));

        assertThat(read.diagnostics()).extracting(Diagnostic::oneLine).containsExactly(loop + ":1:1: warning[WI0304]: "
                + "symbolic link `" + loop + "` leads back to `" + dir + "`, a folder it is in (not followed: the files under `"
                + dir + "` are read once); hint: remove the link, or point it at a folder outside `" + dir + "`");
        assertThat(read.scenarios()).extracting(Scenario::name).containsExactly("a", "b");
    }

    @Test
    void aBrokenLinkIsAnUnreadableFileAndTheOthersAreStillRead() throws IOException {
        write("a.yaml", scenario("a"));
        Path broken = Files.createSymbolicLink(dir.resolve("b.yaml"), dir.resolve("moved.yaml"));
        Path brokenFolder = Files.createSymbolicLink(dir.resolve("more"), dir.resolve("gone"));

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(dir));

        assertThat(read.allDiagnostics()).extracting(Diagnostic::oneLine).containsExactly(
                brokenFolder + ":1:1: warning[WI0303]: cannot read `" + brokenFolder + "`: it links to `" + dir.resolve("gone")
                        + "`, which does not exist (not followed); hint: point the link at a file or folder that exists, or remove it",
                broken + ":1:1: error[WI0303]: cannot read `" + broken + "`: it links to `" + dir.resolve("moved.yaml")
                        + "`, which does not exist (expected a file or folder at `" + dir.resolve("moved.yaml")
                        + "`); hint: point the link at a file or folder that exists, or remove it");
        assertThat(read.scenarios()).extracting(Scenario::name).containsExactly("a");
        assertThat(read.unreadable()).containsExactly(broken);
        // The JUnit engine reads each path on its own: the broken one is among them, so it is reported there too.
        assertThat(ScenarioFiles.scenarioFilesUnder(dir)).containsExactly(dir.resolve("a.yaml"), broken);
        assertThat(ScenarioFiles.read(List.of(broken)).unreadable()).containsExactly(broken);
    }

    @Test
    void aLinkThatCannotBeFollowedSaysWhy() throws IOException {
        Path self = Files.createSymbolicLink(dir.resolve("self.yaml"), dir.resolve("self.yaml"));

        assertThat(ScenarioFiles.read(List.of(dir)).allDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("WI0303");
            assertThat(d.span()).hasToString(self + ":1:1");
            // The rest of the reason is the operating system's own words.
            assertThat(d.message()).startsWith("cannot read `" + self + "`: it links to `" + self + "`, which cannot be read: "
                    + "too many levels of symbolic links");
        });
    }

    @Test
    void aScenarioRejectedAnywhereIsCountedAndADuplicateIsOneOfThem() throws IOException {
        write("a.yaml", scenario("same"));
        write("b.yaml", "scenarios:\n  - name: same\n    asOf: 2024-01-01\n  - name: late\n    asOf: 2024-13-01\n");
        write("c.yaml", "name: [\n");

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(dir));

        assertThat(read.scenarios()).extracting(Scenario::name).containsExactly("same");
        assertThat(read.rejected()).extracting(r -> r.name() + "@" + r.span() + " " + r.diagnostics().get(0).code())
                .containsExactly("late@" + dir.resolve("b.yaml") + ":4:11 WI0205", "same@" + dir.resolve("b.yaml") + ":2:11 WI0209");
        assertThat(read.unreadable()).containsExactly(dir.resolve("c.yaml"));
        ParsedFile b = read.files().get(1);
        assertThat(b.diagnostics()).extracting(Diagnostic::code).containsExactly("WI0205", "WI0209");
    }
}
