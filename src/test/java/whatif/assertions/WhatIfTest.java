package whatif.assertions;

import static whatif.assertions.WhatIfAssertions.assertThat;
import static whatif.assertions.WhatIfAssertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whatif.rulebook.CacheLocation;
import whatif.run.Outcome;
import whatif.run.Status;
import whatif.scenario.Scenario;
import whatif.scenario.ScenarioBuilder;

/** Loading rules, running scenario files and scenarios built in Java. */
class WhatIfTest {
    private static final String FIXTURES = "src/test/resources/fixtures/junit/";
    private static final WhatIf LIBRARY = OutcomeAssertTest.LIBRARY;
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @Test
    void aScenarioFileRunsWholeOrByName() {
        Path loans = Path.of(FIXTURES + "library/scenarios/loans.yaml");

        assertThat(LIBRARY.run(loans)).extracting(o -> o.scenario().name())
                .containsExactly("a book four days late costs two", "a book on time costs nothing");
        assertThat(LIBRARY.run(loans, "a book four days late costs two")).passed()
                .hasFact("Fine").with("amount", 2);
        assertThatThrownBy(() -> LIBRARY.run(loans, "a book four days late"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no scenario named `a book four days late` in `" + loans + "`")
                .hasMessageContaining("did you mean `a book four days late costs two`?");
    }

    @Test
    void aScenarioFileWithProblemsFailsWithThem() {
        assertThatThrownBy(() -> LIBRARY.run(Path.of(FIXTURES + "invalid/scenarios/b-malformed.yaml")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("b-malformed.yaml:5:10: error[WI0201]: malformed YAML");
        assertThatThrownBy(() -> LIBRARY.run(Path.of(FIXTURES + "invalid/scenarios/nowhere.yaml")))
                .hasMessageContaining("error[WI0301]: no file or folder");
    }

    @Test
    void theCompiledRulesAreKeptInTheCacheTheEnvironmentNames(@TempDir Path dir) throws IOException {
        Path cache = CacheLocation.ofEnvironment()
                .orElseThrow(() -> new AssertionError("the build names the tests' cache in WHATIF_CACHE_DIR"));
        Path rules = Files.createDirectories(dir.resolve("rules")); // a path of their own: a new entry
        Files.copy(Path.of(FIXTURES + "library/rules/fines.drl"), rules.resolve("fines.drl"));
        List<Path> before = entries(cache);

        WhatIf.rules(rules);

        List<Path> kept = new ArrayList<>(entries(cache));
        kept.removeAll(before);
        assertThat(kept).hasSize(1);
    }

    private static List<Path> entries(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".rulebook")).toList();
        }
    }

    @Test
    void rulesThatDoNotCompileFailWithEveryDiagnostic() {
        assertThatThrownBy(() -> WhatIf.rules(Path.of(FIXTURES + "broken-rules/rules")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the rules in `" + FIXTURES + "broken-rules/rules` do not compile:")
                .hasMessageContaining("fines.drl:32:29: error[WI0105]: type `Loan` has no field `daysLat`");
    }

    @Test
    void aLoopStopsAtTheMaxFiringsGiven() {
        WhatIf looping = WhatIf.rules(Path.of(FIXTURES + "looping/rules")).withMaxFirings(20);

        Outcome outcome = looping.run(ScenarioBuilder.named("renewing").asOf(DAY)
                .given("Renewal", Map.of("item", "Dune", "times", 0)).expectFired("renew again").build());

        assertThat(outcome).hasStatus(Status.ERROR);
        assertThat(outcome.error()).hasValueSatisfying(e -> assertThat(e.message()).isEqualTo("rule `renew again` fired 21 times; a loop?"));
    }

    @Test
    void aBuiltScenarioStatesWhatAFileWould() {
        ScenarioBuilder builder = ScenarioBuilder.named("two late loans").asOf(DAY).description("a DVD and a book")
                .given("Loan", Map.of("item", "Alien", "kind", "DVD", "daysLate", 6))
                .given("Loan", Map.of("item", "Dune", "kind", Kind.BOOK, "daysLate", 4))
                .expectFact("Fine", Map.of("item", "Dune", "amount", "< 3"))
                .expectNoFact("Fine", Map.of("amount", "> 20"))
                .expectCount("Fine", 2)
                .expectFired("late dvd", "late book", "suspension from ten");
        int line = new Throwable().getStackTrace()[0].getLineNumber(); builder.expectNotFired("no such rule");
        Scenario built = builder.build();

        assertThat(built.description()).isEqualTo("a DVD and a book");
        assertThat(built.expect().size()).isEqualTo(7);
        Outcome outcome = LIBRARY.run(built);
        assertThat(outcome).hasStatus(Status.INVALID);
        assertThat(outcome.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("no rule named `no such rule`");
            // The diagnostic points at the line of Java that named the rule.
            assertThat(d.span()).hasToString("WhatIfTest.java:" + line + ":1");
        });
    }

    @Test
    void aBuiltScenarioRunsAndItsExpectationsAreChecked() {
        ScenarioBuilder dune = ScenarioBuilder.named("Dune four days late").asOf(DAY)
                .given("Loan", Map.of("item", "Dune", "kind", "BOOK", "daysLate", 4));

        assertThat(LIBRARY.run(dune.expectFact("Fine", Map.of("amount", 2)).build())).passed();
        assertThat(LIBRARY.run(dune.expectFact("Fine", Map.of("amount", 3)).build())).failed();
    }

    @Test
    void aTimelineInsertsEachEventOnItsDate() {
        Outcome outcome = LIBRARY.run(ScenarioBuilder.named("a second loan a week later")
                .on(DAY, "Loan", Map.of("item", "Dune", "kind", "BOOK", "daysLate", 4))
                .on(DAY.plusDays(7), "Loan", Map.of("item", "Alien", "kind", "DVD", "daysLate", 5))
                .expectFired("suspension from ten")
                .build());

        assertThat(outcome).passed().hasFiredInOrder("late book", "late dvd", "suspension from ten");
        assertThat(outcome.firings()).extracting(f -> f.on().toString())
                .containsExactly("2024-03-01", "2024-03-08", "2024-03-08");
    }

    @Test
    void textStaysTextAndNullLeavesAFieldUnset() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("item", "null");
        fields.put("kind", "BOOK");
        fields.put("daysLate", 2);
        Map<String, Object> noItem = new LinkedHashMap<>(fields);
        noItem.put("item", null);

        assertThat(LIBRARY.run(ScenarioBuilder.named("an item called null").asOf(DAY).given("Loan", fields)
                .expectCount("Fine", 1).build()))
                .passed().hasFact("Fine").with("item", "null");
        assertThat(LIBRARY.run(ScenarioBuilder.named("an item without a name").asOf(DAY).given("Loan", noItem)
                .expectCount("Fine", 1).build()))
                .passed().hasFact("Fine").with("item", null);
    }

    @Test
    void aBuiltScenarioNeedsADate() {
        assertThatThrownBy(() -> ScenarioBuilder.named("undated").given("Loan", Map.of()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("scenario `undated` needs asOf(...) or a timeline");
    }

    /** A Java enum of the same names as the DRL's: constants are written by name. */
    enum Kind { BOOK, DVD }
}
