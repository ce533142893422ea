package whatif.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/** Turns a real input into a damaged one: one to four random mutations, most often one or two. */
final class Mutator {
    private static final Mutation[] ALL = Mutation.values();

    private Mutator() {
    }

    static FuzzInput mutate(FuzzInput seed, SplittableRandom r, Language language) {
        int count = 1 + (r.nextInt(4) == 0 ? r.nextInt(4) : r.nextInt(2));
        FuzzInput out = seed;
        for (int i = 0; i < count; i++) {
            Mutation mutation = ALL[r.nextInt(ALL.length)];
            if (mutation == Mutation.ALIAS_FAN_OUT && language != Language.YAML) {
                mutation = Mutation.DEEP_NESTING;
            }
            out = mutation.apply(out, r, language);
        }
        return out;
    }

    /** Mostly a mutated real input; one in ten, text from nothing. */
    static FuzzInput next(List<FuzzInput> seeds, SplittableRandom r, Language language) {
        if (r.nextInt(10) == 0) {
            return RandomText.of(r, language);
        }
        return mutate(seeds.get(r.nextInt(seeds.size())), r, language);
    }
}
