package whatif.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
    private static final Span AT = Span.of(Path.of("scenarios/pension.yaml"), 14, 7, 5);

    @Test
    void oneLineHoldsThePlaceTheCodeTheMessageTheLabelAndTheHint() {
        Diagnostic d = Diagnostic.error(DiagnosticCode.UNKNOWN_FIELD, AT, "unknown field `incme` in `given`")
                .withLabel("expected one of `income`, `age`")
                .withHint("did you mean `income`?");

        assertThat(d.oneLine()).isEqualTo("scenarios/pension.yaml:14:7: error[WI0207]: unknown field `incme` in `given` "
                + "(expected one of `income`, `age`); hint: did you mean `income`?");
        assertThat(d.isError()).isTrue();
        assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_FIELD.id());
    }

    @Test
    void anEmptyLabelOrHintIsLeftOut() {
        Diagnostic d = new Diagnostic(Severity.WARNING, "WI0209", AT, "a message", null, null);

        assertThat(d.label()).isEmpty();
        assertThat(d.hint()).isEmpty();
        assertThat(d.isError()).isFalse();
        assertThat(d.oneLine()).isEqualTo("scenarios/pension.yaml:14:7: warning[WI0209]: a message");
    }

    @Test
    void aDiagnosticNeedsAPlaceAndAMessage() {
        assertThatThrownBy(() -> Diagnostic.error(DiagnosticCode.YAML_SYNTAX, null, "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Diagnostic.error(DiagnosticCode.YAML_SYNTAX, AT, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyCodeIsStableAndDistinct() {
        assertThat(DiagnosticCode.values()).extracting(DiagnosticCode::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("WI0[123]\\d\\d"));
        assertThat(DiagnosticCode.RULES_FOLDER_MISSING.id()).isEqualTo("WI0101");
        assertThat(DiagnosticCode.UNKNOWN_FIELD.id()).isEqualTo("WI0207");
        assertThat(DiagnosticCode.NO_SCENARIOS.id()).isEqualTo("WI0302");
    }
}
