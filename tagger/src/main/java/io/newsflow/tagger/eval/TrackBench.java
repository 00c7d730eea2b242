package io.newsflow.tagger.eval;

import io.newsflow.tagger.tracks.TrackClassifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code evaluate tracks --bench}: the time to classify a 600-word article, on articles cut from the
 * evaluated set's own texts, after a warm-up.
 */
final class TrackBench {

    private static final int BENCH_WORDS = 600;
    private static final int BENCH_ARTICLES = 200;
    private static final int BENCH_WARMUP_ROUNDS = 30;
    private static final int BENCH_ROUNDS = 5;

    private TrackBench() {
    }

    /** Runs the bench; returns its line, {@code bench articles=… words=600 medianMicros=… p90Micros=…}. */
    static String run(final TrackClassifier classifier, final List<TrackEvaluation.Example> examples) {
        final double[] micros = bench(classifier, examples);
        return String.format(Locale.ROOT, "bench articles=%d words=%d medianMicros=%.1f p90Micros=%.1f",
                micros.length / BENCH_ROUNDS, BENCH_WORDS, percentile(micros, 0.5), percentile(micros, 0.9));
    }

    /** Times the classifier on 600-word articles cut from the set's own texts (joined where shorter). */
    private static double[] bench(final TrackClassifier classifier, final List<TrackEvaluation.Example> examples) {
        final List<String[]> articles = benchArticles(examples);
        for (int round = 0; round < BENCH_WARMUP_ROUNDS; round++) {
            for (final String[] article : articles) {
                classifier.classify(article[0], article[1]);
            }
        }
        final double[] micros = new double[articles.size() * BENCH_ROUNDS];
        int k = 0;
        for (int round = 0; round < BENCH_ROUNDS; round++) {
            for (final String[] article : articles) {
                final long start = System.nanoTime();
                classifier.classify(article[0], article[1]);
                micros[k++] = (System.nanoTime() - start) / 1_000.0;
            }
        }
        return micros;
    }

    private static List<String[]> benchArticles(final List<TrackEvaluation.Example> examples) {
        final List<String[]> articles = new ArrayList<>();
        if (examples.stream().allMatch(e -> e.body().isBlank())) {
            return articles;
        }
        int next = 0;
        while (articles.size() < BENCH_ARTICLES && articles.size() < examples.size()) {
            final TrackEvaluation.Example first = examples.get(next % examples.size());
            final StringBuilder body = new StringBuilder();
            int words = 0;
            while (words < BENCH_WORDS) {
                final String text = examples.get(next % examples.size()).body();
                next++;
                final int end = cutAfterWords(text, BENCH_WORDS - words);
                if (body.length() > 0) {
                    body.append("\n\n");
                }
                body.append(text, 0, end);
                words += countWords(text.substring(0, end));
            }
            articles.add(new String[] {first.title(), body.toString()});
        }
        return articles;
    }

    private static int cutAfterWords(final String text, final int words) {
        int seen = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            final boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                if (seen == words) {
                    return i;
                }
                seen++;
            }
            inWord = !space;
        }
        return text.length();
    }

    private static int countWords(final String text) {
        final String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static double percentile(final double[] values, final double p) {
        if (values.length == 0) {
            return 0;
        }
        final double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * (sorted.length - 1) + 0.5))];
    }
}
