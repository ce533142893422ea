package whatif.run;

/**
 * Why a scenario could not run to its end: a rule that looped, or one that threw.
 *
 * @param rule the rule at fault, or empty when none can be named
 */
public record RunError(String message, String rule, String hint) {
}
