package io.newsflow.tagger.stories;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What scoring a candidate story needs, kept apart from the rest of its record so that the hundreds of
 * candidates an article meets are read small: when the story was first and last seen, its countries (for
 * {@link Focus}) and its centroid as sorted feature hashes with their weights. The cosine with an article
 * is a merge of two sorted arrays, without a map or a string. A 32-bit hash of a feature stands for it: two
 * different features of an article and a story share a hash with a probability of some 64 x 40 / 2^32,
 * and then add a little to a similarity, never remove from it.
 */
public final class StoryCentroid {

    private static final int[] NO_FEATURES = new int[0];
    private static final double[] NO_WEIGHTS = new double[0];

    private final long firstSeen;
    private final long lastSeen;
    private final int[] features;
    private final double[] weights;
    private final double norm;
    private final List<String> countries;

    StoryCentroid(final long firstSeen, final long lastSeen, final int[] features, final double[] weights,
            final List<String> countries) {
        this.firstSeen = firstSeen;
        this.lastSeen = lastSeen;
        this.features = features;
        this.weights = weights;
        this.countries = List.copyOf(countries);
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        this.norm = Math.sqrt(sum);
    }

    /** The story's centroid entry. */
    static StoryCentroid of(final StoryRecord story) {
        return of(story.centroid(), story.firstSeen(), story.lastSeen(), story.countries());
    }

    /** An article's vector in the same form, to be scored against stories. */
    static StoryCentroid ofVector(final Map<String, Double> vector) {
        return of(vector, 0, 0, List.of());
    }

    private static StoryCentroid of(final Map<String, Double> vector, final long firstSeen, final long lastSeen,
            final List<String> countries) {
        if (vector.isEmpty()) {
            return new StoryCentroid(firstSeen, lastSeen, NO_FEATURES, NO_WEIGHTS, countries);
        }
        final long[] packed = new long[vector.size()];
        final double[] byIndex = new double[vector.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            // hash in the high half, the entry's index in the low half: sorting orders by hash.
            packed[i] = ((long) hash(e.getKey()) << 32) | i;
            byIndex[i] = e.getValue();
            i++;
        }
        Arrays.sort(packed);
        final int[] hashes = new int[packed.length];
        final double[] weights = new double[packed.length];
        int n = 0;
        for (long p : packed) {
            final int h = (int) (p >> 32);
            final double w = byIndex[(int) p];
            if (n > 0 && hashes[n - 1] == h) {
                weights[n - 1] += w;
            } else {
                hashes[n] = h;
                weights[n] = w;
                n++;
            }
        }
        return new StoryCentroid(firstSeen, lastSeen, Arrays.copyOf(hashes, n), Arrays.copyOf(weights, n), countries);
    }

    /** The stable 32-bit hash of a feature: the same in every JVM, so it can be stored. */
    static int hash(final String feature) {
        return (int) Fingerprint.mix(feature.hashCode());
    }

    /** The dot product of the two vectors divided by this one's norm: the cosine with a unit vector. */
    double cosine(final StoryCentroid unit) {
        if (norm == 0) {
            return 0;
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < features.length && j < unit.features.length) {
            if (features[i] < unit.features[j]) {
                i++;
            } else if (features[i] > unit.features[j]) {
                j++;
            } else {
                dot += weights[i++] * unit.weights[j++];
            }
        }
        return dot / norm;
    }

    public long firstSeen() {
        return firstSeen;
    }

    public long lastSeen() {
        return lastSeen;
    }

    public List<String> countries() {
        return countries;
    }

    int size() {
        return features.length;
    }

    int feature(final int index) {
        return features[index];
    }

    double weight(final int index) {
        return weights[index];
    }
}
