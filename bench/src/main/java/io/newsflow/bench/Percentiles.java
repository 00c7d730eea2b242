package io.newsflow.bench;

/** Nearest-rank percentiles of sorted samples. */
final class Percentiles {

    private Percentiles() {
    }

    /** The {@code p}th percentile of {@code sorted} (ascending) by nearest rank; NaN when there is no sample. */
    static double of(final double[] sorted, final int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        final int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
