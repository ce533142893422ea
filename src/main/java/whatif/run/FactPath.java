package whatif.run;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field of a fact as a command line names it: {@code Type.field}, or, to choose one of several
 * facts of a type, {@code Type[field=value].field}.
 *
 * @param where the field and the value (as written) that choose the fact, when given
 */
record FactPath(String written, String type, Optional<Where> where, String field) {
    private static final Pattern PATH = Pattern.compile("([^.\\[\\]=]+)(?:\\[([^=\\]]+)=([^\\]]*)])?\\.([^.\\[\\]=]+)");

    record Where(String field, String value) {
    }

    static FactPath parse(String written) {
        Matcher m = PATH.matcher(written.strip());
        if (!m.matches()) {
            throw new InputProblem("`" + written + "` is not a fact's field",
                    "write `Type.field`, or `Type[field=value].field` to choose one of several facts of a type");
        }
        Optional<Where> where = m.group(2) == null ? Optional.empty()
                : Optional.of(new Where(m.group(2).strip(), m.group(3).strip()));
        return new FactPath(written.strip(), m.group(1).strip(), where, m.group(4).strip());
    }
}
