package whatif.mutate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * A date as written in a condition, moved by whole days: the arguments of
 * {@code LocalDate.of(2012, 10, 7)}, or a quoted date in ISO form ({@code "2012-10-07"}) or in
 * Drools' default date form ({@code "07-Oct-2012"}).
 */
final class DateLiteral {
    private static final DateTimeFormatter DROOLS_DEFAULT = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

    private DateLiteral() {
    }

    /** {@code 2012, 10, 7} moved: {@code 2012, 10, 6}; empty when the three numbers are not a date. */
    static Optional<String> movedArguments(String year, String month, String day, int days) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).plusDays(days);
            return Optional.of(date.getYear() + ", " + date.getMonthValue() + ", " + date.getDayOfMonth());
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
    }

    /** A quoted date moved, in the same form and quotes; empty when the string is not a date. */
    static Optional<String> movedString(String quoted, int days) {
        if (quoted.length() < 2) {
            return Optional.empty();
        }
        char quote = quoted.charAt(0);
        String inner = quoted.substring(1, quoted.length() - 1);
        for (DateTimeFormatter form : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, DROOLS_DEFAULT}) {
            try {
                LocalDate date = LocalDate.parse(inner, form);
                return Optional.of(quote + date.plusDays(days).format(form) + quote);
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
