package whatif.verify;

import whatif.source.Span;

/** Something a check requires of the rules' conclusions, and where the spec writes it. */
public sealed interface Invariant permits PointInvariant, Monotone {
    /** In words, for reports: {@code at most one Verdict per proposal}. */
    String describe();

    Span span();
}
