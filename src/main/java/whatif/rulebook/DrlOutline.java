package whatif.rulebook;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.api.io.Resource;
import org.kie.internal.builder.conf.LanguageLevelOption;
import whatif.source.Diagnostic;
import whatif.source.DiagnosticCode;
import whatif.source.Position;
import whatif.source.Span;

/**
 * One DRL file as Drools' own parser sees it: its syntax errors with real columns, and the
 * lines of its rules and declarations, which the compiled KieBase no longer knows.
 */
final class DrlOutline {
    /** {@code Line 7:9 unexpected exception at input '<eof>'. Exception: java.lang.NullPointerException...} */
    private static final Pattern LINE_IN_TEXT = Pattern.compile("Line (\\d+):(\\d+) (.*?)(?:\\. Exception: .*)?$", Pattern.DOTALL);

    private final RuleSource source;
    /** The file as a resource, as Drools reads it: its path and its bytes. */
    private final Resource resource;
    private final PackageDescr descr;
    /**
     * The types declared {@code @role(event)}, read before a build can change the descr (it
     * renames the annotation to {@code org.kie.api.definition.type.Role}).
     */
    private final Set<TypeDeclarationDescr> events;
    /**
     * Each declared type's and enum's own fields, in the order written, and the type a type
     * extends: read before a build copies a supertype's fields into its subtypes.
     */
    private final Map<String, List<String>> ownFields = new HashMap<>();
    private final Map<String, String> superTypes = new HashMap<>();
    private final List<Diagnostic> syntaxErrors;

    private DrlOutline(RuleSource source, Resource resource, PackageDescr descr, List<Diagnostic> syntaxErrors) {
        this.source = source;
        this.resource = resource;
        this.descr = descr;
        this.events = Collections.newSetFromMap(new IdentityHashMap<>());
        types().stream().filter(DrlOutline::declaresEvent).forEach(events::add);
        for (TypeDeclarationDescr type : types()) {
            ownFields.put(type.getTypeName(), List.copyOf(type.getFields().keySet()));
            if (type.getSuperTypeName() != null) {
                superTypes.put(type.getTypeName(), type.getSuperTypeName());
            }
        }
        enums().forEach(type -> ownFields.put(type.getTypeName(), List.copyOf(type.getFields().keySet())));
        this.syntaxErrors = List.copyOf(syntaxErrors);
    }

    private static boolean declaresEvent(TypeDeclarationDescr type) {
        AnnotationDescr role = type.getAnnotation("role");
        return role != null && "event".equals(String.valueOf(role.getSingleValue()).replace("\"", "").trim());
    }

    static DrlOutline parse(RuleSource source) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        Resource resource = RuleBookCompiler.resourceOf(source);
        PackageDescr descr;
        try {
            // With the file's resource, as Drools parses it when it builds: every descr knows its file.
            descr = parser.parse(resource, new StringReader(source.text()));
        } catch (DroolsParserException e) {
            descr = null;
        }
        List<Diagnostic> errors = new ArrayList<>();
        for (DroolsError error : parser.getErrors()) {
            if (error instanceof ParserError p && p.getRow() > 0) {
                errors.add(syntaxError(source, p.getRow(), p.getCol(), p.getMessage()));
            } else {
                // The parser's own crash (an NPE at the end of the file) has its place only in its text.
                Matcher at = LINE_IN_TEXT.matcher(error.getMessage());
                if (at.find()) {
                    errors.add(syntaxError(source, Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)), at.group(3)));
                }
            }
        }
        if (errors.isEmpty() && parser.hasErrors()) {
            // Only position-less errors ("Parser returned a null Package"): still an error.
            errors.add(Diagnostic.error(DiagnosticCode.DRL_SYNTAX, Span.at(source.path(), 1, 1),
                            "the rule file could not be parsed: " + parser.getErrors().get(0).getMessage())
                    .withLabel("expected DRL: `package`, `import`, `declare`, `rule`, `function`")
                    .withHint(SyntaxHints.forMessage("")));
        }
        return new DrlOutline(source, resource, descr, errors);
    }

    private static Diagnostic syntaxError(RuleSource source, int row, int column, String message) {
        // ANTLR columns are 0-based (and -1 at the end of the input); ours are 1-based.
        Position at = Position.of(Math.max(1, row), Math.max(1, column + 1));
        String text = message.replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+\\s*", "").strip();
        if (text.startsWith("unexpected exception at input '<eof>'")) {
            text = "unexpected end of file";
        }
        text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return Diagnostic.error(DiagnosticCode.DRL_SYNTAX, new Span(source.path(), at, at), text)
                .withHint(SyntaxHints.forMessage(text));
    }

    RuleSource source() {
        return source;
    }

    Resource resource() {
        return resource;
    }

    /**
     * The file as Drools' parser gave it, for the builder to build without parsing it again. Building
     * changes it (annotations, inherited fields): read what the outline tells before it is built, and
     * build it once.
     */
    PackageDescr descrForBuilding() {
        if (descr == null) {
            throw new IllegalStateException("a file that did not parse cannot be built: " + source.path());
        }
        return descr;
    }

    /** The fields {@code type} (a type or enum of this file) declares itself, as written. */
    List<String> ownFieldsOf(String type) {
        return ownFields.getOrDefault(type, List.of());
    }

    /** The simple name of the type {@code type} extends, if its declaration says {@code extends}. */
    Optional<String> superTypeOf(String type) {
        return Optional.ofNullable(superTypes.get(type));
    }

    List<Diagnostic> syntaxErrors() {
        return syntaxErrors;
    }

    String packageName() {
        return descr == null ? "" : descr.getNamespace();
    }

    List<RuleDescr> rules() {
        return descr == null ? List.of() : descr.getRules();
    }

    List<TypeDeclarationDescr> types() {
        return descr == null ? List.of() : descr.getTypeDeclarations();
    }

    List<EnumDeclarationDescr> enums() {
        return descr == null ? List.of() : descr.getEnumDeclarations();
    }

    /** Whether one of this file's {@link #types()} is declared {@code @role(event)}. */
    boolean isEvent(TypeDeclarationDescr type) {
        return events.contains(type);
    }

    Optional<RuleDescr> rule(String name) {
        return rules().stream().filter(r -> r.getName().equals(name)).findFirst();
    }

    /** The rule whose text spans {@code line}, if any. */
    Optional<RuleDescr> ruleAt(int line) {
        return rules().stream().filter(r -> r.getLine() <= line && line <= r.getEndLine()).findFirst();
    }
}
