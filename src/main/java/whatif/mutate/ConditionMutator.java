package whatif.mutate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.drools.drl.parser.lang.DRL6Lexer;

/**
 * The changes to one condition: each comparison's boundary flipped, each number moved one unit
 * down and up, each date one day back and forward. The condition is read with Drools' own DRL
 * lexer, so text in quotes and comments is never taken for an operator or a number.
 */
final class ConditionMutator {
    /** One change to the file's text, and what kind of change it is. */
    record Change(MutationKind kind, TextEdit edit) {
    }

    private static final Map<Integer, String> FLIPPED = Map.of(
            DRL6Lexer.LESS, "<=", DRL6Lexer.LESS_EQUALS, "<",
            DRL6Lexer.GREATER, ">=", DRL6Lexer.GREATER_EQUALS, ">");
    private static final int[] STEPS = {-1, 1};

    private final String condition;
    private final List<CommonToken> tokens;
    private final int offset;
    private final List<Change> changes = new ArrayList<>();

    private ConditionMutator(String condition, int offset) {
        this.condition = condition;
        this.tokens = tokens(condition);
        this.offset = offset;
    }

    /** The changes to the condition at {@code range} of {@code text}, in the order they are written. */
    static List<Change> changes(String text, ConditionRanges.Range range) {
        ConditionMutator mutator = new ConditionMutator(text.substring(range.start(), range.end()), range.start());
        mutator.scan();
        return List.copyOf(mutator.changes);
    }

    private static List<CommonToken> tokens(String condition) {
        DRL6Lexer lexer = new DRL6Lexer(new ANTLRStringStream(condition));
        List<CommonToken> tokens = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != DRL6Lexer.WS && t.getType() != DRL6Lexer.EOL) {
                tokens.add((CommonToken) t);
            }
        }
        return tokens;
    }

    private void scan() {
        int i = 0;
        while (i < tokens.size()) {
            CommonToken token = tokens.get(i);
            int dateEnd = localDateOf(i);
            if (dateEnd > 0) {
                i = dateEnd;
                continue;
            }
            String flipped = FLIPPED.get(token.getType());
            if (flipped != null) {
                changes.add(new Change(MutationKind.OPERATOR_FLIPPED, replace(token, flipped)));
            } else if (token.getType() == DRL6Lexer.DECIMAL || token.getType() == DRL6Lexer.FLOAT) {
                for (int step : STEPS) {
                    NumberLiteral.moved(written(token), step)
                            .ifPresent(moved -> changes.add(new Change(MutationKind.NUMBER_MOVED, replace(token, moved))));
                }
            } else if (token.getType() == DRL6Lexer.STRING) {
                for (int step : STEPS) {
                    DateLiteral.movedString(written(token), step)
                            .ifPresent(moved -> changes.add(new Change(MutationKind.DATE_MOVED, replace(token, moved))));
                }
            }
            i++;
        }
    }

    /**
     * At {@code LocalDate.of(y, m, d)} (token {@code i} is {@code LocalDate}), adds its moves and
     * returns the index past the call; otherwise 0. Its three numbers are one date, not three numbers.
     */
    private int localDateOf(int i) {
        if (!(isText(i, "LocalDate") && isType(i + 1, DRL6Lexer.DOT) && isText(i + 2, "of") && isType(i + 3, DRL6Lexer.LEFT_PAREN)
                && isType(i + 4, DRL6Lexer.DECIMAL) && isType(i + 5, DRL6Lexer.COMMA) && isType(i + 6, DRL6Lexer.DECIMAL)
                && isType(i + 7, DRL6Lexer.COMMA) && isType(i + 8, DRL6Lexer.DECIMAL) && isType(i + 9, DRL6Lexer.RIGHT_PAREN))) {
            return 0;
        }
        CommonToken year = tokens.get(i + 4);
        CommonToken day = tokens.get(i + 8);
        for (int step : STEPS) {
            Optional<String> moved = DateLiteral.movedArguments(written(year), written(tokens.get(i + 6)), written(day), step);
            moved.ifPresent(arguments -> changes.add(new Change(MutationKind.DATE_MOVED,
                    new TextEdit(offset + year.getStartIndex(), offset + day.getStopIndex() + 1, arguments))));
        }
        return i + 10;
    }

    /** The token as written: the lexer's own text of a string is rewritten to double quotes. */
    private String written(CommonToken token) {
        return condition.substring(token.getStartIndex(), token.getStopIndex() + 1);
    }

    private boolean isType(int i, int type) {
        return i < tokens.size() && tokens.get(i).getType() == type;
    }

    private boolean isText(int i, String text) {
        return isType(i, DRL6Lexer.ID) && tokens.get(i).getText().equals(text);
    }

    private TextEdit replace(CommonToken token, String replacement) {
        return new TextEdit(offset + token.getStartIndex(), offset + token.getStopIndex() + 1, replacement);
    }
}
