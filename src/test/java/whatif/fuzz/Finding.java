package whatif.fuzz;

/**
 * What a property found wrong with one input. {@code kind} names the problem without the details
 * that vary with the input (an exception's class, not its message), so that shrinking keeps
 * looking for the same problem.
 */
record Finding(String kind, String detail) {
    static Finding escaped(String entryPoint, Throwable thrown) {
        return new Finding(entryPoint + " threw " + thrown.getClass().getName(), String.valueOf(thrown.getMessage()));
    }

    @Override
    public String toString() {
        return detail.isEmpty() ? kind : kind + ": " + detail;
    }
}
