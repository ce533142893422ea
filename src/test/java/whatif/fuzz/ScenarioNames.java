package whatif.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the names in a seed scenario file its own before it is mutated, so that several mutants
 * of one file can run in one command without all but the first being rejected as duplicates.
 */
final class ScenarioNames {
    private static final Pattern NAME = Pattern.compile("(?m)^(\\s*(?:- )?name: )([^\"'\\s#][^\\n#]*?)\\s*$");

    private ScenarioNames() {
    }

    static FuzzInput suffixed(FuzzInput seed, String suffix) {
        String text = new String(seed.bytes(), StandardCharsets.UTF_8);
        String renamed = NAME.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + " " + suffix));
        return FuzzInput.of(seed.origin(), Bytes.utf8(renamed));
    }
}
