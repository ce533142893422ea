package whatif.fuzz;

import java.util.List;

/** The language of a seed input, which decides the tokens its mutations insert. */
enum Language {
    YAML, DRL;

    List<String> tokens() {
        return this == YAML ? Specials.YAML : Specials.DRL;
    }

    Language other() {
        return this == YAML ? DRL : YAML;
    }
}
