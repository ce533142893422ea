package whatif.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;
import whatif.rulebook.FactTypes;

/** Runs named queries on the session at the end of a run and keeps their answers. */
final class QueryProbe implements Execution.EndProbe {
    private final List<String> queries;
    private final String binding;
    private final FactTypes types;
    private final Map<String, QueryAnswer> answers = new LinkedHashMap<>();

    QueryProbe(List<String> queries, String binding, FactTypes types) {
        this.queries = List.copyOf(queries);
        this.binding = binding;
        this.types = types;
    }

    @Override
    public void atEnd(KieSession session) {
        for (String query : queries) {
            int rows = 0;
            List<FactView> bound = new ArrayList<>();
            QueryResults results = session.getQueryResults(query);
            boolean binds = Arrays.asList(results.getIdentifiers()).contains(binding);
            for (QueryResultsRow row : results) {
                rows++;
                Object fact = binds ? row.get(binding) : null;
                if (fact != null) {
                    types.typeOf(fact).ifPresent(type -> bound.add(new FactView(type.name(), type.valuesOf(fact))));
                }
            }
            answers.put(query, new QueryAnswer(query, rows, bound.stream().distinct().sorted().toList()));
        }
    }

    Map<String, QueryAnswer> answers() {
        return Map.copyOf(answers);
    }
}
