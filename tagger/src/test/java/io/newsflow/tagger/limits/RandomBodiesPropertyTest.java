package io.newsflow.tagger.limits;

import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.RawArticle;
import io.newsflow.tagger.Enricher;
import io.newsflow.tagger.Enrichers;
import io.newsflow.tagger.lang.LanguagePolicy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random bodies up to the size limit, made of the pieces news and floods are made of, each tagged by
 * the production enricher within its budget, with offsets that hold and the caps kept. Each body comes
 * from a fixed seed, so a failure names the seed that reproduces it.
 */
class RandomBodiesPropertyTest {

    // Tagged as English whatever they read as (many of these bodies read as Indonesian or Swedish and would
    // be skipped): the taggers' cost on them is what is tested.
    private static final Enricher ENRICHER = Enrichers.standard().withLanguages(LanguagePolicy.taggingEverything())
            .withBudget(TaggingLimits.DEFAULT_BUDGET);

    private static final List<String> PIECES = List.of("Geneva", "Stephanie Williams", "U.N.", "UN", "LNA",
            "Tripoli", "Haftar", "the", "talks", "in", "of", "said", "Mr.", "Inc", "(", ")", ",", ".", "!", "?", "\"",
            "'", "-", "--", "&amp;", "&#x41;", "<p>", "</p>", "<script>", "Женева", "جنيف", "日内瓦", "\uD83D\uDE00",
            "\u0000", "\u200B", "\t", "\r", "1996", "3-1", "NEW YORK", "Washington, D.C.", "Paris, Texas",
            "https://example.org/a/very/long/path/" + "x".repeat(80));
    private static final List<String> SEPARATORS = List.of(" ", " ", " ", "", "\n", "\n\n", ". ");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void anyBodyIsTaggedWithinTheBudgetAndTheCaps(final long seed) {
        final String body = body(new Random(seed));
        final RawArticle raw = new RawArticle("random", null, "Random", body, null, null, null, null, null);
        final EnrichedArticle tagged = ENRICHER.enrich("random", raw, 1L);
        WorstCaseTaggingTest.assertWithinCaps(raw, tagged);
    }

    /** 1 to 60,000 pieces with their separators, cut at the size limit in UTF-8 bytes. */
    static String body(final Random random) {
        final int n = 1 + random.nextInt(60_000);
        final StringBuilder b = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < n; i++) {
            final String next = piece(random) + SEPARATORS.get(random.nextInt(SEPARATORS.size()));
            final int size = next.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > ArticleValidator.DEFAULT_MAX_BODY_BYTES) {
                break;
            }
            b.append(next);
            bytes += size;
        }
        return b.toString();
    }

    /** A piece of news, a short string of any characters, or a run of up to 200 letters. */
    private static String piece(final Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> PIECES.get(random.nextInt(PIECES.size()));
            case 1 -> anyChars(random, 1 + random.nextInt(12));
            default -> letters(random, 1 + random.nextInt(200));
        };
    }

    private static String anyChars(final Random random, final int length) {
        final StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return b.toString();
    }

    private static String letters(final Random random, final int length) {
        final StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            final int c = random.nextInt(52);
            b.append((char) (c < 26 ? 'A' + c : 'a' + c - 26));
        }
        return b.toString();
    }
}
