package whatif.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import whatif.source.Span;

/**
 * One "what if": the facts as of a date, a timeline of dated events, and the outcomes expected.
 *
 * @param span    where the scenario's {@code name} is written (a variant's own {@code name}), so a
 *                report can point at it
 * @param variant for a variant, the scenario it varies; empty for a scenario written as such
 * @param sweep   the grid {@code whatif sweep} runs the scenario over, when it declares one ({@code sweep:})
 */
public record Scenario(String name, String description, Span span, LocalDate asOf, List<FactSpec> given,
                       List<Step> timeline, Expectations expect, Optional<Variant> variant,
                       Optional<SweepDeclaration> sweep) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(asOf, "asOf");
        description = description == null ? "" : description;
        given = List.copyOf(given);
        timeline = List.copyOf(timeline);
        Objects.requireNonNull(expect, "expect");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(sweep, "sweep");
    }

    /** A scenario without a sweep: a variant, or one written without {@code sweep:}. */
    public Scenario(String name, String description, Span span, LocalDate asOf, List<FactSpec> given,
                    List<Step> timeline, Expectations expect, Optional<Variant> variant) {
        this(name, description, span, asOf, given, timeline, expect, variant, Optional.empty());
    }

    /** A scenario as written, not a variant of another. */
    public Scenario(String name, String description, Span span, LocalDate asOf, List<FactSpec> given,
                    List<Step> timeline, Expectations expect) {
        this(name, description, span, asOf, given, timeline, expect, Optional.empty(), Optional.empty());
    }

    /**
     * The scenario with a point's values written in, as a variant's {@code change:} writes its own
     * ({@link FactSpec#withValue}); an {@code asOf} value moves the date. Its name, expectations and
     * timeline stay: this is the scenario file a point stands for, the one home of that meaning for
     * sweeps, prepared runs and verify's counterexamples.
     *
     * @throws java.time.format.DateTimeParseException when an {@code asOf} value is not a date
     */
    public Scenario withValues(List<WrittenValue> values) {
        LocalDate newAsOf = asOf;
        List<FactSpec> newGiven = new java.util.ArrayList<>(given);
        for (WrittenValue value : values) {
            if (value.isAsOf()) {
                newAsOf = LocalDate.parse(value.text().strip());
            } else {
                newGiven.set(value.given(), newGiven.get(value.given()).withValue(value.field(), value.text()));
            }
        }
        return withInput(newAsOf, newGiven);
    }

    /** The same scenario on another date, with other given facts: what one point of a sweep runs. */
    public Scenario withInput(LocalDate newAsOf, List<FactSpec> newGiven) {
        return new Scenario(name, description, span, newAsOf, newGiven, timeline, expect, variant, sweep);
    }

    public boolean isVariant() {
        return variant.isPresent();
    }

    public Path file() {
        return span.file();
    }

    /** The timeline in date order; entries on the same date keep the order they were written in. */
    public List<Step> timelineInDateOrder() {
        return timeline.stream().sorted(Comparator.comparing(Step::on)).toList();
    }

    /** Where the pseudo clock starts: the earliest of {@code asOf} and the timeline's dates. */
    public LocalDate start() {
        return Stream.concat(Stream.of(asOf), timeline.stream().map(Step::on)).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** Whether anything at all is checked: the top level or any step expects something. */
    public boolean hasExpectations() {
        return !expect.isEmpty() || timeline.stream().anyMatch(s -> !s.expect().isEmpty());
    }
}
