package io.newsflow.tagger.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.Place;
import io.newsflow.common.article.RawArticle;
import io.newsflow.tagger.Enricher;
import io.newsflow.tagger.Enrichers;
import io.newsflow.tagger.lang.LanguagePolicy;
import io.newsflow.tagger.eval.WorstCaseBodies;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The worst-case suite: every costly body a producer can send, at the intake's size limit, is tagged by
 * the production enricher within the production budget (the budget, in CPU time of the tagging thread,
 * throws otherwise), with offsets that hold and the caps kept. How long each takes is the
 * {@code worst-case} command's to measure.
 */
class WorstCaseTaggingTest {

    // Tagged as English whatever they read as (many of these bodies read as Indonesian or Swedish and would
    // be skipped): the taggers' cost on them is what is tested.
    private static final Enricher ENRICHER = Enrichers.standard().withLanguages(LanguagePolicy.taggingEverything())
            .withBudget(TaggingLimits.DEFAULT_BUDGET);

    /** Tags every body small first, as a running service has long compiled the code they take. */
    @BeforeAll
    static void warmUp() {
        for (WorstCaseBodies kind : WorstCaseBodies.values()) {
            final String body = kind.body(64 * 1024, 3);
            ENRICHER.enrich("warm-up", new RawArticle("warm-up", null, "Warm up", body, null, null, null, null, null), 1L);
        }
    }

    @ParameterizedTest
    @EnumSource(WorstCaseBodies.class)
    void aBodyAtTheSizeLimitIsTaggedWithinTheBudget(final WorstCaseBodies kind) {
        final String body = kind.body(ArticleValidator.DEFAULT_MAX_BODY_BYTES, 7);
        assertTrue(body.getBytes(StandardCharsets.UTF_8).length <= ArticleValidator.DEFAULT_MAX_BODY_BYTES);
        assertTrue(body.length() > ArticleValidator.DEFAULT_MAX_BODY_BYTES / 8, "the body fills the limit");

        final RawArticle raw = new RawArticle("worst", null, "Worst case", body, null, null, null, null, null);
        final EnrichedArticle tagged = ENRICHER.enrich("worst", raw, 1L);

        assertWithinCaps(raw, tagged);
    }

    /** Every mention is where it says, and no entity list is longer than its cap. */
    static void assertWithinCaps(final RawArticle raw, final EnrichedArticle tagged) {
        for (List<Entity> entities : List.of(tagged.people(), tagged.organizations())) {
            assertTrue(entities.size() <= TaggingLimits.MAX_ENTITIES_PER_TYPE, "entities per type");
            for (Entity e : entities) {
                assertMentions(raw, e.name(), e.mentions());
            }
        }
        for (Place p : tagged.locations()) {
            assertMentions(raw, p.name(), p.mentions());
        }
        final int mentions = Stream.of(tagged.people(), tagged.organizations()).flatMap(List::stream)
                .mapToInt(e -> e.mentions().size()).sum()
                + tagged.locations().stream().mapToInt(p -> p.mentions().size()).sum();
        assertTrue(mentions <= TaggingLimits.MAX_MENTIONS_PER_ARTICLE, "mentions per article: " + mentions);
        assertTrue(tagged.locations().size() <= TaggingLimits.MAX_ENTITIES_PER_TYPE, "places per article");
        assertTrue(Stream.of(tagged.people(), tagged.organizations())
                .allMatch(list -> list.size() < TaggingLimits.MAX_ENTITIES_PER_TYPE)
                || tagged.enrichment().limits().contains("entitiesPerArticle"),
                "a full entity list says the cap was reached");
    }

    private static void assertMentions(final RawArticle raw, final String name, final List<Mention> mentions) {
        assertTrue(mentions.size() <= TaggingLimits.MAX_MENTIONS_PER_ENTITY, "mentions of " + name);
        for (Mention m : mentions) {
            final String field = Mention.TITLE.equals(m.field()) ? raw.titleText() : raw.bodyText();
            assertEquals(field.substring(m.start(), m.end()), m.text(), "offsets of " + name);
        }
    }
}
