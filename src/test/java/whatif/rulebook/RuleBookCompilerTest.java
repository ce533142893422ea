package whatif.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.conf.EventProcessingOption;

class RuleBookCompilerTest {
    private static final String RULES = """
            package toy;

            declare enum Colour RED, GREEN; end

            declare Light
                colour : Colour
                lumens : double
            end

            declare Flash
                @role(event)
                at : int
            end

            rule "red light"
                @source("S01, S02") @date("2024-01-01")
            when
                Light( colour == Colour.RED )
            then
            end
            """;

    private static RuleBook compile(String text) {
        Compilation compilation = RuleBookCompiler.compile(List.of(new RuleSource(Path.of("rules/toy.drl"), text)));
        assertThat(compilation.diagnostics()).isEmpty();
        return compilation.ruleBook().orElseThrow();
    }

    @Test
    void keepsEachRulesFileLineAndMetadata() {
        RuleInfo rule = compile(RULES).rule("red light").orElseThrow();

        assertThat(rule.file()).isEqualTo(Path.of("rules/toy.drl"));
        assertThat(rule.line()).isEqualTo(15);
        assertThat(rule.metadata()).containsEntry("source", "S01, S02").containsEntry("date", "2024-01-01");
    }

    @Test
    void declaredTypesAreFoundWithTheirFieldsInOrder() {
        FactTypes types = compile(RULES).factTypes();

        DeclaredType light = types.find("Light").orElseThrow();
        assertThat(light.fieldNames()).containsExactly("colour", "lumens");
        assertThat(light.field("colour").orElseThrow().constants()).containsExactly("RED", "GREEN");
        assertThat(light.isEvent()).isFalse();
        assertThat(types.find("Flash").orElseThrow().isEvent()).isTrue();
        assertThat(types.find("toy.Light")).contains(light);
        assertThat(types.names()).containsExactly("Flash", "Light");
    }

    @Test
    void theKieBaseRunsInStreamMode() {
        org.kie.api.KieBase base = compile(RULES).kieBase();

        assertThat(((org.drools.kiesession.rulebase.InternalKnowledgeBase) base).getRuleBaseConfiguration()
                .getEventProcessingMode()).isEqualTo(EventProcessingOption.STREAM);
    }

    @Test
    void typesDeclaredInOneFileServeRulesInAnother() {
        Compilation compilation = RuleBookCompiler.compile(List.of(
                new RuleSource(Path.of("rules/a-rules.drl"), "package toy;\nrule \"uses Light\" when Light() then end\n"),
                new RuleSource(Path.of("rules/b-types.drl"), "package toy;\ndeclare Light\n    lumens : double\nend\n")));

        assertThat(compilation.diagnostics()).isEmpty();
        assertThat(compilation.ruleBook().orElseThrow().ruleNames()).containsExactly("uses Light");
    }

    @Test
    void everyErrorOfEveryFileIsReportedAtOnce() {
        Compilation compilation = RuleBookCompiler.compile(List.of(
                new RuleSource(Path.of("rules/a.drl"), "package toy;\ndeclare T\n    n : int\nend\nrule \"a\" when T( m > 1 ) then end\n"),
                new RuleSource(Path.of("rules/b.drl"), "package toy;\nrule \"b\" when U() then end\n")));

        assertThat(compilation.ruleBook()).isEmpty();
        assertThat(compilation.diagnostics()).extracting(d -> d.oneLine().substring(0, d.oneLine().indexOf(']') + 1))
                .containsExactly("rules/a.drl:5:18: error[WI0105]", "rules/b.drl:2:15: error[WI0104]");
    }

    @Test
    void decimalValuesConvertAndBadOnesSayWhatWasExpected() {
        DeclaredField lumens = compile(RULES).factTypes().find("Light").orElseThrow().field("lumens").orElseThrow();

        assertThat(lumens.convert("12.5")).isEqualTo(12.5);
        assertThat(lumens.expectation()).isEqualTo("a number");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lumens.convert("bright")).hasMessage("a number");
    }
}
