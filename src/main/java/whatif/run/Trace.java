package whatif.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.source.Span;

/**
 * What happened to every fact of one run, in order, as Drools' own events told it: who inserted
 * each fact (a rule, from the facts its conditions matched, or the scenario), who changed it, and
 * who withdrew it. Recorded only when asked for ({@link RunOptions#withTrace}); {@code whatif.explain}
 * turns it into derivation trees. Facts are numbered in the order they first appeared.
 */
public record Trace(List<Entry> entries) {
    public Trace {
        entries = List.copyOf(entries);
    }

    /** What happened to one fact, on a scenario date. */
    public sealed interface Entry permits Inserted, Changed, Withdrawn {
        int fact();

        LocalDate on();
    }

    /**
     * A fact appeared.
     *
     * @param rule    the rule whose consequence inserted it, or empty when the scenario did
     * @param matched the facts the rule's conditions matched, by number, in pattern order
     * @param given   where the scenario writes the fact, when the scenario inserted it
     */
    public record Inserted(int fact, FactView view, Optional<String> rule, List<Integer> matched,
                           Optional<Span> given, LocalDate on) implements Entry {
        public Inserted {
            Objects.requireNonNull(view, "view");
            matched = List.copyOf(matched);
        }
    }

    /** A fact's fields changed ({@code modify}/{@code update}): by a rule, or by whatif moving the date. */
    public record Changed(int fact, FactView view, Optional<String> rule, List<Integer> matched, LocalDate on)
            implements Entry {
        public Changed {
            Objects.requireNonNull(view, "view");
            matched = List.copyOf(matched);
        }
    }

    /**
     * A fact left working memory.
     *
     * @param rule the rule that deleted it, or empty when Drools did: truth maintenance (its
     *             conditions stopped holding) or an event's expiry (it left its window)
     */
    public record Withdrawn(int fact, FactView view, Optional<String> rule, LocalDate on) implements Entry {
    }
}
