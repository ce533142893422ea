package whatif.chart;

import java.util.Locale;
import java.util.Optional;

/**
 * Java found no font to draw a chart's text with: the machine has none installed, or fontconfig
 * is set up to show none. The JDK says so with an Error or a RuntimeException from deep inside
 * its font code ("Fontconfig head is null"); this names it, so that it is reported as the
 * machine's problem a user can fix rather than as a bug in whatif.
 */
public final class NoFontException extends RuntimeException {
    private NoFontException(String jdkMessage, Throwable cause) {
        super(jdkMessage, cause);
    }

    /** The JDK's own words, for the user to search for. */
    public String jdkMessage() {
        return getMessage();
    }

    /**
     * The failure as a missing font, if it is one: a throwable in its causes comes from the JDK's
     * font code or speaks of fontconfig. Anything else stays what it is, a bug to report.
     */
    static Optional<NoFontException> recognize(Throwable failure) {
        boolean fromFonts = false;
        String deepestMessage = failure.toString();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            fromFonts |= isFontCode(t) || mentionsFontconfig(t);
            if (t.getMessage() != null) {
                deepestMessage = t.getMessage();
            }
        }
        return fromFonts ? Optional.of(new NoFontException(deepestMessage, failure)) : Optional.empty();
    }

    private static boolean isFontCode(Throwable t) {
        StackTraceElement[] stack = t.getStackTrace();
        if (stack.length == 0) {
            return false;
        }
        String thrower = stack[0].getClassName();
        return thrower.startsWith("sun.font.") || thrower.startsWith("sun.awt.") && thrower.contains("Font");
    }

    private static boolean mentionsFontconfig(Throwable t) {
        return t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("fontconfig");
    }
}
