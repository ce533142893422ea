package whatif.source;

/** A place in a text file: line and column, both counted from 1, as editors show them. */
public record Position(int line, int column) {
    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("position is 1-based, got " + line + ":" + column);
        }
    }

    public static Position of(int line, int column) {
        return new Position(line, column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
