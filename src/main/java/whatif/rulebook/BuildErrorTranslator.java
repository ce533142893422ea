package whatif.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.FunctionError;
import org.drools.compiler.compiler.ImportError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.compiler.compiler.TypeDeclarationError;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.jci.CompilationProblem;
import whatif.rulebook.BuildProblem.Echo;
import whatif.rulebook.BuildProblem.Part;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.Suggestions;

/**
 * Turns the Drools compiler's results into diagnostics at the right {@code file:line:column}.
 * Drools gives no column at all for most build errors and, for an unknown field, the line of
 * the pattern rather than the field; the offending name is found in the source. Drools also
 * repeats one mistake in several results (a failed import in every rule's Java class); those
 * echoes are dropped so that each mistake is reported once.
 */
final class BuildErrorTranslator {
    private static final Pattern FIELD_TYPE =
            Pattern.compile("Cannot resolve type '?([\\w.$]+)'? for field (\\w+) in declared type (\\w+)");
    private static final Pattern IMPORT = Pattern.compile("Error importing : '([\\w.$*]+)'");
    private static final Pattern IMPORT_IN_JAVA = Pattern.compile(
            "The import ([\\w.$]+) cannot be resolved|Only a type can be imported\\. ([\\w.$]+) resolves to a package");
    private static final Pattern DUPLICATE_RULE = Pattern.compile("Duplicate rule name: (.+)$");
    private static final Pattern RULE_CLASS_ECHO = Pattern.compile("The type Rule_\\w+ is already defined");
    private static final Pattern FUNCTION_PROBLEM = Pattern.compile("\\(line:(\\d+)\\): (.+)$", Pattern.MULTILINE);
    private static final List<String> FIELD_TYPES = List.of("int", "long", "double", "boolean", "String");
    private static final Map<String, String> JAVA_TYPES = Map.of("LocalDate", "java.time.LocalDate",
            "BigDecimal", "java.math.BigDecimal", "Date", "java.util.Date", "List", "java.util.List");
    private static final String GENERIC_HINT = "check this line against the declared types and the DRL syntax";

    private final Map<String, DrlOutline> outlinesByPath;
    private final DeclaredNames declared;
    private final ConditionErrors conditions;

    BuildErrorTranslator(Map<String, DrlOutline> outlinesByPath, DeclaredNames declared) {
        this.outlinesByPath = outlinesByPath;
        this.declared = declared;
        this.conditions = new ConditionErrors(declared);
    }

    /**
     * Every result translated, without echoes (unless only echoes were found: an error is never
     * lost). Type declarations come first: one that fails to build takes every declared type of its
     * package with it, and the rules' errors would be "unknown type" for types that exist.
     */
    List<Diagnostic> translateAll(Iterable<? extends KnowledgeBuilderResult> results) {
        List<BuildProblem> found = new ArrayList<>();
        results.forEach(result -> found.addAll(translate(result)));
        boolean typeFailed = found.stream().anyMatch(p -> p.part() == Part.TYPE && p.echo() == Echo.NONE);
        List<Diagnostic> kept = found.stream()
                .filter(p -> !isEcho(p, found) && !(typeFailed && p.part() == Part.RULE))
                .map(BuildProblem::diagnostic).toList();
        return kept.isEmpty() ? found.stream().map(BuildProblem::diagnostic).toList() : kept;
    }

    private boolean isEcho(BuildProblem problem, List<BuildProblem> all) {
        return switch (problem.echo()) {
            case NONE -> false;
            case ALWAYS -> true;
            case IF_RULE_HAS_ANOTHER -> all.stream().anyMatch(other -> other.echo() == Echo.NONE
                    && sameRule(other.diagnostic().span(), problem.diagnostic().span()));
        };
    }

    private boolean sameRule(Span a, Span b) {
        if (!a.file().equals(b.file())) {
            return false;
        }
        DrlOutline outline = outlinesByPath.get(a.file().toString());
        Optional<RuleDescr> rule = outline == null ? Optional.empty() : outline.ruleAt(b.line());
        return rule.map(r -> r.getLine() <= a.line() && a.line() <= r.getEndLine()).orElse(a.line() == b.line());
    }

    private List<BuildProblem> translate(KnowledgeBuilderResult result) {
        DrlOutline outline = outlineOf(result);
        if (result instanceof ParserError p) {
            return p.getRow() <= 0 ? List.of() : List.of(parserError(outline, p).in(Part.DECLARATION));
        }
        if (result instanceof ImportError) {
            return List.of(importError(outline, IMPORT.matcher(result.getMessage()), result.getMessage()).in(Part.DECLARATION));
        }
        if (result instanceof TypeDeclarationError) {
            return List.of(typeDeclarationError(outline, result).in(Part.TYPE));
        }
        if (result instanceof FunctionError error) {
            return functionProblems(outline, error);
        }
        if (result instanceof RuleBuildError error && error.getObject() instanceof CompilationProblem[] problems) {
            return consequenceProblems(outline, error, problems);
        }
        if (result instanceof DescrBuildError error) {
            return List.of(conditions.translate(outline, error));
        }
        int line = result.getLines().length > 0 ? result.getLines()[0] : 0;
        return List.of(BuildProblem.inRule(generic(outline, result.getMessage(), line)).in(Part.DECLARATION));
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

    private BuildProblem parserError(DrlOutline outline, ParserError error) {
        Matcher duplicate = DUPLICATE_RULE.matcher(DrlMessages.firstLine(error.getMessage()));
        if (!duplicate.find()) {
            return BuildProblem.inRule(generic(outline, error.getMessage(), error.getRow())
                    .withHint(SyntaxHints.forMessage(error.getMessage())));
        }
        String name = duplicate.group(1).strip();
        List<Integer> lines = outline.rules().stream().filter(r -> r.getName().equals(name)).map(RuleDescr::getLine).toList();
        TokenFinder finder = new TokenFinder(outline.source());
        Span span = finder.find("\"" + name + "\"", error.getRow(), error.getRow()).orElse(finder.lineStart(error.getRow()));
        return BuildProblem.inRule(Diagnostic.error(DiagnosticCode.DRL_COMPILE, span, "two rules are named `" + name + "`")
                .withLabel(lines.isEmpty() || lines.get(0) == error.getRow() ? "a rule of this name exists already"
                        : "the first is at line " + lines.get(0))
                .withHint("a rule's name identifies it in reports and in `fired`: rename one of them"));
    }

    /** An import of a class that does not exist; echoes of it (in every rule's Java class) say so again. */
    private BuildProblem importError(DrlOutline outline, Matcher name, String message) {
        String imported = name.find() ? (name.group(1) != null ? name.group(1) : name.group(name.groupCount())) : "";
        TokenFinder finder = new TokenFinder(outline.source());
        Optional<Span> at = finder.find(imported, 1, outline.source().lineCount());
        if (at.isEmpty()) {
            // Not in the source: an import Drools generated for a function that did not compile.
            return BuildProblem.inRule(generic(outline, message, 1)).echoing(Echo.ALWAYS);
        }
        return BuildProblem.inRule(Diagnostic.error(DiagnosticCode.DRL_UNKNOWN_TYPE, at.get(), "cannot import `" + imported + "`")
                .withLabel("no class of this name is on the class path")
                .withHint("check the package and class name; types declared in DRL need no import"));
    }

    private BuildProblem typeDeclarationError(DrlOutline outline, KnowledgeBuilderResult result) {
        int line = result.getLines().length > 0 ? Math.max(1, result.getLines()[0]) : 1;
        Matcher fieldType = FIELD_TYPE.matcher(result.getMessage());
        if (!fieldType.find()) {
            boolean echo = result.getMessage().startsWith("Unable to process type");
            return BuildProblem.inRule(generic(outline, result.getMessage(), line)).echoing(echo ? Echo.ALWAYS : Echo.NONE);
        }
        String type = fieldType.group(1);
        TokenFinder finder = new TokenFinder(outline.source());
        Span span = finder.find(type, line, outline.source().lineCount()).orElse(finder.lineStart(line));
        List<String> known = new ArrayList<>(FIELD_TYPES);
        known.addAll(declared.typeNames());
        String hint = JAVA_TYPES.containsKey(type) ? "import it: `import " + JAVA_TYPES.get(type) + ";`"
                : Suggestions.nearest(type, known).map(t -> "did you mean `" + t + "`?")
                        .orElse("use `int`, `long`, `double`, `boolean`, `String`, `java.time.LocalDate` or a declared type");
        return BuildProblem.inRule(Diagnostic.error(DiagnosticCode.DRL_UNKNOWN_TYPE, span,
                        "unknown type `" + type + "` for field `" + fieldType.group(2) + "` of `" + fieldType.group(3) + "`")
                .withLabel("not a declared type, a Java type or an import")
                .withHint(hint));
    }

    private List<BuildProblem> consequenceProblems(DrlOutline outline, RuleBuildError error, CompilationProblem[] problems) {
        Optional<RuleDescr> rule = outline.rule(error.getRule().getName());
        int from = rule.map(r -> Math.max(r.getConsequenceLine(), r.getLine())).orElse(error.getLine());
        int to = rule.map(RuleDescr::getEndLine).orElse(outline.source().lineCount());
        TokenFinder finder = new TokenFinder(outline.source());
        List<BuildProblem> found = new ArrayList<>();
        for (CompilationProblem problem : problems) {
            if (!problem.isError()) {
                continue;
            }
            String message = problem.getMessage();
            if (IMPORT_IN_JAVA.matcher(message).find()) {
                found.add(importError(outline, IMPORT_IN_JAVA.matcher(message), message));
                continue;
            }
            Span span = DrlMessages.nameIn(message).flatMap(name -> finder.find(name, from, to))
                    .orElse(finder.lineStart(from + 1));
            Diagnostic d = Diagnostic.error(DiagnosticCode.DRL_COMPILE, span,
                            "in the consequence of rule `" + error.getRule().getName() + "`: " + DrlMessages.javaMessage(message))
                    .withHint("the `then` part is Java: check names and types against the declared facts");
            // Two rules of one name also give two Java classes of one name: the duplicate is reported already.
            found.add(BuildProblem.inRule(d).echoing(RULE_CLASS_ECHO.matcher(message).find() ? Echo.ALWAYS : Echo.NONE));
        }
        return found;
    }

    /**
     * A function that does not compile. Drools numbers the problem's line from the function's
     * own line as if its body began there; the body begins on the line after the {@code {}.
     */
    private List<BuildProblem> functionProblems(DrlOutline outline, FunctionError error) {
        FunctionDescr function = error.getFunctionDescr();
        int start = Math.max(1, function.getLine());
        int end = function.getEndLine() >= start ? function.getEndLine() : outline.source().lineCount();
        int brace = start;
        while (brace < end && !outline.source().line(brace).contains("{")) {
            brace++;
        }
        TokenFinder finder = new TokenFinder(outline.source());
        List<BuildProblem> found = new ArrayList<>();
        Matcher problem = FUNCTION_PROBLEM.matcher(error.getMessage());
        while (problem.find()) {
            int line = Math.min(end, Math.max(start, Integer.parseInt(problem.group(1)) - start + brace + 1));
            String message = problem.group(2).strip();
            Span span = DrlMessages.nameIn(message).flatMap(name -> finder.find(name, line, line)).orElse(finder.lineStart(line));
            found.add(BuildProblem.inRule(Diagnostic.error(DiagnosticCode.DRL_COMPILE, span,
                            "in function `" + function.getName() + "`: " + DrlMessages.javaMessage(message))
                    .withHint("a function is Java: check names and types")));
        }
        if (found.isEmpty()) {
            found.add(BuildProblem.inRule(generic(outline, error.getMessage().replaceFirst("^\\[\\s*", ""), start)));
        }
        return found;
    }

    /** Any other result: its first line, at the name it quotes if that is on its line or rule, else the line. */
    static Diagnostic generic(DrlOutline outline, String rawMessage, int line) {
        String message = DrlMessages.firstLine(rawMessage).replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+\\s*", "");
        TokenFinder finder = new TokenFinder(outline.source());
        int safeLine = line > 0 ? line : 1;
        int ruleEnd = outline.ruleAt(safeLine).map(RuleDescr::getEndLine).orElse(outline.source().lineCount());
        Span span = DrlMessages.nameIn(message).flatMap(name -> finder.find(name, safeLine, ruleEnd))
                .orElse(finder.lineStart(safeLine));
        return Diagnostic.error(DiagnosticCode.DRL_COMPILE, span, DrlMessages.lowerFirst(message)).withHint(GENERIC_HINT);
    }
}
