package whatif.source;

/**
 * Every kind of input problem whatif reports, with a stable id so that documentation, tests and
 * users can refer to it. The 01xx codes are about rules, 02xx about scenario files, 03xx about
 * what the command line was asked to read (a table to chart among them).
 */
public enum DiagnosticCode {
    RULES_FOLDER_MISSING("WI0101"),
    RULES_FOLDER_EMPTY("WI0102"),
    DRL_SYNTAX("WI0103"),
    DRL_UNKNOWN_TYPE("WI0104"),
    DRL_UNKNOWN_FIELD("WI0105"),
    DRL_COMPILE("WI0106"),
    DRL_ENDS_PROCESS("WI0107"),
    DRL_UNKNOWN_SOURCE("WI0108"),
    BAD_SOURCES_FILE("WI0109"),

    YAML_SYNTAX("WI0201"),
    UNKNOWN_KEY("WI0202"),
    MISSING_KEY("WI0203"),
    WRONG_SHAPE("WI0204"),
    BAD_DATE("WI0205"),
    UNKNOWN_TYPE("WI0206"),
    UNKNOWN_FIELD("WI0207"),
    WRONG_VALUE_TYPE("WI0208"),
    DUPLICATE_NAME("WI0209"),
    BAD_MATCHER("WI0210"),
    UNKNOWN_RULE("WI0211"),
    VACUOUS_EXPECTATION("WI0213"),
    VARIANT_SELECTOR("WI0214"),
    SWEEP("WI0215"),

    PATH_NOT_FOUND("WI0301"),
    NO_SCENARIOS("WI0302"),
    UNREADABLE_FILE("WI0303"),

    YAML_LIMIT("WI0212"),
    LINK_LOOP("WI0304"),
    TABLE_SYNTAX("WI0305"),
    UNKNOWN_COLUMN("WI0306"),
    WRONG_COLUMN_KIND("WI0307"),
    BAD_CELL("WI0308"),
    CELL_CONFLICT("WI0309");

    private final String id;

    DiagnosticCode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
