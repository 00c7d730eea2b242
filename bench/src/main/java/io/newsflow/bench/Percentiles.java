package io.newsflow.bench;

import java.util.ArrayList;
import java.util.List;

/** Nearest-rank percentiles of sorted samples, and the median of a few. */
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

    /** The median of {@code values} (the mean of the middle two for an even count); NaN when there is none. */
    static double median(final List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        final List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        final int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
