package whatif.diff;

/**
 * What became, in the other run, of the rule that concluded a fact found in one run only.
 */
public enum Elsewhere {
    /** the other run's rule book has no rule of that name (a reform added or removed it) */
    NO_SUCH_RULE,
    /** the other run concluded the fact too, but its conditions stopped holding and it was withdrawn */
    WITHDRAWN,
    /** the rule never fired in the other run: its conditions never held */
    NOT_FIRED,
    /** the rule fired in the other run without concluding this fact (its consequence chose otherwise) */
    FIRED_WITHOUT_IT,
    /** the other run has no trace to tell (it could not run) */
    UNKNOWN
}
