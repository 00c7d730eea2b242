package io.newsflow.tagger.limits;

import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.RawArticle;
import io.newsflow.tagger.Enricher;
import io.newsflow.tagger.Enrichers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Random bodies up to the size limit, made of the pieces news and floods are made of, each tagged by
 * the production enricher within its budget, with offsets that hold and the caps kept.
 */
class RandomBodiesPropertyTest {

    private static final Enricher ENRICHER = Enrichers.standard().withBudget(TaggingLimits.DEFAULT_BUDGET);

    private static final List<String> PIECES = List.of("Geneva", "Stephanie Williams", "U.N.", "UN", "LNA",
            "Tripoli", "Haftar", "the", "talks", "in", "of", "said", "Mr.", "Inc", "(", ")", ",", ".", "!", "?", "\"",
            "'", "-", "--", "&amp;", "&#x41;", "<p>", "</p>", "<script>", "Женева", "جنيف", "日内瓦", "\uD83D\uDE00",
            "\u0000", "\u200B", "\t", "\r", "1996", "3-1", "NEW YORK", "Washington, D.C.", "Paris, Texas",
            "https://example.org/a/very/long/path/" + "x".repeat(80));

    @Property(tries = 12, shrinking = ShrinkingMode.OFF)
    void anyBodyIsTaggedWithinTheBudgetAndTheCaps(@ForAll("bodies") final String body) {
        final RawArticle raw = new RawArticle("random", null, "Random", body, null, null, null, null, null);
        final EnrichedArticle tagged = ENRICHER.enrich("random", raw, 1L);
        WorstCaseTaggingTest.assertWithinCaps(raw, tagged);
    }

    @Provide
    Arbitrary<String> bodies() {
        final Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z').ofMinLength(1).ofMaxLength(200));
        final Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", "\n", "\n\n", ". ");
        return Arbitraries.integers().between(1, 60_000).flatMap(n -> piece.list().ofSize(n)
                .flatMap(pieces -> separator.list().ofSize(n).map(seps -> join(pieces, seps))));
    }

    /** The pieces with their separators, cut at the size limit in UTF-8 bytes. */
    private static String join(final List<String> pieces, final List<String> separators) {
        final StringBuilder b = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < pieces.size(); i++) {
            final String next = pieces.get(i) + separators.get(i);
            final int size = next.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > ArticleValidator.DEFAULT_MAX_BODY_BYTES) {
                break;
            }
            b.append(next);
            bytes += size;
        }
        return b.toString();
    }
}
