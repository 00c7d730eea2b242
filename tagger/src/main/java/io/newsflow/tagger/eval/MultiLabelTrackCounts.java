package io.newsflow.tagger.eval;

import io.newsflow.common.article.TrackTag;
import io.newsflow.tagger.tracks.TrackTags;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tallies of the talk-tracks against exhaustive multi-label gold ({@code tracks}, {@code primary},
 * {@code talks} per article): per-track precision, recall and F1 and their macro average; primary
 * accuracy over the articles that have a primary track; talks accuracy over all articles.
 */
final class MultiLabelTrackCounts {

    private static final List<String> TRACKS = TrackTag.ALL;

    private final int[] truePositives = new int[TRACKS.size()];
    private final int[] falsePositives = new int[TRACKS.size()];
    private final int[] falseNegatives = new int[TRACKS.size()];
    private int articles;
    private int withPrimary;
    private int primaryRight;
    private int talksRight;

    /** The gold of one article: its tracks, its primary track (or null) and whether it reports talks. */
    record Gold(List<String> tracks, String primary, boolean talks) {
        Gold {
            tracks = List.copyOf(tracks);
        }
    }

    boolean isEmpty() {
        return articles == 0;
    }

    /** Adds one article; returns what counts against it ("fp political", "primary", ...), empty when right. */
    List<String> add(final Gold gold, final TrackTags predicted) {
        articles++;
        final List<String> found = predicted.tracks().stream().map(TrackTag::track).toList();
        final List<String> wrong = new ArrayList<>();
        for (int t = 0; t < TRACKS.size(); t++) {
            final String track = TRACKS.get(t);
            final boolean expected = gold.tracks().contains(track);
            final boolean got = found.contains(track);
            if (expected && got) {
                truePositives[t]++;
            } else if (got) {
                falsePositives[t]++;
                wrong.add("fp " + track);
            } else if (expected) {
                falseNegatives[t]++;
                wrong.add("fn " + track);
            }
        }
        if (gold.primary() != null) {
            withPrimary++;
            if (gold.primary().equals(predicted.primaryTrack())) {
                primaryRight++;
            } else {
                wrong.add("primary " + predicted.primaryTrack() + " not " + gold.primary());
            }
        }
        if (gold.talks() == predicted.talks()) {
            talksRight++;
        } else {
            wrong.add("talks " + predicted.talks());
        }
        return wrong;
    }

    double precision(final int t) {
        return ratio(truePositives[t], truePositives[t] + falsePositives[t]);
    }

    double recall(final int t) {
        return ratio(truePositives[t], truePositives[t] + falseNegatives[t]);
    }

    double f1(final int t) {
        final double p = precision(t);
        final double r = recall(t);
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    double macroF1() {
        double sum = 0;
        for (int t = 0; t < TRACKS.size(); t++) {
            sum += f1(t);
        }
        return sum / TRACKS.size();
    }

    double primaryAccuracy() {
        return ratio(primaryRight, withPrimary);
    }

    double talksAccuracy() {
        return ratio(talksRight, articles);
    }

    void print(final PrintStream out) {
        for (int t = 0; t < TRACKS.size(); t++) {
            out.printf(Locale.ROOT, "track %-10s n=%d P=%.3f R=%.3f F1=%.3f%n", TRACKS.get(t),
                    truePositives[t] + falseNegatives[t], precision(t), recall(t), f1(t));
        }
        out.printf(Locale.ROOT, "articles n=%d withPrimary=%d%n", articles, withPrimary);
    }

    /** The summary line, last in the output. */
    String summary() {
        return String.format(Locale.ROOT, "tracks macroF1=%.3f primaryAcc=%.3f talksAcc=%.3f",
                macroF1(), primaryAccuracy(), talksAccuracy());
    }

    private static double ratio(final int part, final int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
