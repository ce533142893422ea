package whatif.run;

import java.time.LocalDate;

/** A rule that fired, on which scenario date. */
public record Firing(String rule, LocalDate on) {
}
