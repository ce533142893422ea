package whatif.report;

import java.io.PrintWriter;

/** Writes a run's report in one format. One implementation per format, as OPA's reporters. */
public interface Reporter {
    void report(RunReport report, PrintWriter out);
}
