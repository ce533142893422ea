package whatif.bench;

import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * The missile policy's facts through the plain Drools API, for the baselines: a {@code Proposal}
 * made with its declared {@link FactType}, and the value of the one {@code Verdict} read back.
 */
final class PlainFacts {
    private static final String PACKAGE = "guidelines";

    private final FactType proposal;
    private final Object ballisticMissile;
    private final FactType verdict;
    private final ClassObjectFilter verdicts;

    PlainFacts(KieBase base) {
        this.proposal = base.getFactType(PACKAGE, "Proposal");
        this.ballisticMissile = constant(base.getFactType(PACKAGE, "SystemKind"), "BALLISTIC_MISSILE");
        this.verdict = base.getFactType(PACKAGE, "Verdict");
        this.verdicts = new ClassObjectFilter(verdict.getFactClass());
    }

    Object proposal(Point point) {
        try {
            Object fact = proposal.newInstance();
            proposal.set(fact, "id", "p");
            proposal.set(fact, "kind", ballisticMissile);
            proposal.set(fact, "rangeKm", point.rangeKm());
            proposal.set(fact, "payloadKg", point.payloadKg());
            return fact;
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The verdict's value; a session with no verdict or two is a wrong answer, not a fast one. */
    Object verdictIn(KieSession session) {
        Object value = null;
        int count = 0;
        for (Object fact : session.getObjects(verdicts)) {
            value = verdict.get(fact, "value");
            count++;
        }
        if (count != 1) {
            throw new IllegalStateException(count + " verdicts");
        }
        return value;
    }

    private static Object constant(FactType enumType, String name) {
        for (Object constant : enumType.getFactClass().getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalStateException("no constant " + name);
    }
}
