package whatif.rulebook;

import whatif.source.Diagnostic;

/**
 * A Drools build result as a diagnostic, with what {@link BuildErrorTranslator} needs to keep each
 * mistake once: whether it only echoes another result, and what part of the DRL it is about.
 */
record BuildProblem(Diagnostic diagnostic, Echo echo, Part part) {
    /** Whether a diagnostic only repeats another error, so that it can be left out. */
    enum Echo { NONE, ALWAYS, IF_RULE_HAS_ANOTHER }

    /** What a diagnostic is about: a type declaration, another declaration (an import...) or a rule. */
    enum Part { TYPE, DECLARATION, RULE }

    static BuildProblem inRule(Diagnostic diagnostic) {
        return new BuildProblem(diagnostic, Echo.NONE, Part.RULE);
    }

    BuildProblem in(Part newPart) {
        return new BuildProblem(diagnostic, echo, newPart);
    }

    BuildProblem echoing(Echo newEcho) {
        return new BuildProblem(diagnostic, newEcho, part);
    }
}
