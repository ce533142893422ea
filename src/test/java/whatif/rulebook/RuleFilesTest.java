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
}
