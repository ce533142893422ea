package whatif.chart;

/** A rectangle of the plot: cells of one outcome, one column wide. */
record Box(double x0, double x1, double y0, double y1) {
    double centreX() {
        return (x0 + x1) / 2;
    }

    double centreY() {
        return (y0 + y1) / 2;
    }
}
