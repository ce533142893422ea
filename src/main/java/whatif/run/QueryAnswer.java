package whatif.run;

import java.util.List;

/**
 * What a DRL query found in working memory at the end of a run: how many rows, and the facts bound
 * to the variable asked for (those of a declared type).
 */
public record QueryAnswer(String query, int rows, List<FactView> bound) {
    public QueryAnswer {
        bound = List.copyOf(bound);
    }
}
