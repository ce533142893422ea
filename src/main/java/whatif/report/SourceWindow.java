package whatif.report;

/**
 * The part of a source line quoted under a diagnostic, as printed, and where the carets go under
 * it. A line of at most {@link #MAX_WIDTH} columns is shown whole; a longer one (a file written on
 * one line, YAML nested thousands deep) is cut to a window of that width around the column, with
 * {@code ...} where it was cut, as rustc does, so that a diagnostic stays a few lines however long
 * the line. Columns are counted in the line as printed: a tab shown as spaces or a control
 * character shown as {@code \u001b} is wider than one.
 */
record SourceWindow(String text, int caretOffset, int caretWidth) {
    /** The most columns of a quoted line. */
    static final int MAX_WIDTH = 120;
    /** Columns kept before the caret when the line is cut. */
    static final int BEFORE = 40;
    static final String CUT = "...";

    static SourceWindow of(String line, int column, int width) {
        int start = Math.min(Math.max(0, column - 1), line.length());
        int end = Math.min(start + width, line.length());
        String whole = TerminalText.sourceLine(line);
        if (whole.length() <= MAX_WIDTH) {
            return new SourceWindow(whole.stripTrailing(), shown(line, 0, start), caretWidth(line, start, end, width));
        }
        int from = start;
        for (int used = 0; from > 0 && used + shown(line, from - 1, from) <= BEFORE; from--) {
            used += shown(line, from - 1, from);
        }
        if (from > 0 && Character.isLowSurrogate(line.charAt(from))) {
            from++;
        }
        String head = from > 0 ? CUT : "";
        int budget = MAX_WIDTH - head.length() - CUT.length();
        int to = from;
        for (int used = 0; to < line.length() && used + shown(line, to, to + 1) <= budget; to++) {
            used += shown(line, to, to + 1);
        }
        if (to < line.length() && to > from && Character.isHighSurrogate(line.charAt(to - 1))) {
            to--;
        }
        String tail = to < line.length() ? CUT : "";
        int caretEnd = Math.min(end, to);
        int caret = Math.max(1, caretEnd < end ? shown(line, start, caretEnd) : caretWidth(line, start, end, width));
        return new SourceWindow(head + TerminalText.sourceLine(line.substring(from, to)) + tail,
                head.length() + shown(line, from, start), caret);
    }

    /** Past the end of the line, the carets keep the width given. */
    private static int caretWidth(String line, int start, int end, int width) {
        return shown(line, start, end) + width - (end - start);
    }

    private static int shown(String line, int from, int to) {
        return TerminalText.sourceLine(line.substring(from, to)).length();
    }
}
