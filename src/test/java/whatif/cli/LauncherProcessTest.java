package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher, {@code src/main/sh/whatif}, as the build leaves it beside the jar, with the
 * class-data archive it maps when one is there: an archive it can use changes only the speed, and
 * one it cannot (made for another jar, or not an archive at all) neither breaks a run nor prints a
 * word. The jar is made here from the compiled classes, with the test's libraries on its
 * {@code Class-Path}, since the tests run before {@code mvn package} makes the real one.
 */
class LauncherProcessTest {
    private static final String RULES = "examples/traffic/rules";
    private static final String SCENARIOS = "examples/traffic/scenarios";

    @TempDir
    static Path shared;

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static Path install;
    private static Ended withoutArchive;

    record Ended(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void installAndRunWithoutArchive() throws Exception {
        install = installation(shared.resolve("install"));
        withoutArchive = launch(install, List.of());
        assertThat(withoutArchive.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(withoutArchive.out()).contains("passed");
    }

    @Test
    void anArchiveOfThisJarIsMappedAndChangesNothingPrinted() throws Exception {
        dumpArchive(install, install.resolve("whatif.jsa"));

        Ended ended = launch(install, List.of("JAVA_TOOL_OPTIONS=-Xlog:class+load:file=" + install.resolve("loaded.txt")));

        assertThat(Files.readString(install.resolve("loaded.txt")))
                .containsPattern("whatif\\.cli\\.WhatIf source: shared objects file");
        assertThat(ended.exitCode()).isEqualTo(withoutArchive.exitCode());
        assertThat(ended.out()).isEqualTo(withoutArchive.out());
        // The JVM names the option it picked up from the environment; nothing else is added.
        assertThat(ended.err().replaceAll("Picked up JAVA_TOOL_OPTIONS: .*\\R", "")).isEqualTo(withoutArchive.err());
    }

    @Test
    void anArchiveMadeForAnotherJarIsIgnoredSilently() throws Exception {
        Path other = installation(shared.resolve("other"));
        Path mine = installation(shared.resolve("mine"));
        dumpArchive(other, mine.resolve("whatif.jsa"));

        Ended ended = launch(mine, List.of());

        assertThat(ended).isEqualTo(withoutArchive);
    }

    @Test
    void aFileThatIsNoArchiveIsIgnoredSilently() throws Exception {
        Path broken = installation(shared.resolve("broken"));
        Files.writeString(broken.resolve("whatif.jsa"), "not a class-data archive\n");
        newerThanTheJar(broken);

        Ended ended = launch(broken, List.of());

        assertThat(ended).isEqualTo(withoutArchive);
    }

    /** A folder as the build leaves target/: the launcher, whatif.jar, no archive yet. */
    private static Path installation(Path folder) throws IOException, URISyntaxException {
        Files.createDirectories(folder);
        Path launcher = folder.resolve("whatif");
        Files.copy(Path.of("src/main/sh/whatif"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path classes = Path.of(WhatIf.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, WhatIf.class.getName());
        // The test's libraries, by absolute URL; the directories of test classes are not needed.
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                        .filter(entry -> entry.endsWith(".jar"))
                        .map(entry -> Path.of(entry).toUri().toString())
                        .collect(Collectors.joining(" ")));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(folder.resolve("whatif.jar")), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
        return folder;
    }

    /** An archive of a few classes of {@code installation}'s jar, as the build's script dumps one of many. */
    private static void dumpArchive(Path installation, Path archive) throws IOException, InterruptedException {
        Path classList = installation.resolve("classes.classlist");
        Files.writeString(classList, "whatif/cli/WhatIf\npicocli/CommandLine\n");
        List<String> command = List.of(java(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-jar", installation.resolve("whatif.jar").toString());
        Ended dumped = run(command, List.of(), installation);
        assertThat(dumped.exitCode()).as("dumping: %s", dumped.err()).isZero();
        newerThanTheJar(archive.getParent());
    }

    /** The launcher only tries an archive newer than the jar; a file system's coarse clock could make them equal. */
    private static void newerThanTheJar(Path installation) throws IOException {
        FileTime jar = Files.getLastModifiedTime(installation.resolve("whatif.jar"));
        Files.setLastModifiedTime(installation.resolve("whatif.jsa"), FileTime.from(jar.toInstant().plusSeconds(2)));
    }

    private static Ended launch(Path installation, List<String> environment) throws IOException, InterruptedException {
        List<String> command = List.of(installation.resolve("whatif").toString(), "run", "--rules", RULES, SCENARIOS);
        return run(command, environment, installation);
    }

    private static Ended run(List<String> command, List<String> environment, Path outputs)
            throws IOException, InterruptedException {
        int run = RUNS.incrementAndGet();
        Path out = outputs.resolve("out-" + run + ".txt");
        Path err = outputs.resolve("err-" + run + ".txt");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("WHATIF_JAVA_OPTS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        for (String variable : environment) {
            String[] nameAndValue = variable.split("=", 2);
            builder.environment().put(nameAndValue[0], nameAndValue[1]);
        }
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within 120 s");
        }
        return new Ended(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
