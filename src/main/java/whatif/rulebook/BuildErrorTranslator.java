package whatif.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.jci.CompilationProblem;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.Suggestions;

/**
 * Turns the Drools compiler's results into diagnostics at the right {@code file:line:column}.
 * Drools gives no column at all for most build errors and, for an unknown field, the line of
 * the pattern rather than the field; this class finds the offending name in the source.
 */
final class BuildErrorTranslator {
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
    private static final Pattern UNKNOWN_FIELD =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern FIRST_NAME = Pattern.compile(
            "(?:The method (\\w+)\\(|^(\\w+) cannot be resolved|field (\\w+)|token \"([^\"]+)\"|'([\\w.$]+)')");

    private final Map<String, DrlOutline> outlinesByPath;
    private final DeclaredNames declared;

    BuildErrorTranslator(Map<String, DrlOutline> outlinesByPath, DeclaredNames declared) {
        this.outlinesByPath = outlinesByPath;
        this.declared = declared;
    }

    List<Diagnostic> translate(KnowledgeBuilderResult result) {
        DrlOutline outline = outlineOf(result);
        if (result instanceof ParserError p) {
            return p.getRow() <= 0 ? List.of() : List.of(generic(outline, p.getMessage(), p.getRow()));
        }
        if (result instanceof RuleBuildError error && error.getObject() instanceof CompilationProblem[] problems) {
            return consequenceProblems(outline, error, problems);
        }
        if (result instanceof DescrBuildError error) {
            return List.of(descrError(outline, error));
        }
        int line = result.getLines().length > 0 ? result.getLines()[0] : 0;
        return List.of(generic(outline, result.getMessage(), line));
    }

    private DrlOutline outlineOf(KnowledgeBuilderResult result) {
        String path = result.getResource() == null ? null : result.getResource().getSourcePath();
        DrlOutline outline = path == null ? null : outlinesByPath.get(path);
        if (outline == null) {
            // A result with no resource: attribute it to the first file rather than lose it.
            outline = outlinesByPath.values().iterator().next();
        }
        return outline;
    }

    private Diagnostic descrError(DrlOutline outline, DescrBuildError error) {
        String message = firstLine(error.getMessage());
        BaseDescr descr = error.getDescr();
        int line = descr != null && descr.getLine() > 0 ? descr.getLine() : error.getLine();
        int ruleEnd = outline.ruleAt(line).map(RuleDescr::getEndLine).orElse(outline.source().lineCount());
        TokenFinder finder = new TokenFinder(outline.source());

        Matcher type = UNKNOWN_TYPE.matcher(message);
        if (type.find()) {
            String name = type.group(1);
            Span span = finder.find(name, line, ruleEnd).orElse(finder.lineStart(line));
            return Diagnostic.error(DiagnosticCode.DRL_UNKNOWN_TYPE, span, "unknown type `" + name + "`")
                    .withLabel("no fact type of this name is declared or imported")
                    .withHint(orDeclare(Suggestions.hint(name, declared.typeNames()), name));
        }
        Matcher field = UNKNOWN_FIELD.matcher(error.getMessage());
        if (field.find()) {
            String typeName = simpleName(field.group(1));
            String name = field.group(2);
            Span span = finder.find(name, line, ruleEnd).orElse(finder.lineStart(line));
            List<String> fields = declared.fieldsOf(typeName);
            return Diagnostic.error(DiagnosticCode.DRL_UNKNOWN_FIELD, span,
                            "type `" + typeName + "` has no field `" + name + "`")
                    .withLabel(fields.isEmpty() ? "unknown field" : "expected one of " + Suggestions.quoted(fields))
                    .withHint(Suggestions.nearest(name, fields).map(f -> "did you mean `" + f + "`?")
                            .orElse("declare the field in `declare " + typeName + "`, or use one it has"));
        }
        return generic(outline, message, line);
    }

    private List<Diagnostic> consequenceProblems(DrlOutline outline, RuleBuildError error, CompilationProblem[] problems) {
        Optional<RuleDescr> rule = outline.rule(error.getRule().getName());
        int from = rule.map(r -> Math.max(r.getConsequenceLine(), r.getLine())).orElse(error.getLine());
        int to = rule.map(RuleDescr::getEndLine).orElse(outline.source().lineCount());
        TokenFinder finder = new TokenFinder(outline.source());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (CompilationProblem problem : problems) {
            if (!problem.isError()) {
                continue;
            }
            String message = problem.getMessage();
            Span span = nameIn(message).flatMap(name -> finder.find(name, from, to))
                    .orElse(finder.lineStart(from + 1));
            diagnostics.add(Diagnostic.error(DiagnosticCode.DRL_COMPILE, span,
                            "in the consequence of rule `" + error.getRule().getName() + "`: " + lowerFirst(message))
                    .withHint("the `then` part is Java: check names and types against the declared facts"));
        }
        return diagnostics;
    }

    private Diagnostic generic(DrlOutline outline, String rawMessage, int line) {
        String message = firstLine(rawMessage).replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+\\s*", "");
        TokenFinder finder = new TokenFinder(outline.source());
        int safeLine = line > 0 ? line : 1;
        int ruleEnd = outline.ruleAt(safeLine).map(RuleDescr::getEndLine).orElse(outline.source().lineCount());
        Span span = nameIn(message).flatMap(name -> finder.find(name, safeLine, ruleEnd))
                .orElse(finder.lineStart(safeLine));
        return Diagnostic.error(DiagnosticCode.DRL_COMPILE, span, lowerFirst(message));
    }

    private static Optional<String> nameIn(String message) {
        Matcher m = FIRST_NAME.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return Optional.of(simpleName(m.group(g)));
            }
        }
        return Optional.empty();
    }

    private static String orDeclare(String hint, String name) {
        return hint.isEmpty() ? "declare it with `declare " + name + " ... end`, or import it" : hint;
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    private static String firstLine(String message) {
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        String line = newline < 0 ? trimmed : trimmed.substring(0, newline);
        return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
