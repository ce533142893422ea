package whatif.run;

import java.util.List;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;

/**
 * Makes the fact of one {@link Plan.Seed} again and again, with its field accessors looked up once
 * instead of by name for every fact.
 */
final class SeedFactory {
    private final FactType type;
    private final FactField[] fields;
    private final Object[] values;

    SeedFactory(Plan.Seed seed) {
        this.type = seed.type().factType();
        this.fields = seed.values().keySet().stream().map(type::getField).toArray(FactField[]::new);
        this.values = seed.values().values().toArray();
    }

    Object newFact() {
        try {
            Object fact = type.newInstance();
            for (int i = 0; i < fields.length; i++) {
                fields[i].set(fact, values[i]);
            }
            return fact;
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot create a `" + type.getName() + "`: " + e.getMessage(), e);
        }
    }

    /** The fact with the values a point gives the given fact at {@code index}. */
    Object newFact(int index, List<PointValue> values) {
        Object fact = newFact();
        for (PointValue value : values) {
            if (value.input().given() == index) {
                value.input().setOn(fact, value.value());
            }
        }
        return fact;
    }
}
