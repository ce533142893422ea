package whatif.scenario;

/**
 * A kind of YAML file whatif reads, so that a message about one names it ("the most a verify file
 * may have") and says where the README lists its keys.
 *
 * @param noun          {@code scenario file}, as in "the most a scenario file may have"
 * @param item          what the file holds one or more of: {@code scenario}, {@code check}
 * @param readmeSection the README's section on the file's keys
 */
public record YamlFileKind(String noun, String item, String readmeSection) {
    public static final YamlFileKind SCENARIO = new YamlFileKind("scenario file", "scenario", "Writing a scenario");
    public static final YamlFileKind VERIFY = new YamlFileKind("verify file", "check", "Verifying by evaluation");
}
