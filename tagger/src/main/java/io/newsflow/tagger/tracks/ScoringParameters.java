package io.newsflow.tagger.tracks;

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
 * @param sentenceMin a sentence develops a track when its cues of that track reach this
 * @param minSentences a track is carried only when at least this many sentences develop it
 * @param quoteDamping multiplier of a cue inside a quotation of at least {@code quoteMinTokens} words
 * @param quoteMinTokens the fewest words a quotation needs to be reported speech rather than a term
 * @param nameDamping multiplier of a cue that is part of a name or a title before one ("President Smith")
 * @param roleDamping multiplier of a role cue ("spokesman", "governor"), which never develops a track alone
 * @param secondaryMinShare a track other than the strongest needs at least this share of its strength
 * @param secondaryStrongSentence ... or one sentence whose content cues of the track weigh this much
 * @param primaryLedeSentences how many first body sentences vote with the lede weight for the primary track
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
        double talksThreshold,
        double sentenceMin,
        double minSentences,
        double quoteDamping,
        double quoteMinTokens,
        double nameDamping,
        double roleDamping,
        double secondaryMinShare,
        double secondaryStrongSentence,
        double primaryLedeSentences) {

    static ScoringParameters load() {
        return from(read());
    }

    static Properties read() {
        final Properties p = new Properties();
        try (InputStream in = ScoringParameters.class.getResourceAsStream("scoring.properties")) {
            if (in == null) {
                throw new IllegalStateException("resource missing: scoring.properties");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scoring.properties", e);
        }
        return p;
    }

    /** The parameters written in {@code p}, in the keys and format of {@code scoring.properties}. */
    static ScoringParameters from(final Properties p) {
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
                number(p, "talks.threshold"),
                number(p, "sentence.min"),
                number(p, "track.minSentences"),
                number(p, "quote.damping"),
                number(p, "quote.minTokens"),
                number(p, "name.damping"),
                number(p, "role.damping"),
                number(p, "secondary.minShare"),
                number(p, "secondary.strongSentence"),
                number(p, "primary.ledeSentences"));
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
