package whatif.report;

/** A number and its noun, singular or plural as the number asks: {@code 1 file}, {@code 2 files}. */
public final class Quantity {
    private Quantity() {
    }

    public static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
