package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {
    @TempDir
    Path dir;

    @Test
    void aReportThatFailsHalfWayLeavesTheOldReportAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("report.txt"), "the last complete report");
        ReportFile file = ReportFile.prepare(target, WhatIf.commandLine(false));

        assertThatThrownBy(() -> {
            try (ReportFile.Pending pending = file.begin()) {
                pending.write(out -> {
                    out.println("half a rep");
                    throw new IllegalStateException("a crash while writing");
                });
            }
        }).hasMessage("a crash while writing");

        assertThat(Files.readString(target)).isEqualTo("the last complete report");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void aCompleteReportReplacesTheOldOneInOneMove() throws IOException {
        Path target = Files.writeString(dir.resolve("report.txt"), "old");
        ReportFile file = ReportFile.prepare(target, WhatIf.commandLine(false));

        try (ReportFile.Pending pending = file.begin()) {
            assertThat(filesIn(dir)).as("the temporary file, beside the target").hasSize(2);
            pending.write(out -> out.print("new"));
        }

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    private static Stream<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList().stream();
        }
    }
}
