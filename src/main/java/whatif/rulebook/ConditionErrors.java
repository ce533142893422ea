package whatif.rulebook;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.RuleDescr;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Span;
import whatif.source.Suggestions;

/**
 * Errors in a rule's conditions: an unknown type, field, enum constant or variable, a window over
 * facts that are no events, an unknown accumulate function. Drools reports them at the pattern's
 * line, or at none; each is placed at the name it is about.
 */
final class ConditionErrors {
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
    private static final Pattern UNKNOWN_VARIABLE =
            Pattern.compile("unable to resolve method using strict-mode: [\\w.$]+\\.(\\$\\w+)\\(\\)");
    private static final Pattern UNKNOWN_MEMBER =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern NOT_AN_EVENT = Pattern.compile("class=([\\w.$]+)]' in '.*' is not declared as an Event");
    private static final Pattern ACCUMULATE_FUNCTION = Pattern.compile("Unknown accumulate function: '(\\w+)'");
    private static final List<String> ACCUMULATE_FUNCTIONS =
            List.of("count", "sum", "average", "min", "max", "collectList", "collectSet");

    private final DeclaredNames declared;

    ConditionErrors(DeclaredNames declared) {
        this.declared = declared;
    }

    BuildProblem translate(DrlOutline outline, DescrBuildError error) {
        String message = DrlMessages.firstLine(error.getMessage());
        int line = lineOf(error);
        int ruleEnd = outline.ruleAt(line).map(RuleDescr::getEndLine).orElse(outline.source().lineCount());
        TokenFinder finder = new TokenFinder(outline.source());

        Matcher type = UNKNOWN_TYPE.matcher(message);
        if (type.find()) {
            return BuildProblem.inRule(unknownType(type.group(1), finder.find(type.group(1), line, ruleEnd)
                    .orElse(finder.lineStart(line))));
        }
        Matcher variable = UNKNOWN_VARIABLE.matcher(error.getMessage());
        if (variable.find()) {
            String name = variable.group(1);
            return BuildProblem.inRule(Diagnostic.error(DiagnosticCode.DRL_COMPILE,
                            finder.find(name, line, ruleEnd).orElse(finder.lineStart(line)), "unknown variable `" + name + "`")
                    .withLabel("not bound by an earlier pattern of this rule")
                    .withHint("bind it before it is used, as `" + name + " : someField` in an earlier pattern"));
        }
        Matcher member = UNKNOWN_MEMBER.matcher(error.getMessage());
        if (member.find()) {
            String name = member.group(2);
            return BuildProblem.inRule(unknownMember(DrlMessages.simpleName(member.group(1)), name,
                    finder.find(name, line, ruleEnd).orElse(finder.lineStart(line))));
        }
        Matcher event = NOT_AN_EVENT.matcher(error.getMessage());
        if (event.find()) {
            String name = DrlMessages.simpleName(event.group(1));
            return BuildProblem.inRule(Diagnostic.error(DiagnosticCode.DRL_COMPILE,
                            finder.find(name, line, ruleEnd).orElse(finder.lineStart(line)),
                            "a sliding window needs events, and `" + name + "` is not one")
                    .withLabel("declared without `@role(event)`")
                    .withHint("add `@role(event)` to `declare " + name + "`, or count it without `over window:`"));
        }
        Matcher function = ACCUMULATE_FUNCTION.matcher(message);
        if (function.find()) {
            String name = function.group(1);
            return BuildProblem.inRule(Diagnostic.error(DiagnosticCode.DRL_COMPILE,
                            finder.find(name, line, ruleEnd).orElse(finder.lineStart(line)),
                            "unknown accumulate function `" + name + "`")
                    .withLabel("expected one of " + Suggestions.quoted(ACCUMULATE_FUNCTIONS))
                    .withHint(Suggestions.nearest(name, ACCUMULATE_FUNCTIONS).map(f -> "did you mean `" + f + "`?")
                            .orElse("use one of Drools' accumulate functions")));
        }
        // "Unable to analyse expression" comes with a clearer result for the same constraint, if any.
        boolean vague = message.toLowerCase(Locale.ROOT).startsWith("unable to analy");
        return BuildProblem.inRule(BuildErrorTranslator.generic(outline, message, line))
                .echoing(vague ? BuildProblem.Echo.IF_RULE_HAS_ANOTHER : BuildProblem.Echo.NONE);
    }

    private Diagnostic unknownType(String name, Span span) {
        String simple = DrlMessages.simpleName(name);
        if (declared.isDeclared(simple)) {
            String pkg = declared.packageOf(simple);
            return Diagnostic.error(DiagnosticCode.DRL_UNKNOWN_TYPE, span, "unknown type `" + name + "`")
                    .withLabel("declared in package `" + pkg + "`, not this one")
                    .withHint("import it, `import " + pkg + "." + simple + ";`, or write the rule in the same `package`");
        }
        String hint = Suggestions.hint(name, declared.typeNames());
        return Diagnostic.error(DiagnosticCode.DRL_UNKNOWN_TYPE, span, "unknown type `" + name + "`")
                .withLabel("no fact type of this name is declared or imported")
                .withHint(hint.isEmpty() ? "declare it with `declare " + name + " ... end`, or import it" : hint);
    }

    /** A field (or, of an enum, a constant) the type does not have. */
    private Diagnostic unknownMember(String typeName, String name, Span span) {
        if (declared.isEnum(typeName)) {
            List<String> constants = declared.constantsOf(typeName);
            return Diagnostic.error(DiagnosticCode.DRL_UNKNOWN_FIELD, span, "enum `" + typeName + "` has no constant `" + name + "`")
                    .withLabel("expected one of " + Suggestions.quoted(constants))
                    .withHint(Suggestions.nearest(name, constants).map(c -> "did you mean `" + c + "`?")
                            .orElse("add the constant to `declare enum " + typeName + "`, or use one it has"));
        }
        if (!declared.isDeclared(typeName)) {
            return Diagnostic.error(DiagnosticCode.DRL_UNKNOWN_FIELD, span, "type `" + typeName + "` has no field or method `" + name + "`")
                    .withLabel("`" + typeName + "` is not a declared type")
                    .withHint("check the name against what `" + typeName + "` offers in Java");
        }
        List<String> fields = declared.fieldsOf(typeName);
        return Diagnostic.error(DiagnosticCode.DRL_UNKNOWN_FIELD, span, "type `" + typeName + "` has no field `" + name + "`")
                .withLabel(fields.isEmpty() ? "it declares no field" : "expected one of " + Suggestions.quoted(fields))
                .withHint(Suggestions.nearest(name, fields).map(f -> "did you mean `" + f + "`?")
                        .orElse("declare the field in `declare " + typeName + "`, or use one it has"));
    }

    /** The constraint's line; failing that, the line of the rule it is in (an unknown variable has neither). */
    private static int lineOf(DescrBuildError error) {
        BaseDescr descr = error.getDescr();
        if (descr != null && descr.getLine() > 0) {
            return descr.getLine();
        }
        if (error.getLine() > 0) {
            return error.getLine();
        }
        BaseDescr parent = error.getParentDescr();
        return parent != null && parent.getLine() > 0 ? parent.getLine() : 1;
    }
}
