package whatif.scenario;

import java.util.Objects;

/**
 * Marks a scenario as a variant of another: the same scenario with part of its input changed (a
 * given fact's fields, {@code asOf}, timeline entries added or removed). A variant is read into a
 * full {@link Scenario} of its own, named {@code baseline / name}, so that everything that runs
 * scenarios runs it; this record says which scenario it varies, so that {@code whatif diff} can
 * compare the two.
 *
 * @param baseline the name of the scenario it varies
 * @param name     the variant's own name, as written under {@code variants:}
 */
public record Variant(String baseline, String name) {
    /** Between the scenario's name and the variant's, in the variant's full name. */
    public static final String SEPARATOR = " / ";

    public Variant {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(name, "name");
    }

    /** {@code baseline / name}: how reports, tests and {@code --filter} name the variant. */
    public String fullName() {
        return baseline + SEPARATOR + name;
    }
}
