package io.newsflow.tagger.geo;

import io.newsflow.common.article.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A place name of the article, its candidates with their scores, and the votes it casts. */
final class Named {

    static final double TEMPERATURE = 1.5;
    static final int TOP_FOR_PROXIMITY = 5;
    /** "U.S." in world news names an actor more often than where things happen: its vote counts half. */
    static final double COUNTRY_NAME_VOTE = 0.5;

    final int id;
    final Entity entity;
    final int[] candidates;
    final double[] base;
    final double[] score;
    final double[] next;
    int[] top = new int[0];
    double[] topP = new double[0];
    final double weight;
    final boolean[] qualified;
    final double[] prior;
    double[] near;
    StrongReadings.Cues cues = StrongReadings.Cues.NONE;
    final Map<String, Double> countryVotes = new HashMap<>();
    final Map<String, Double> admin1Votes = new HashMap<>();

    Named(final int id, final Entity entity, final int[] candidates) {
        this.id = id;
        this.entity = entity;
        this.candidates = candidates;
        this.base = new double[candidates.length];
        this.score = new double[candidates.length];
        this.next = new double[candidates.length];
        this.qualified = new boolean[candidates.length];
        this.prior = new double[candidates.length];
        this.near = new double[candidates.length];
        this.weight = Math.sqrt(Math.max(1, entity.mentions().size()));
    }

    /** The index (into {@code candidates}) of the best-scored candidate, or -1. */
    int best() {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.length; i++) {
            if (score[i] > bestScore) {
                bestScore = score[i];
                best = i;
            }
        }
        return best;
    }

    /** Indices (into {@code candidates}) of the {@code k} best-scored candidates. */
    int[] leading(final int k) {
        final int n = Math.min(k, candidates.length);
        final int[] out = new int[n];
        final boolean[] used = new boolean[candidates.length];
        for (int j = 0; j < n; j++) {
            int best = -1;
            for (int i = 0; i < candidates.length; i++) {
                if (!used[i] && (best < 0 || score[i] > score[best])) {
                    best = i;
                }
            }
            used[best] = true;
            out[j] = best;
        }
        return out;
    }

    /** Spreads this name's weight over its candidates' countries and states by a softmax of their scores. */
    void vote(final Gazetteer gazetteer) {
        countryVotes.clear();
        admin1Votes.clear();
        if (candidates.length == 0) {
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : score) {
            max = Math.max(max, s);
        }
        final double[] p = new double[candidates.length];
        double sum = 0;
        for (int i = 0; i < candidates.length; i++) {
            p[i] = Math.exp((score[i] - max) / TEMPERATURE);
            sum += p[i];
        }
        final int[] lead = leading(TOP_FOR_PROXIMITY);
        top = lead;
        topP = new double[lead.length];
        for (int j = 0; j < lead.length; j++) {
            topP[j] = p[lead[j]] / sum;
        }
        for (int i = 0; i < candidates.length; i++) {
            final double v = weight * p[i] / sum;
            final GazetteerEntry c = gazetteer.entry(candidates[i]);
            if (!c.countryCode().isEmpty()) {
                // "U.S." in world news names an actor more often than where things happen
                countryVotes.merge(c.countryCode(), c.kind() == GazetteerEntry.COUNTRY ? v * COUNTRY_NAME_VOTE : v,
                        Double::sum);
            }
            if (c.kind() != GazetteerEntry.COUNTRY && c.admin1Key() != null) {
                admin1Votes.merge(c.admin1Key(), v, Double::sum);
            }
        }
    }

    /**
     * The votes for {@code key} as a share of the strongest, less the name's own votes {@code own} (a
     * name does not vote for itself).
     */
    static double share(final Map<String, Double> votes, final String key, final Map<String, Double> own,
            final double max) {
        if (key == null || key.isEmpty() || max <= 0) {
            return 0;
        }
        final double mine = own == null ? 0 : own.getOrDefault(key, 0.0);
        final double w = votes.getOrDefault(key, 0.0) - mine;
        return w <= 1e-9 ? 0 : w / max;
    }

    /** The strongest of the votes less the name's own: a walk down the sorted votes past the name's own keys. */
    static double maxExcluding(final List<Map.Entry<String, Double>> sortedVotes, final Map<String, Double> own) {
        double max = 0;
        for (Map.Entry<String, Double> v : sortedVotes) {
            final Double mine = own == null ? null : own.get(v.getKey());
            max = Math.max(max, v.getValue() - (mine == null ? 0 : mine));
            if (mine == null) {
                break;
            }
        }
        return max;
    }

    static List<Map.Entry<String, Double>> sorted(final Map<String, Double> votes) {
        final List<Map.Entry<String, Double>> out = new ArrayList<>(votes.entrySet());
        out.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return out;
    }
}
