package whatif.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.VisibleText;

/**
 * The text of a sweep's axes and observed fields, the same in a scenario's {@code sweep:} and on
 * the command line: {@code Type.field=FROM..TO:STEP}, {@code Type[key=value].field},
 * {@code asOf=2012-01-01..2021-12-31:1m}. A problem is a diagnostic pointing into the text.
 */
public final class SweepSyntax {
    public static final String AXIS_FORM = "`Type.field=FROM..TO:STEP` or `asOf=YYYY-MM-DD..YYYY-MM-DD:1m`";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern TYPE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern DATE_STEP = Pattern.compile("(\\d{1,4})([dwmy])");

    /** Text that is not a sweep's axis or field, with the diagnostic that says why. */
    public static final class BadText extends Exception {
        private final transient Diagnostic diagnostic;

        BadText(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    private final Scalar text;

    private SweepSyntax(Scalar text) {
        this.text = text;
    }

    /** An axis, {@code Type.field=FROM..TO:STEP} or {@code asOf=FROM..TO:STEP}. */
    public static SweepAxis axis(Scalar text) throws BadText {
        return new SweepSyntax(text).axis();
    }

    /** An observed field, {@code Type.field}, {@code Type[key=value].field}, {@code status} or {@code facts}. */
    public static ObservedField observed(Scalar text) throws BadText {
        SweepSyntax syntax = new SweepSyntax(text);
        String written = text.text().strip();
        if (ObservedField.OWN_NAMES.contains(written)) {
            return new ObservedField(written, Optional.empty(), text.span());
        }
        FieldPath path = syntax.path(written, 0, "an observed field is written `Type.field`, as `Ticket.excessKmh`, or `status` or `facts`");
        return new ObservedField(path.text(), Optional.of(path), text.span());
    }

    /**
     * What an axis varies, written alone (a verify file's key under {@code vary:}): empty for
     * {@code asOf}, else {@code Type.field} or {@code Type[key=value].field}.
     */
    public static Optional<FieldPath> target(Scalar text) throws BadText {
        String written = text.text().strip();
        return written.equals(SweepAxis.AS_OF) ? Optional.empty()
                : Optional.of(new SweepSyntax(text).path(written, 0, "write a given fact's field, `Type.field`, or `asOf`"));
    }

    /** A range written alone, {@code FROM..TO:STEP} (a verify file's value under an axis). */
    public static AxisRange range(Scalar text, boolean isAsOf) throws BadText {
        return new SweepSyntax(text).range(text.text(), 0, isAsOf);
    }

    private SweepAxis axis() throws BadText {
        String written = text.text();
        int equals = outsideBrackets(written, '=', false);
        if (equals < 0) {
            throw bad(0, written.length(), "`" + VisibleText.of(written) + "` is not an axis", "expected " + AXIS_FORM,
                    "write what to vary, `=`, and the range, as `Trip.speedKmh=0..200:10`");
        }
        String target = written.substring(0, equals).strip();
        Optional<FieldPath> field = target.equals(SweepAxis.AS_OF) ? Optional.empty()
                : Optional.of(path(target, 0, "write a given fact's field, `Type.field`, or `asOf`, before `=`"));
        AxisRange range = range(written.substring(equals + 1), equals + 1, field.isEmpty());
        return new SweepAxis(field, range, text.span());
    }

    private AxisRange range(String written, int offset, boolean isAsOf) throws BadText {
        int dots = written.indexOf("..");
        int colon = written.lastIndexOf(':');
        if (dots < 0 || colon < dots) {
            throw bad(offset, written.length(), "the range `" + VisibleText.of(written) + "` is not `FROM..TO:STEP`",
                    "expected `FROM..TO:STEP`", isAsOf ? "as `2012-01-01..2021-12-31:1m`" : "as `0..2000:100`");
        }
        String from = written.substring(0, dots).strip();
        String to = written.substring(dots + 2, colon).strip();
        String step = written.substring(colon + 1).strip();
        if (NUMBER.matcher(from).matches() && NUMBER.matcher(to).matches()) {
            return numbers(from, to, step, offset + colon + 1, offset);
        }
        Optional<LocalDate> fromDate = date(from);
        Optional<LocalDate> toDate = date(to);
        if (fromDate.isPresent() && toDate.isPresent()) {
            return dates(fromDate.get(), toDate.get(), step, offset + colon + 1, offset);
        }
        boolean fromBad = !NUMBER.matcher(from).matches() && fromDate.isEmpty();
        String wrong = fromBad ? from : to;
        throw bad(offset + (fromBad ? 0 : dots + 2), wrong.length(), "`" + VisibleText.of(wrong) + "` is neither a number nor a date",
                "expected two numbers or two dates (YYYY-MM-DD)", isAsOf ? "as `2012-01-01..2021-12-31:1m`" : "as `0..2000:100`");
    }

    private AxisRange numbers(String from, String to, String step, int stepAt, int rangeAt) throws BadText {
        if (!NUMBER.matcher(step).matches() || new BigDecimal(step).signum() <= 0) {
            throw bad(stepAt, step.length(), "the step `" + VisibleText.of(step) + "` is not a positive number",
                    "expected a number above 0", "as `0..2000:100`");
        }
        BigDecimal start = new BigDecimal(from);
        BigDecimal end = new BigDecimal(to);
        if (end.compareTo(start) < 0) {
            throw bad(rangeAt, from.length(), "the range starts at " + from + " and ends below it, at " + to,
                    "expected FROM <= TO", "write the smaller number first");
        }
        boolean whole = !(from + to + step).contains(".");
        return new AxisRange.Numbers(start, end, new BigDecimal(step), whole);
    }

    private AxisRange dates(LocalDate from, LocalDate to, String step, int stepAt, int rangeAt) throws BadText {
        Matcher m = DATE_STEP.matcher(step);
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw bad(stepAt, step.length(), "the step `" + VisibleText.of(step) + "` is not a step of dates",
                    "expected days, weeks, months or years: `1d`, `1w`, `1m`, `1y`", "as `2012-01-01..2021-12-31:1m`");
        }
        if (to.isBefore(from)) {
            throw bad(rangeAt, 10, "the range starts on " + from + " and ends before it, on " + to,
                    "expected FROM <= TO", "write the earlier date first");
        }
        int n = Integer.parseInt(m.group(1));
        Period period = switch (m.group(2)) {
            case "d" -> Period.ofDays(n);
            case "w" -> Period.ofWeeks(n);
            case "m" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        };
        return new AxisRange.Dates(from, to, period);
    }

    /** {@code Type.field} or {@code Type[key=value].field}, starting at {@code offset} of the text. */
    private FieldPath path(String written, int offset, String hint) throws BadText {
        int dot = outsideBrackets(written, '.', true);
        if (dot < 0) {
            throw bad(offset, written.length(), "`" + VisibleText.of(written) + "` names no field",
                    "expected `Type.field`", hint);
        }
        String field = written.substring(dot + 1);
        String type = written.substring(0, dot);
        Optional<FieldPath.Selector> where = Optional.empty();
        int open = type.indexOf('[');
        if (open >= 0) {
            if (!type.endsWith("]")) {
                throw bad(offset + open, type.length() - open, "`" + VisibleText.of(type.substring(open)) + "` is not a selector",
                        "expected `[field=value]` right before `.field`", "as `Trip[id=t1].speedKmh`");
            }
            String inside = type.substring(open + 1, type.length() - 1);
            int equals = inside.indexOf('=');
            if (equals < 1 || !NAME.matcher(inside.substring(0, equals).strip()).matches()) {
                throw bad(offset + open, type.length() - open, "`" + VisibleText.of(type.substring(open)) + "` is not a selector",
                        "expected `[field=value]`", "as `Trip[id=t1].speedKmh`");
            }
            where = Optional.of(new FieldPath.Selector(inside.substring(0, equals).strip(), inside.substring(equals + 1).strip()));
            type = type.substring(0, open);
        }
        if (!TYPE.matcher(type).matches()) {
            throw bad(offset, Math.max(1, type.length()), "`" + VisibleText.of(type) + "` is not a type name",
                    "expected a type the rules declare", hint);
        }
        if (!NAME.matcher(field).matches()) {
            throw bad(offset + dot + 1, Math.max(1, field.length()), "`" + VisibleText.of(field) + "` is not a field name",
                    "expected a field of `" + type + "`", hint);
        }
        return new FieldPath(type, where, field);
    }

    /** The last {@code c} (or the first, unless {@code last}) that is not inside {@code [...]}. */
    private static int outsideBrackets(String s, char c, boolean last) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            depth += x == '[' ? 1 : x == ']' ? -1 : 0;
            if (x == c && depth == 0) {
                found = i;
                if (!last) {
                    return i;
                }
            }
        }
        return found;
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A diagnostic under {@code length} characters from {@code offset} of the text, where the file shows them. */
    private BadText bad(int offset, int length, String message, String label, String hint) {
        Span at = text.span();
        boolean oneLine = at.end().line() == at.start().line() && !text.text().contains("\n");
        Span span = oneLine ? Span.of(at.file(), at.line(), at.column() + offset + (text.plain() ? 0 : 1), length) : at;
        return new BadText(Diagnostic.error(DiagnosticCode.SWEEP, span, message).withLabel(label).withHint(hint));
    }
}
