package whatif.rulebook;

import java.util.Objects;
import whatif.source.Span;

/**
 * One entry of a rule book's sources file: what a rule's {@code @source("ID")} stands for.
 *
 * @param supports one line on what the source supports, in the rule book's own words
 * @param span     where the entry's {@code id} is written
 */
public record CitedSource(String id, String title, String publisher, String date, String url, String supports,
                          Span span) {
    public CitedSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        title = title == null ? "" : title;
        publisher = publisher == null ? "" : publisher;
        date = date == null ? "" : date;
        url = url == null ? "" : url;
        supports = supports == null ? "" : supports;
    }
}
