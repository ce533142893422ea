package whatif.run;

import java.time.LocalDate;

/**
 * The scenario's current date, as a fact. The runner inserts one {@code Today} and moves it
 * along the timeline, so that a rule can ask which version of a policy is in force:
 * <pre>
 * import whatif.run.Today;
 * rule "x" when Today( $d : date ) ... </pre>
 * Rules that depend on it re-evaluate at each step of the timeline.
 */
public final class Today {
    private LocalDate date;

    public Today(LocalDate date) {
        this.date = date;
    }

    public LocalDate getDate() {
        return date;
    }

    void setDate(LocalDate date) {
        this.date = date;
    }

    @Override
    public String toString() {
        return "Today{date: " + date + "}";
    }
}
