package whatif.chart;

/** A straight piece of a frontier, horizontal or vertical, along the edges of cells. */
record Segment(double x0, double y0, double x1, double y1) {
}
