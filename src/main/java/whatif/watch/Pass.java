package whatif.watch;

import java.nio.file.Path;
import java.util.List;
import whatif.report.RunReport;

/**
 * One pass of the editing loop: what changed, what was done about it, and what to show.
 *
 * @param changed        the files whose content changed (rules, sources file, scenario files); empty for the first pass
 * @param rulesChanged   whether a rule file or the sources file changed (or this is the first pass)
 * @param rebuilt        the rule files compiled in this pass (all of them, some, or none when a file does not parse)
 * @param ruleFiles      how many rule files the rule book has
 * @param scenariosRun   how many scenarios were run in this pass (the others' outcomes were still valid)
 * @param shown          the report to print: every input problem, and the outcomes of the scenarios that ran or
 *                       whose file changed
 * @param all            every outcome as it now stands, for the totals
 */
public record Pass(List<Path> changed, boolean rulesChanged, List<Path> rebuilt, int ruleFiles, int scenariosRun, RunReport shown, RunReport all) {
    public Pass {
        changed = List.copyOf(changed);
        rebuilt = List.copyOf(rebuilt);
    }

    public boolean isFirst() {
        return changed.isEmpty();
    }
}
