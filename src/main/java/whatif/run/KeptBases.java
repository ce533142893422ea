package whatif.run;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * The sessions a {@link LeanRun} keeps at their bases, one per date, for the last {@link #KEPT}
 * dates used: when one more is needed, the session of the date used least recently is disposed.
 * Not thread-safe: one per lean run.
 */
final class KeptBases {
    /** How many dates' bases are kept, each in a session. */
    static final int KEPT = 16;

    /** A date's session and its base; the base is null when it must be built again before the next point. */
    static final class Kept {
        final ReusableSession sessions;
        KieSession session;
        BaseState base;

        private Kept(ReusableSession sessions) {
            this.sessions = sessions;
        }
    }

    private final KieBase kieBase;
    /** By date, the least recently used first. */
    private final Map<LocalDate, Kept> byDate = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Kept> eldest) {
            if (size() > KEPT) {
                eldest.getValue().sessions.discard();
                return true;
            }
            return false;
        }
    };

    KeptBases(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /** The date's session and base, kept or (with no session yet and no base) new. */
    Kept on(LocalDate date) {
        Kept kept = byDate.get(date);
        if (kept == null) {
            kept = new Kept(new ReusableSession(kieBase));
            byDate.put(date, kept);
        }
        return kept;
    }

    /** Disposes every kept session. */
    void discardAll() {
        byDate.values().forEach(kept -> kept.sessions.discard());
        byDate.clear();
    }
}
