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
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The JSON Schema shipped for editors accepts every scenario we ship and rejects malformed ones. */
class ScenarioSchemaTest {
    private static final JsonSchema SCHEMA = schema();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
            return walk.filter(ScenarioFiles::isScenarioFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedScenarios")
    void everyShippedScenarioFileIsValid(Path file) throws IOException {
        assertThat(validate(Files.readString(file))).isEmpty();
    }

    @Test
    void anUnknownKeyIsRejected() {
        assertThat(validate("name: x\nasOf: 2024-01-01\nexpect:\n  fact: []\n")).isNotEmpty();
    }

    @Test
    void aTimelineEntryNeedsADateAndAFactOrAnExpectation() {
        assertThat(validate("name: x\ntimeline:\n  - type: Trip\n")).isNotEmpty();
        assertThat(validate("name: x\ntimeline:\n  - on: 2024-01-01\n")).isNotEmpty();
        assertThat(validate("name: x\ntimeline:\n  - on: 2024-01-01\n    type: Trip\n")).isEmpty();
    }

    @Test
    void aFieldValueMustBeAScalar() {
        assertThat(validate("name: x\nasOf: 2024-01-01\ngiven:\n  - type: Trip\n    speedKmh: [60]\n")).isNotEmpty();
    }

    @Test
    void severalScenariosGoUnderScenarios() {
        assertThat(validate("scenarios:\n  - name: a\n  - name: b\n")).isEmpty();
        assertThat(validate("scenarios:\n  - name: a\nname: b\n")).isNotEmpty();
    }

    private static Set<ValidationMessage> validate(String yaml) {
        Object data = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        JsonNode node = JSON.valueToTree(data);
        return SCHEMA.validate(node);
    }

    private static JsonSchema schema() {
        try (InputStream in = ScenarioSchemaTest.class.getResourceAsStream("/whatif/scenario.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
