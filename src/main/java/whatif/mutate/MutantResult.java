package whatif.mutate;

import java.util.Objects;

/**
 * What running the scenarios against one mutant gave.
 *
 * @param caughtBy the name of the first scenario that did not pass; empty unless caught
 * @param detail   why it was caught ({@code failed}, {@code error}...) or did not compile (the
 *                 first error); empty for a survivor
 * @param firedBy  how many scenarios fired the mutated rule as written
 */
public record MutantResult(Mutant mutant, MutantStatus status, String caughtBy, String detail, int firedBy) {
    public MutantResult {
        Objects.requireNonNull(mutant, "mutant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(caughtBy, "caughtBy");
        Objects.requireNonNull(detail, "detail");
    }

    static MutantResult caught(Mutant mutant, String scenario, String why, int firedBy) {
        return new MutantResult(mutant, MutantStatus.CAUGHT, scenario, why, firedBy);
    }

    static MutantResult survived(Mutant mutant, int firedBy) {
        return new MutantResult(mutant, MutantStatus.SURVIVED, "", "", firedBy);
    }

    static MutantResult notCompiled(Mutant mutant, String error, int firedBy) {
        return new MutantResult(mutant, MutantStatus.NOT_COMPILED, "", error, firedBy);
    }
}
