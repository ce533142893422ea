package whatif.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the cache is: the option, then the environment, then the XDG cache folder, then ~/.cache. */
class CacheLocationTest {
    private static final Path HOME = Path.of("/home/analyst");

    @Test
    void theUsersCacheFolderByDefault() {
        assertThat(CacheLocation.resolve(Optional.empty(), false, Map.of(), HOME))
                .contains(Path.of("/home/analyst/.cache/whatif"));
    }

    @Test
    void xdgCacheHomeWhenItIsAbsolute() {
        assertThat(CacheLocation.resolve(Optional.empty(), false, Map.of("XDG_CACHE_HOME", "/var/cache/me"), HOME))
                .contains(Path.of("/var/cache/me/whatif"));
        assertThat(CacheLocation.resolve(Optional.empty(), false, Map.of("XDG_CACHE_HOME", "relative"), HOME))
                .as("the XDG specification says to ignore a relative path")
                .contains(Path.of("/home/analyst/.cache/whatif"));
    }

    @Test
    void theVariableOverXdgAndTheOptionOverBoth() {
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", "/var/cache/me", "WHATIF_CACHE_DIR", "/tmp/w");

        assertThat(CacheLocation.resolve(Optional.empty(), false, environment, HOME)).contains(Path.of("/tmp/w"));
        assertThat(CacheLocation.resolve(Optional.of(Path.of("here")), false, environment, HOME)).contains(Path.of("here"));
    }

    @Test
    void noCacheByOptionOrVariableWinsOverAnyFolder() {
        assertThat(CacheLocation.resolve(Optional.of(Path.of("here")), true, Map.of(), HOME)).isEmpty();
        assertThat(CacheLocation.resolve(Optional.of(Path.of("here")), false, Map.of("WHATIF_NO_CACHE", "1"), HOME)).isEmpty();
        assertThat(CacheLocation.resolve(Optional.empty(), false, Map.of("WHATIF_NO_CACHE", ""), HOME))
                .as("an empty variable is not set").isPresent();
    }
}
