package whatif.sweep;

import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;

/** How rows are written: CSV, or JSON Lines for an output file ending in {@code .jsonl}. */
public enum RowFormat {
    CSV, JSONL;

    public static RowFormat forPath(Path output) {
        return output != null && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl") ? JSONL : CSV;
    }

    RowWriter writer(Writer out) {
        return this == JSONL ? new JsonlRowWriter(out) : new CsvRowWriter(out);
    }
}
