package whatif.scenario;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.parser.Parser;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;

/**
 * A YAML parser that stops at the nesting depth and the number of aliases a file whatif reads
 * may have. snakeyaml-engine's parser keeps its own stack and never recurses, but its composer builds
 * nodes by recursion: {@code [[[[...]]]]} two thousand deep overflows the stack. Counted here,
 * between the two, the composer never gets that deep, and the problem has its line and column.
 * (snakeyaml-engine 2.10 has no depth setting; its alias limit has no position.)
 */
final class ParserWithLimits implements Parser {
    private final Parser parser;
    private final Path file;
    private final YamlFileKind kind;
    private final Map<String, Boolean> anchorIsCollection = new HashMap<>();
    private int depth;
    private int collectionAliases;

    ParserWithLimits(Parser parser, Path file, YamlFileKind kind) {
        this.parser = parser;
        this.file = file;
        this.kind = kind;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    /** The composer takes every event through here, a collection's start before its contents. */
    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case DocumentStart -> anchorIsCollection.clear();
            case SequenceStart, MappingStart -> {
                remember((NodeEvent) event, true);
                if (++depth > ScenarioFileLimits.MAX_NESTING_DEPTH) {
                    throw new LimitExceeded(tooDeep(event));
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            case Scalar -> remember((NodeEvent) event, false);
            case Alias -> countAlias((AliasEvent) event);
            default -> {
            }
        }
        return event;
    }

    private void remember(NodeEvent event, boolean collection) {
        event.getAnchor().ifPresent(anchor -> anchorIsCollection.put(anchor.getValue(), collection));
    }

    /** Counted as snakeyaml-engine counts them: aliases of scalars repeat one value and are free. */
    private void countAlias(AliasEvent event) {
        String name = event.getAlias().getValue();
        if (anchorIsCollection.getOrDefault(name, false) && ++collectionAliases > ScenarioFileLimits.MAX_COLLECTION_ALIASES) {
            throw new LimitExceeded(Diagnostic.error(DiagnosticCode.YAML_LIMIT, spanOf(event, name.length() + 1),
                            "more than " + ScenarioFileLimits.MAX_COLLECTION_ALIASES + " aliases to lists or mappings, "
                                    + "the most a " + kind.noun() + " may have")
                    .withLabel("alias " + collectionAliases + ", `*" + name + "`")
                    .withHint("each alias repeats a whole list or mapping, and many can make a small file huge to read: "
                            + "write the values out instead"));
        }
    }

    private Diagnostic tooDeep(Event event) {
        return Diagnostic.error(DiagnosticCode.YAML_LIMIT, spanOf(event, 1),
                        "lists and mappings nested more than " + ScenarioFileLimits.MAX_NESTING_DEPTH
                                + " deep, the most a " + kind.noun() + " may have")
                .withLabel("level " + depth + " starts here")
                .withHint("a " + kind.item() + " needs about six levels: look for a `[` or `{` that is never closed, or flatten the data");
    }

    private Span spanOf(Event event, int width) {
        return event.getStartMark().map(m -> Span.of(file, m.getLine() + 1, m.getColumn() + 1, width))
                .orElse(Span.wholeFile(file));
    }
}
