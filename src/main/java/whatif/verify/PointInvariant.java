package whatif.verify;

import java.util.List;
import java.util.Optional;
import whatif.run.FactView;

/** An invariant that one point's facts keep or break on their own. */
sealed interface PointInvariant extends Invariant permits AtMostOne, NeverBoth {
    /** What breaks the invariant among the facts at the end of a run; empty if they keep it. */
    Optional<String> brokenBy(List<FactView> facts);
}
