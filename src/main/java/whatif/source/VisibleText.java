package whatif.source;

/**
 * User text made safe to quote in a message: control, format and line-separator characters are
 * shown as escapes (<code>&#92;u0000</code>), so that a NUL, an escape sequence or a right-to-left
 * override in a file can neither corrupt a terminal nor hide what the message says.
 */
public final class VisibleText {
    private VisibleText() {
    }

    public static String of(String text) {
        if (text.codePoints().noneMatch(VisibleText::isHidden)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (isHidden(c)) {
                out.append(escape(c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** <code>&#92;u0000</code>, or <code>&#92;U0001F600</code> beyond the first plane, as YAML writes them. */
    public static String escape(int codePoint) {
        return codePoint > 0xFFFF ? String.format("\\U%08X", codePoint) : String.format("\\u%04X", codePoint);
    }

    /** Characters that show nothing, or move the cursor, instead of themselves. */
    public static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.UNASSIGNED;
    }
}
