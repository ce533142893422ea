package whatif.diff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.scenario.FactSpec;
import whatif.source.Span;

/**
 * A difference between the inputs of the two runs, as the scenarios write them: a fact added or
 * removed (given, or a timeline entry), a given fact's values changed, or the date moved.
 */
public sealed interface InputChange {
    /** Where the change is written; empty where the scenario does not say (a date left to default). */
    Optional<Span> writtenAt();

    /**
     * Where the scenario writes the fact the change concerns, as a run's trace records it for the
     * facts it inserts: how an explanation finds the change among the facts a conclusion rests on.
     */
    Optional<Span> factSpan();

    /** A change to one fact, written at {@code at}: where it is written and the fact's own place are known. */
    sealed interface OfFact extends InputChange {
        /** The fact as the run after has it (as the run before had it, for one removed). */
        FactSpec fact();

        Span at();

        @Override
        default Optional<Span> writtenAt() {
            return Optional.of(at());
        }

        @Override
        default Optional<Span> factSpan() {
            return Optional.of(fact().span());
        }
    }

    /** A fact the run after has and the run before does not, inserted on {@code on}. */
    record Added(FactSpec fact, LocalDate on, Span at) implements OfFact {
        public Added {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(on, "on");
        }
    }

    /** A fact the run before has and the run after does not. */
    record Removed(FactSpec fact, LocalDate on, Span at) implements OfFact {
        public Removed {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(on, "on");
        }
    }

    /** A given fact written in both, with values changed; {@code at} is where the first new value is written. */
    record Changed(FactSpec before, FactSpec after, List<ValueChange> values, Span at) implements OfFact {
        public Changed {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            values = List.copyOf(values);
        }

        @Override
        public FactSpec fact() {
            return after;
        }
    }

    /** The date the given facts are inserted on moved. */
    record DateMoved(LocalDate before, LocalDate after) implements InputChange {
        @Override
        public Optional<Span> writtenAt() {
            return Optional.empty();
        }

        @Override
        public Optional<Span> factSpan() {
            return Optional.empty();
        }
    }

    /** A field's value as written before and after; empty where it is not written. */
    record ValueChange(String field, Optional<String> before, Optional<String> after) {
    }
}
