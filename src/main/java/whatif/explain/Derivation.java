package whatif.explain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import whatif.rulebook.CitedSource;
import whatif.run.FactView;
import whatif.source.Span;

/**
 * How one fact came about: the rule that inserted it (with its place and the sources it cites) and
 * the derivations of the facts its conditions matched, down to the scenario's own facts; or, for a
 * scenario fact, where the scenario writes it. A fact already explained higher up the tree is not
 * explained again: {@code from} is empty and {@code repeated} is true.
 *
 * @param number   the fact's number in the run (first appearance first), to refer back to it
 * @param rule     the rule that inserted it; empty for a fact the scenario (or whatif's {@code Today}) put in
 * @param at       where that rule is written, or where the scenario writes the fact
 * @param changes  the rules that changed the fact since, in order
 */
public record Derivation(int number, FactView fact, LocalDate on, Optional<String> rule, Optional<Span> at,
                         List<CitedSource> sources, List<String> changes, List<Derivation> from, boolean repeated) {
    public Derivation {
        Objects.requireNonNull(fact, "fact");
        sources = List.copyOf(sources);
        changes = List.copyOf(changes);
        from = List.copyOf(from);
    }

    public boolean isGiven() {
        return rule.isEmpty();
    }
}
