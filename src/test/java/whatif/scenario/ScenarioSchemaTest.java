package whatif.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The JSON Schema shipped for editors ({@code whatif/scenario.schema.json}) agrees with the parser:
 * it accepts every scenario file we ship and every fixture whose problems only the rules can find,
 * rejects every fixture the parser rejects for its shape, and documents every key it knows.
 */
class ScenarioSchemaTest {
    private static final String SCHEMA_PATH = "/whatif/scenario.schema.json";
    private static final JsonNode SCHEMA_JSON = schemaJson();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(SCHEMA_JSON);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    /** Problems of shape, which a schema can see: malformed YAML, keys, missing keys, shapes and tags, dates. */
    private static final Pattern SHAPE_PROBLEM = Pattern.compile("(?:#|//)\\s*expect:\\s*WI020[1-5] at");

    static Stream<Path> shippedScenarios() throws IOException {
        return scenarioFilesUnder(Path.of("scenarios"));
    }

    static Stream<Path> fixtureScenarios() throws IOException {
        return scenarioFilesUnder(FIXTURES);
    }

    private static Stream<Path> scenarioFilesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(ScenarioFiles::isScenarioFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedScenarios")
    void everyShippedScenarioFileIsValid(Path file) throws IOException {
        assertThat(problems(Files.readString(file))).isEmpty();
    }

    /**
     * A fixture the parser finds of the wrong shape (WI0201 to WI0205) must be rejected; any other
     * accepted, as its problems (an unknown field, a duplicate name...) need the rules to be seen.
     * Where the fixture states its expectations ({@code # expect: WI0205 at ...}), they agree too.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureScenarios")
    void theSchemaRejectsAFixtureExactlyWhenTheParserFindsItsShapeWrong(Path file) throws IOException {
        String text = Files.readString(file);
        ParsedFile parsed = ScenarioParser.parse(text, file);
        if (parsed.diagnostics().stream().anyMatch(d -> d.code().equals("WI0212"))) {
            // Past a limit no schema applies: loading the file whole, as a schema validator must,
            // overflows the stack or runs into snakeyaml-engine's own limits.
            assertThat(parsed.readable()).as("%s is past a limit", file).isFalse();
            return;
        }
        boolean shapeProblem = parsed.diagnostics().stream()
                .anyMatch(d -> d.code().compareTo("WI0201") >= 0 && d.code().compareTo("WI0205") <= 0);

        if (shapeProblem) {
            assertThat(problems(text)).as("the schema rejects %s", file).isNotEmpty();
        } else {
            assertThat(problems(text)).as("the schema accepts %s", file).isEmpty();
        }
        if (text.contains("expect: WI")) {
            assertThat(SHAPE_PROBLEM.matcher(text).find()).as("%s states its problem of shape", file).isEqualTo(shapeProblem);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown key                     | name: x\\nasOf: 2024-01-01\\nnam: y\\n
            an unknown key in expect           | name: x\\nasOf: 2024-01-01\\nexpect:\\n  fact: []\\n
            no name                            | asOf: 2024-01-01\\nexpect: {fired: [r]}\\n
            an empty name                      | name: ''\\nasOf: 2024-01-01\\n
            given facts without asOf           | name: x\\ngiven: [{type: T}]\\ntimeline: [{on: 2024-01-01, type: T}]\\n
            no date at all                     | name: x\\nexpect: {fired: [r]}\\n
            a month that does not exist        | name: x\\nasOf: 2017-13-01\\n
            a date without the day             | name: x\\nasOf: 2017-08\\n
            a day that does not exist          | name: x\\nasOf: 2017-02-30\\n
            a timeline entry without a date    | name: x\\ntimeline:\\n  - type: Trip\\n
            a timeline entry with only a date  | name: x\\ntimeline:\\n  - on: 2024-01-01\\n
            a field in an entry with no type   | name: x\\ntimeline:\\n  - {on: 2024-01-01, expect: {}, speed: 1}\\n
            a fact without a type              | name: x\\nasOf: 2024-01-01\\ngiven: [{speed: 1}]\\n
            a type that is no name             | name: x\\nasOf: 2024-01-01\\ngiven: [{type: Tr ip}]\\n
            a field value that is a list       | name: x\\nasOf: 2024-01-01\\ngiven:\\n  - type: Trip\\n    speedKmh: [60]\\n
            a count below zero                 | name: x\\nasOf: 2024-01-01\\nexpect: {counts: {Trip: -1}}\\n
            a count that is a list             | name: x\\nasOf: 2024-01-01\\nexpect: {counts: {Trip: [1]}}\\n
            fired not as a list                | name: x\\nasOf: 2024-01-01\\nexpect: {fired: r}\\n
            scenarios beside a name            | scenarios:\\n  - {name: a, asOf: 2024-01-01}\\nname: b\\n
            an empty list of scenarios         | scenarios: []\\n
            a list instead of a scenario       | - name: x\\n
            an empty list of variants          | name: x\\nasOf: 2024-01-01\\nvariants: []\\n
            a variant that changes nothing     | name: x\\nasOf: 2024-01-01\\nvariants: [{name: v}]\\n
            a variant without a name           | name: x\\nasOf: 2024-01-01\\nvariants: [{asOf: 2024-01-02}]\\n
            an unknown key in a variant        | name: x\\nasOf: 2024-01-01\\nvariants: [{name: v, chnage: []}]\\n
            a change without set               | name: x\\nasOf: 2024-01-01\\nvariants: [{name: v, change: [{type: T}]}]\\n
            a change that sets nothing         | name: x\\nasOf: 2024-01-01\\nvariants: [{name: v, change: [{type: T, set: {}}]}]\\n
            a removal without a date           | name: x\\nasOf: 2024-01-01\\nvariants: [{name: v, remove: [{type: T}]}]\\n
            variants in a variant              | name: x\\nasOf: 2024-01-01\\nvariants: [{name: v, asOf: 2024-01-02, variants: []}]\\n
            """)
    void aFileOfTheWrongShapeIsRejected(String what, String yaml) {
        assertThat(problems(yaml.replace("\\n", "\n"))).as(what).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            events only, no asOf               | name: x\\ntimeline:\\n  - {on: 2024-01-01, type: Trip, speedKmh: 60}\\n
            an entry that only checks          | name: x\\nasOf: 2024-01-01\\ntimeline:\\n  - on: 2024-01-02\\n    expect: {noFacts: [{type: Ticket}]}\\n
            every kind of value                | name: x\\nasOf: 2024-01-01\\ngiven:\\n  - {type: T, a: 1, b: 2.5, c: true, d: text, e: ~, f: 2024-01-01}\\n
            comparisons                        | name: x\\nasOf: 2024-01-01\\nexpect:\\n  facts: [{type: T, a: '< 600', b: 'oneOf [A, B]'}]\\n  counts: {T: '>= 1', u.U: 0}\\n
            several scenarios                  | scenarios:\\n  - {name: a, asOf: 2024-01-01}\\n  - {name: b, asOf: 2024-01-02}\\n
            an empty given                     | name: x\\ngiven: []\\ntimeline: [{on: 2024-01-01, type: T}]\\n
            every kind of variant              | name: x\\nasOf: 2024-01-01\\ngiven: [{type: T, id: a}]\\nvariants:\\n  - {name: a, asOf: 2024-02-01, expect: {fired: [r]}}\\n  - {name: b, change: [{type: T, where: {id: a}, set: {n: 1}}]}\\n  - {name: c, add: [{on: 2024-01-02, type: T}], remove: [{on: 2024-01-01, type: T, id: a}]}\\n
            """)
    void aFileOfTheRightShapeIsAccepted(String what, String yaml) {
        assertThat(problems(yaml.replace("\\n", "\n"))).as(what).isEmpty();
    }

    @Test
    void everyKeyTheSchemaKnowsIsDescribedForTheEditor() {
        List<String> undescribed = new ArrayList<>();
        SCHEMA_JSON.get("definitions").fields().forEachRemaining(definition -> {
            if (!definition.getValue().has("description")) {
                undescribed.add("definitions/" + definition.getKey());
            }
            collectUndescribedProperties("definitions/" + definition.getKey(), definition.getValue(), undescribed);
        });

        assertThat(SCHEMA_JSON.get("description").asText()).isNotBlank();
        assertThat(undescribed).isEmpty();
        // The keys the parser reads are the keys the schema documents.
        assertThat(propertyNames("scenario")).containsExactlyInAnyOrderElementsOf(ScenarioParser.SCENARIO_KEYS);
        assertThat(propertyNames("expect")).containsExactlyInAnyOrderElementsOf(ScenarioParser.EXPECT_KEYS);
        assertThat(propertyNames("step")).containsExactlyInAnyOrderElementsOf(ScenarioParser.STEP_KEYS);
        assertThat(propertyNames("scenarioList")).containsExactlyInAnyOrderElementsOf(ScenarioParser.FILE_KEYS);
        assertThat(propertyNames("variant")).containsExactlyInAnyOrderElementsOf(ScenarioParser.VARIANT_KEYS);
        assertThat(propertyNames("change")).containsExactlyInAnyOrderElementsOf(ScenarioParser.CHANGE_KEYS);
    }

    private static void collectUndescribedProperties(String where, JsonNode schema, List<String> undescribed) {
        JsonNode properties = schema.get("properties");
        if (properties == null) {
            return;
        }
        properties.fields().forEachRemaining(p -> {
            if (!p.getValue().has("description")) {
                undescribed.add(where + "/" + p.getKey());
            }
        });
    }

    private static List<String> propertyNames(String definition) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = SCHEMA_JSON.get("definitions").get(definition).get("properties").fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /** What the schema finds wrong with a YAML text; YAML that does not load at all counts as one problem. */
    private static List<String> problems(String yaml) {
        Object data;
        try {
            data = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            return List.of("does not load: " + e.getMessage());
        }
        Set<ValidationMessage> messages = SCHEMA.validate(JSON.valueToTree(data));
        return messages.stream().map(ValidationMessage::getMessage).toList();
    }

    private static JsonNode schemaJson() {
        try (InputStream in = ScenarioSchemaTest.class.getResourceAsStream(SCHEMA_PATH)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
