package whatif.scenario;

/**
 * The kinds of YAML file whatif reads, so that a message about one names it ("the most a verify
 * file may have") and says where the README lists its keys.
 */
public enum YamlFileKind {
    SCENARIO("scenario file", "scenario", "Writing a scenario"),
    VERIFY("verify file", "check", "Verifying by evaluation");

    private final String noun;
    private final String item;
    private final String readmeSection;

    YamlFileKind(String noun, String item, String readmeSection) {
        this.noun = noun;
        this.item = item;
        this.readmeSection = readmeSection;
    }

    /** What the file holds one or more of: {@code scenario}, {@code check}. */
    public String item() {
        return item;
    }

    /** {@code scenario file}, as in "the most a scenario file may have". */
    public String noun() {
        return noun;
    }

    /** The README's section on the file's keys. */
    public String readmeSection() {
        return readmeSection;
    }
}
