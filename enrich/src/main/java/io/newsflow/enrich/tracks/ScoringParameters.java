package io.newsflow.enrich.tracks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The numbers of the scoring model, read from {@code scoring.properties} (which documents each one).
 *
 * @param titleWeight multiplier of a title sentence
 * @param ledeWeight multiplier of the first body sentence
 * @param sentenceCap most one sentence can add to a track before its multiplier
 * @param lengthOffset added to the number of body sentences before normalising
 * @param lengthExponent the evidence sum is divided by (sentences + offset) to this power
 * @param scale the normalised strength that scores 0.5 (score = strength / (strength + scale))
 * @param threshold a track is carried when its score is at least this
 * @param evidenceMin a sentence counts as evidence when it adds at least this (before its multiplier)
 * @param damping multiplier of a cue in a domain context where it usually means something else
 * @param contexts names of the domain contexts, each read from {@code context-<name>.lex}
 * @param contextArticleMin per context: the weighted hits that put the whole article in that context
 * @param trackNameWeight weight of a phrase naming a track of talks ("the economic track")
 * @param talksThreshold talk-cue weight an article needs for {@code talks}
 */
record ScoringParameters(
        double titleWeight,
        double ledeWeight,
        double sentenceCap,
        double lengthOffset,
        double lengthExponent,
        double scale,
        double threshold,
        double evidenceMin,
        double damping,
        List<String> contexts,
        double[] contextArticleMin,
        double trackNameWeight,
        double talksThreshold) {

    static ScoringParameters load() {
        final Properties p = new Properties();
        try (InputStream in = ScoringParameters.class.getResourceAsStream("scoring.properties")) {
            if (in == null) {
                throw new IllegalStateException("resource missing: scoring.properties");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scoring.properties", e);
        }
        final List<String> contexts = Arrays.stream(required(p, "contexts").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        final double[] articleMin = new double[contexts.size()];
        for (int c = 0; c < contexts.size(); c++) {
            articleMin[c] = number(p, "context." + contexts.get(c) + ".articleMin");
        }
        return new ScoringParameters(
                number(p, "title.weight"),
                number(p, "lede.weight"),
                number(p, "sentence.cap"),
                number(p, "length.offset"),
                number(p, "length.exponent"),
                number(p, "score.scale"),
                number(p, "track.threshold"),
                number(p, "evidence.min"),
                number(p, "context.damping"),
                contexts,
                articleMin,
                number(p, "trackName.weight"),
                number(p, "talks.threshold"));
    }

    private static String required(final Properties p, final String key) {
        final String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("scoring.properties: missing " + key);
        }
        return value.strip();
    }

    private static double number(final Properties p, final String key) {
        final String value = required(p, key);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("scoring.properties: " + key + " is not a number: " + value, e);
        }
    }
}
