package whatif.scenario;

import java.util.Locale;

/**
 * The most a scenario file, or any YAML file whatif reads, may hold. Each is far above what a real
 * scenario needs and low enough
 * that no file, however made, can exhaust memory or the stack of whatever reads it.
 */
public final class ScenarioFileLimits {
    /** Characters (Unicode code points) in a file: 3 MiB of text, snakeyaml-engine's own default. */
    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    /** Aliases ({@code *name}) to lists and mappings, each of which repeats a whole subtree. */
    public static final int MAX_COLLECTION_ALIASES = 50;
    /** Lists and mappings inside one another; a scenario needs about six. */
    public static final int MAX_NESTING_DEPTH = 64;

    private ScenarioFileLimits() {
    }

    /** {@code 3,145,728}: a limit as the messages and the README write it. */
    static String format(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
