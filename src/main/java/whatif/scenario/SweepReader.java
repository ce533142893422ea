package whatif.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Suggestions;
import whatif.source.VisibleText;

/**
 * A scenario's {@code sweep:}: every key checked where it is written. Whether the axes' types and
 * fields exist is checked against the rules when the sweep runs; here, that the text is an axis.
 */
final class SweepReader {
    static final List<String> SWEEP_KEYS = List.of("vary", "observe", "findBoundary", "adaptive", "output", "chart");
    private static final String WHERE = "`sweep`";

    private final YamlNodes nodes;

    SweepReader(YamlNodes nodes) {
        this.nodes = nodes;
    }

    Optional<SweepDeclaration> read(YamlNodes.Entry entry) {
        Optional<MappingNode> mapping = nodes.mapping(entry.value(), WHERE);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        int before = nodes.reported();
        Map<String, YamlNodes.Entry> entries = nodes.entries(mapping.get(), WHERE, SWEEP_KEYS);
        if (!entries.containsKey("vary")) {
            nodes.missing(entry.keySpan(), "vary", WHERE, "list the axes, as `vary: [\"Trip.speedKmh=0..200:10\"]`");
        }
        List<SweepAxis> vary = new ArrayList<>();
        Optional.ofNullable(entries.get("vary")).ifPresent(e -> {
            List<Scalar> written = nodes.scalars(e.value(), "`vary`");
            if (written.isEmpty()) {
                nodes.report(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, e.keySpan(), "`vary` lists no axis")
                        .withLabel("expected at least one " + SweepSyntax.AXIS_FORM)
                        .withHint("as `vary: [\"Trip.speedKmh=0..200:10\"]`"));
            }
            written.forEach(text -> axis(text).ifPresent(vary::add));
        });
        List<ObservedField> observe = new ArrayList<>();
        Optional.ofNullable(entries.get("observe"))
                .ifPresent(e -> nodes.scalars(e.value(), "`observe`").forEach(text -> observed(text).ifPresent(observe::add)));
        Optional<Scalar> boundary = Optional.ofNullable(entries.get("findBoundary")).flatMap(e -> nodes.scalar(e.value(), "`findBoundary`"));
        boundary.ifPresent(b -> checkBoundary(b, vary));
        boolean adaptive = Optional.ofNullable(entries.get("adaptive")).flatMap(e -> nodes.scalar(e.value(), "`adaptive`"))
                .map(this::yesOrNo).orElse(false);
        Optional<Scalar> output = Optional.ofNullable(entries.get("output")).flatMap(e -> nodes.scalar(e.value(), "`output`"));
        Optional<Scalar> chart = Optional.ofNullable(entries.get("chart")).flatMap(e -> nodes.scalar(e.value(), "`chart`"));
        if (nodes.reported() > before) {
            return Optional.empty();
        }
        return Optional.of(new SweepDeclaration(vary, observe, boundary, adaptive, output, chart, entry.keySpan()));
    }

    private Optional<SweepAxis> axis(Scalar text) {
        try {
            return Optional.of(SweepSyntax.axis(text));
        } catch (SweepSyntax.BadText e) {
            nodes.report(e.diagnostic());
            return Optional.empty();
        }
    }

    private Optional<ObservedField> observed(Scalar text) {
        try {
            return Optional.of(SweepSyntax.observed(text));
        } catch (SweepSyntax.BadText e) {
            nodes.report(e.diagnostic());
            return Optional.empty();
        }
    }

    private void checkBoundary(Scalar boundary, List<SweepAxis> vary) {
        List<String> names = vary.stream().map(SweepAxis::name).toList();
        if (!vary.isEmpty() && !names.contains(boundary.text().strip())) {
            nodes.report(Diagnostic.error(DiagnosticCode.SWEEP, boundary.span(),
                            "`findBoundary` names `" + VisibleText.of(boundary.text()) + "`, which is not an axis of `vary`")
                    .withLabel("expected one of " + Suggestions.quoted(names))
                    .withHint(Suggestions.hint(boundary.text(), names)));
        }
    }

    private boolean yesOrNo(Scalar value) {
        if (value.text().equals("true") || value.text().equals("false")) {
            return Boolean.parseBoolean(value.text());
        }
        nodes.report(Diagnostic.error(DiagnosticCode.WRONG_SHAPE, value.span(), "`adaptive` is `" + VisibleText.of(value.text()) + "`")
                .withLabel("expected `true` or `false`")
                .withHint("write `adaptive: true` to refine only the cells whose corners disagree"));
        return false;
    }
}
