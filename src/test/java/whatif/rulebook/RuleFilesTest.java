package whatif.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whatif.source.Diagnostic;

/** Reading a rules folder: every `.drl` under it, in a stable order, or a diagnostic that says why not. */
class RuleFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryDrlUnderTheFolderSorted() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/two.drl"), "package b;");
        Files.writeString(dir.resolve("a.drl"), "package a;");
        Files.writeString(dir.resolve("notes.md"), "not rules");

        RuleFiles.Read read = RuleFiles.read(dir);

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.sources()).extracting(RuleSource::path).containsExactly(dir.resolve("a.drl"), dir.resolve("b/two.drl"));
        assertThat(read.sources().get(0).text()).isEqualTo("package a;");
    }

    @Test
    void aMissingFolderIsNamedWithAHint() {
        Path missing = dir.resolve("rules");

        assertThat(RuleFiles.read(missing).diagnostics()).extracting(Diagnostic::oneLine).containsExactly(missing + ":1:1: "
                + "error[WI0101]: rules folder `" + missing + "` does not exist (expected a folder of `.drl` files); "
                + "hint: pass the folder with `--rules DIR`, or run from the project's top folder");
    }

    @Test
    void aFileIsNotARulesFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("rules.drl"), "package a;");

        assertThat(RuleFiles.read(file).diagnostics()).extracting(Diagnostic::code).containsExactly("WI0101");
    }

    @Test
    void aFolderWithoutDrlIsNamedWithAHint() throws IOException {
        Files.writeString(dir.resolve("README.md"), "rules go here");

        assertThat(RuleFiles.read(dir).diagnostics()).extracting(Diagnostic::oneLine).containsExactly(dir + ":1:1: "
                + "error[WI0102]: no `.drl` file in rules folder `" + dir + "` (expected at least one rule file); "
                + "hint: write a rule in `" + dir.resolve("policy.drl") + "`; see the README's `Writing a rule`");
        assertThat(RuleBookCompiler.compileFolder(dir).ruleBook()).isEmpty();
    }

    @Test
    void aLineOfASourceIsReadWithoutItsLineBreak() {
        RuleSource source = new RuleSource(Path.of("r.drl"), "one\r\ntwo\nthree");

        assertThat(source.line(1)).isEqualTo("one");
        assertThat(source.line(3)).isEqualTo("three");
        assertThat(source.line(0)).isEmpty();
        assertThat(source.line(4)).isEmpty();
        assertThat(source.lineCount()).isEqualTo(3);
    }

    @Test
    void aLinkedRulesFolderAndALinkedSubfolderAreRead() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(shared.resolve("common.drl"), "package common;");
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("own.drl"), "package own;");
        Files.createSymbolicLink(rules.resolve("linked"), shared);
        Path link = Files.createSymbolicLink(dir.resolve("rules-link"), rules);

        RuleFiles.Read read = RuleFiles.read(link);

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.sources()).extracting(RuleSource::path)
                .containsExactly(link.resolve("linked/common.drl"), link.resolve("own.drl"));
    }

    @Test
    void aLinkLoopIsAWarningAndTheRulesStillCompile() throws IOException {
        Files.writeString(dir.resolve("a.drl"), "package a;");
        Path loop = Files.createSymbolicLink(Files.createDirectories(dir.resolve("sub")).resolve("up"), dir);

        Compilation compilation = RuleBookCompiler.compileFolder(dir);

        assertThat(compilation.diagnostics()).extracting(Diagnostic::oneLine).containsExactly(loop + ":1:1: warning[WI0304]: "
                + "symbolic link `" + loop + "` leads back to `" + dir + "`, a folder it is in (not followed: the files under `"
                + dir + "` are read once); hint: remove the link, or point it at a folder outside `" + dir + "`");
        assertThat(compilation.ruleBook()).isPresent();
    }

    @Test
    void aBrokenLinkIsAnErrorOfItsOwnNotAnEmptyFolder() throws IOException {
        Files.writeString(dir.resolve("a.drl"), "package a;");
        Path broken = Files.createSymbolicLink(dir.resolve("b.drl"), dir.resolve("moved.drl"));

        RuleFiles.Read read = RuleFiles.read(dir);

        assertThat(read.diagnostics()).extracting(Diagnostic::oneLine).containsExactly(broken + ":1:1: error[WI0303]: "
                + "cannot read `" + broken + "`: it links to `" + dir.resolve("moved.drl") + "`, which does not exist "
                + "(expected a file or folder at `" + dir.resolve("moved.drl") + "`); "
                + "hint: point the link at a file or folder that exists, or remove it");
        assertThat(read.sources()).extracting(RuleSource::path).containsExactly(dir.resolve("a.drl"));
        assertThat(RuleBookCompiler.compileFolder(dir).ruleBook()).isEmpty();
    }

    @Test
    void aRuleFileThatIsNotUtf8IsReportedAtItsFirstBadByte() throws IOException {
        Path file = dir.resolve("latin1.drl");
        Files.write(file, new byte[] {'p', 'a', 'c', 'k', 'a', 'g', 'e', ' ', 'a', ';', '\n', '/', '/', ' ', (byte) 0xE9, '\n'});

        assertThat(RuleFiles.read(dir).diagnostics()).extracting(Diagnostic::oneLine).containsExactly(file + ":2:4: "
                + "error[WI0303]: the file is not UTF-8: byte 0xE9 cannot be read as text (byte 0xE9 is not UTF-8 here); "
                + "hint: save the file as UTF-8 (a byte-order mark is allowed); whatif reads no other encoding");
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        Files.write(dir.resolve("a.drl"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'p', 'a', 'c', 'k', 'a', 'g', 'e', ' ', 'a', ';'});

        assertThat(RuleFiles.read(dir).sources()).extracting(RuleSource::text).containsExactly("package a;");
    }
}
