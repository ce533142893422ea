package whatif.report;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import whatif.explain.Timeline;

/** A run's conclusions date by date: {@code +} produced, {@code ~} changed, {@code -} withdrawn, each with its rule. */
public final class TimelineText {
    private TimelineText() {
    }

    public static void write(Timeline timeline, PrintWriter out) {
        out.println("what the rules concluded in `" + timeline.scenario() + "`, date by date");
        if (timeline.byDate().isEmpty()) {
            out.println();
            out.println("no rule produced, changed or withdrew a fact");
        }
        for (Map.Entry<LocalDate, List<Timeline.Event>> date : timeline.dates()) {
            out.println();
            out.println(date.getKey());
            for (Timeline.Event event : date.getValue()) {
                String mark = switch (event.kind()) {
                    case PRODUCED -> "+ ";
                    case CHANGED -> "~ ";
                    case WITHDRAWN -> "- ";
                };
                String by = event.rule().map(rule -> "  <- rule `" + rule + "`")
                        .orElse(event.kind() == Timeline.Kind.WITHDRAWN ? "  (withdrawn by Drools: truth maintenance or expiry)" : "");
                out.println("  " + mark + event.fact().describe() + by);
            }
        }
    }
}
