package whatif.verify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a range such as {@code 0..1000:50} or {@code 1979-06-01..2021-06-01:6m} stands for,
 * both ends included; numbers keep the form they are written in (whole numbers stay whole).
 * Dates step by days, weeks, months or years ({@code 1d}, {@code 2w}, {@code 6m}, {@code 1y}).
 */
final class AxisValues {
    static final int MAX_VALUES = 100_000;
    private static final Pattern RANGE = Pattern.compile("^\\s*(\\S+?)\\s*\\.\\.\\s*(\\S+?)\\s*:\\s*(\\S+)\\s*$");
    private static final Pattern DATE_STEP = Pattern.compile("^(\\d+)([dwmy])$");

    private AxisValues() {
    }

    /** The values, or why the text is not a range (a sentence for a diagnostic's label). */
    static Result of(String text) {
        Matcher range = RANGE.matcher(text);
        if (!range.matches()) {
            return Result.problem("expected `FROM..TO:STEP`, such as `0..1000:50` or `1979-06-01..2021-06-01:6m`");
        }
        String from = range.group(1);
        String to = range.group(2);
        String step = range.group(3);
        Optional<LocalDate> start = date(from);
        return start.isPresent() ? dates(start.get(), date(to), step) : numbers(from, to, step);
    }

    private static Result numbers(String from, String to, String step) {
        BigDecimal start;
        BigDecimal end;
        BigDecimal by;
        try {
            start = new BigDecimal(from);
            end = new BigDecimal(to);
            by = new BigDecimal(step);
        } catch (NumberFormatException e) {
            return Result.problem("expected numbers or dates at both ends, and a step");
        }
        if (by.signum() <= 0 || end.compareTo(start) < 0) {
            return Result.problem("expected FROM <= TO and a step above 0");
        }
        if (end.subtract(start).divideToIntegralValue(by).compareTo(BigDecimal.valueOf(MAX_VALUES)) >= 0) {
            return Result.problem("expected at most " + MAX_VALUES + " values along one axis");
        }
        List<String> values = new ArrayList<>();
        for (BigDecimal v = start; v.compareTo(end) <= 0; v = v.add(by)) {
            values.add(v.toPlainString());
        }
        return new Result(values, "");
    }

    private static Result dates(LocalDate start, Optional<LocalDate> end, String step) {
        Matcher by = DATE_STEP.matcher(step);
        if (end.isEmpty() || !by.matches() || Integer.parseInt(by.group(1)) == 0) {
            return Result.problem("expected two dates and a step such as `1d`, `2w`, `6m` or `1y`");
        }
        if (end.get().isBefore(start)) {
            return Result.problem("expected FROM on or before TO");
        }
        int n = Integer.parseInt(by.group(1));
        Period period = switch (by.group(2)) {
            case "d" -> Period.ofDays(n);
            case "w" -> Period.ofWeeks(n);
            case "m" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        };
        List<String> values = new ArrayList<>();
        // Each date from the start, not from the one before: months stepped from the 31st stay at month ends.
        for (int i = 0; ; i++) {
            LocalDate date = start.plus(period.multipliedBy(i));
            if (date.isAfter(end.get()) || values.size() == MAX_VALUES) {
                break;
            }
            values.add(date.toString());
        }
        return new Result(values, "");
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    record Result(List<String> values, String problem) {
        static Result problem(String problem) {
            return new Result(List.of(), problem);
        }

        boolean isValid() {
            return problem.isEmpty();
        }
    }
}
