package io.newsflow.tagger.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Clustering scores of predicted stories against gold ones, over the same items: pairwise precision and
 * recall (of the pairs of items put in one story, how many share a gold story, and the reverse), and
 * B-cubed precision and recall (per item, the share of its predicted story in its gold story and the
 * reverse, averaged over items).
 */
record StoryScores(long truePairs, long predictedPairs, long goldPairs, double bcubedPrecision,
        double bcubedRecall) {

    static StoryScores of(final List<String> gold, final List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        final Map<String, Integer> goldSizes = new HashMap<>();
        final Map<String, Integer> predictedSizes = new HashMap<>();
        final Map<String, Integer> cells = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            goldSizes.merge(gold.get(i), 1, Integer::sum);
            predictedSizes.merge(predicted.get(i), 1, Integer::sum);
            cells.merge(gold.get(i) + '\u0000' + predicted.get(i), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < gold.size(); i++) {
            final int both = cells.get(gold.get(i) + '\u0000' + predicted.get(i));
            precision += both / (double) predictedSizes.get(predicted.get(i));
            recall += both / (double) goldSizes.get(gold.get(i));
        }
        final int n = Math.max(1, gold.size());
        return new StoryScores(pairs(cells), pairs(predictedSizes), pairs(goldSizes), precision / n, recall / n);
    }

    private static long pairs(final Map<String, Integer> sizes) {
        long sum = 0;
        for (int size : sizes.values()) {
            sum += (long) size * (size - 1) / 2;
        }
        return sum;
    }

    double pairPrecision() {
        return predictedPairs == 0 ? 1.0 : truePairs / (double) predictedPairs;
    }

    double pairRecall() {
        return goldPairs == 0 ? 1.0 : truePairs / (double) goldPairs;
    }

    double pairF1() {
        return f1(pairPrecision(), pairRecall());
    }

    double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    /** Pairs put in one story that belong to different gold stories. */
    long falseMergePairs() {
        return predictedPairs - truePairs;
    }

    static double f1(final double p, final double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void print(final java.io.PrintStream out) {
        out.printf(Locale.ROOT, "pairwise   P=%.4f R=%.4f F1=%.4f (pairs: true %d, predicted %d, gold %d, false merges %d)%n",
                pairPrecision(), pairRecall(), pairF1(), truePairs, predictedPairs, goldPairs, falseMergePairs());
        out.printf(Locale.ROOT, "b-cubed    P=%.4f R=%.4f F1=%.4f%n", bcubedPrecision, bcubedRecall, bcubedF1());
    }
}
