package io.newsflow.tagger.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The heaviest entries of a map of weights, heaviest first, ties broken by key. A sort of the bare weights
 * finds the least weight kept, so only the entries at or above it are sorted with the full order: the same
 * entries in the same order as sorting them all, at a fraction of the comparisons (an article has a few
 * hundred words and keeps forty).
 */
final class Heaviest {

    static final Comparator<Map.Entry<String, Double>> ORDER = Map.Entry.<String, Double>comparingByValue()
            .reversed().thenComparing(Map.Entry.comparingByKey());

    private Heaviest() {
    }

    static List<Map.Entry<String, Double>> of(final Map<String, Double> weights, final int max) {
        final double least = weights.size() > max ? leastKept(weights, max) : Double.NEGATIVE_INFINITY;
        final List<Map.Entry<String, Double>> kept = new ArrayList<>();
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            // "Not below" rather than "at or above": a NaN weight or cut keeps the entry for the full order.
            if (!(entry.getValue() < least)) {
                kept.add(entry);
            }
        }
        kept.sort(ORDER);
        return kept.size() > max ? kept.subList(0, max) : kept;
    }

    /** The {@code max}-th heaviest weight. */
    private static double leastKept(final Map<String, Double> weights, final int max) {
        final double[] values = new double[weights.size()];
        int i = 0;
        for (double v : weights.values()) {
            values[i++] = v;
        }
        Arrays.sort(values);
        return values[values.length - max];
    }
}
