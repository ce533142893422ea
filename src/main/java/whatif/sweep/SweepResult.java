package whatif.sweep;

/**
 * How a sweep went.
 *
 * @param rows        rows written (points, or boundaries)
 * @param points      points of the grid
 * @param evaluations points actually run: fewer than {@code points} with {@code --adaptive}; more with
 *                    {@code --find-boundary}, which also runs values between the grid's
 * @param errors      evaluations whose rules could not run to their end (a rule threw or looped)
 * @param stopped     true when it was stopped before the end: the rows written are a prefix of the whole
 */
public record SweepResult(long rows, long points, long evaluations, long errors, boolean stopped) {
}
