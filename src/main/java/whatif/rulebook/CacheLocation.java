package whatif.rulebook;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where compiled rule books are kept, from the command line and the environment: {@code --no-cache}
 * or {@code WHATIF_NO_CACHE} (any value) for nowhere, else {@code --cache-dir}, else
 * {@code WHATIF_CACHE_DIR}, else the user's cache folder as the XDG base directories define it
 * ({@code $XDG_CACHE_HOME/whatif}, by default {@code ~/.cache/whatif}).
 */
public final class CacheLocation {
    public static final String FOLDER_VARIABLE = "WHATIF_CACHE_DIR";
    public static final String OFF_VARIABLE = "WHATIF_NO_CACHE";

    private CacheLocation() {
    }

    /**
     * The cache folder the environment alone names, for what has no command line (the JUnit engine,
     * {@code WhatIf.rules}): {@code WHATIF_NO_CACHE}, {@code WHATIF_CACHE_DIR}, the user's cache folder.
     */
    public static Optional<Path> ofEnvironment() {
        return resolve(Optional.empty(), false, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The cache folder, or empty when caching is off. */
    public static Optional<Path> resolve(Optional<Path> option, boolean disabled, Map<String, String> environment,
                                         Path home) {
        if (disabled || isSet(environment.get(OFF_VARIABLE))) {
            return Optional.empty();
        }
        if (option.isPresent()) {
            return option;
        }
        if (isSet(environment.get(FOLDER_VARIABLE))) {
            return Optional.of(Path.of(environment.get(FOLDER_VARIABLE)));
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        // The specification says a relative XDG path is invalid and to be ignored.
        if (isSet(xdg) && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "whatif"));
        }
        return Optional.of(home.resolve(".cache").resolve("whatif"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }
}
