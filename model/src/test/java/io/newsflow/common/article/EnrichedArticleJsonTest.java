package io.newsflow.common.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.json.Json;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON of {@code news.articles.enriched} and {@code news.articles.current} is a contract: these are the
 * exact bytes written before {@link ArticleVersion} existed, and the version an article carries is read
 * from its own fields, never written as one more.
 */
class EnrichedArticleJsonTest {

    /** Every field set. */
    private static final String FULL = "{\"id\":\"story-7\",\"url\":\"https://example.org/story-7\",\"title\":\"Olena visits the"
            + " harbour\",\"body\":\"The mayor of Harbour met Olena on Tuesday.\",\"source\":\"example"
            + "\",\"publishedAt\":\"2026-03-02T09:00:00Z\",\"language\":\"en\",\"revision\":17670000001"
            + "23,\"ingestedAt\":\"2026-03-02T09:00:01Z\",\"people\":[{\"name\":\"Olena\",\"role\":\"ma"
            + "yor\",\"mentions\":[{\"field\":\"title\",\"start\":0,\"end\":5,\"text\":\"Olena\"}]}],\""
            + "organizations\":[{\"name\":\"Harbour Council\",\"mentions\":[{\"field\":\"body\",\"start"
            + "\":13,\"end\":20,\"text\":\"Harbour\"}]}],\"locations\":[{\"name\":\"Harbour\",\"mention"
            + "s\":[{\"field\":\"body\",\"start\":13,\"end\":20,\"text\":\"Harbour\"}],\"geonameId\":12"
            + "3,\"countryCode\":\"GB\",\"admin1\":\"ENG\",\"lat\":51.5,\"lon\":-0.12,\"featureClass\":"
            + "\"P\",\"population\":9000},{\"name\":\"Old Creek\",\"mentions\":[],\"geonameId\":null,\""
            + "countryCode\":null,\"admin1\":null,\"lat\":null,\"lon\":null,\"featureClass\":null,\"pop"
            + "ulation\":null}],\"countries\":[\"GB\"],\"tracks\":[{\"track\":\"political\",\"score\":0"
            + ".75,\"evidence\":[{\"field\":\"body\",\"start\":0,\"end\":42,\"sentence\":\"The mayor of"
            + " Harbour met Olena on Tuesday.\",\"cues\":[\"mayor\"]}]}],\"primaryTrack\":\"political\""
            + ",\"talks\":true,\"enrichment\":{\"version\":9,\"enrichedAt\":\"2026-03-02T09:00:02Z\",\""
            + "tookMicros\":1234,\"limits\":[\"mentionsPerEntity\"]}}";

    /** No tags and no enrichment. */
    private static final String BARE = "{\"id\":\"story-8\",\"url\":null,\"title\":\"Title only\",\"body\":null,\"source\":null,"
            + "\"publishedAt\":null,\"language\":null,\"revision\":5,\"ingestedAt\":null,\"people\":[],"
            + "\"organizations\":[],\"locations\":[],\"countries\":[],\"tracks\":[],\"primaryTrack\":nu"
            + "ll,\"talks\":false,\"enrichment\":null}";

    @Test
    void writesTheSameJsonAsBefore() {
        assertEquals(FULL, Json.write(full()));
        assertEquals(BARE, Json.write(bare()));
        assertFalse(Json.write(full()).contains("enrichmentVersion"));
    }

    @Test
    void readsBackToAnEqualArticleAndWritesTheSameBytesAgain() throws IOException {
        for (EnrichedArticle article : List.of(full(), bare())) {
            final String json = Json.write(article);
            final EnrichedArticle read = Json.read(json, EnrichedArticle.class);
            assertEquals(article, read);
            assertEquals(json, Json.write(read));
        }
    }

    @Test
    void theVersionIsTheRevisionAndTheEnrichmentVersionZeroWhenNotEnriched() throws IOException {
        assertEquals(new ArticleVersion(1_767_000_000_123L, 9), Json.read(FULL, EnrichedArticle.class).version());
        assertEquals(new ArticleVersion(5, 0), Json.read(BARE, EnrichedArticle.class).version());
    }

    @Test
    void aSkippedArticleSaysWhyInItsEnrichmentAndReadsBack() throws IOException {
        final EnrichedArticle skipped = new EnrichedArticle("story-9", null, "Le port rouvre", "Le maire a parlé.",
                null, null, "fr", 6L, null, null, null, null, null, null, null, false,
                new Enrichment(9, "2026-03-02T09:00:02Z", 80, List.of(), "language:fr"));
        final String json = Json.write(skipped);
        assertTrue(json.endsWith(",\"enrichment\":{\"version\":9,\"enrichedAt\":\"2026-03-02T09:00:02Z\","
                + "\"tookMicros\":80,\"skipped\":\"language:fr\"}}"), json);
        assertTrue(json.contains("\"language\":\"fr\""), json);
        assertEquals(skipped, Json.read(json, EnrichedArticle.class));
        assertNull(Json.read(FULL, EnrichedArticle.class).enrichment().skipped(), "absent before this field existed");
    }

    @Test
    void aStoryIsWrittenLastAndReadBack() throws IOException {
        final EnrichedArticle copy = full().withStory(new Story("story-7", "story-6", 0.93));
        final String json = Json.write(copy);
        assertEquals(FULL.substring(0, FULL.length() - 1)
                + ",\"story\":{\"id\":\"story-7\",\"duplicateOf\":\"story-6\",\"similarity\":0.93}}", json);
        assertEquals(copy, Json.read(json, EnrichedArticle.class));
        assertEquals(Story.of("s1"), Json.read(Json.write(bare().withStory(Story.of("s1"))), EnrichedArticle.class).story());
        assertEquals(null, Json.read(BARE, EnrichedArticle.class).story());
    }

    private static EnrichedArticle full() {
        final Mention title = new Mention(Mention.TITLE, 0, 5, "Olena");
        final Mention body = new Mention(Mention.BODY, 13, 20, "Harbour");
        return new EnrichedArticle("story-7", "https://example.org/story-7", "Olena visits the harbour",
                "The mayor of Harbour met Olena on Tuesday.", "example", "2026-03-02T09:00:00Z", "en",
                1_767_000_000_123L, "2026-03-02T09:00:01Z",
                List.of(new Entity("Olena", "mayor", List.of(title))),
                List.of(new Entity("Harbour Council", List.of(body))),
                List.of(new Place("Harbour", List.of(body), 123L, "GB", "ENG", 51.5, -0.12, "P", 9_000L),
                        Place.unresolved("Old Creek", List.of())),
                List.of("GB"),
                List.of(new TrackTag(TrackTag.POLITICAL, 0.75,
                        List.of(new TrackEvidence(Mention.BODY, 0, 42, "The mayor of Harbour met Olena on Tuesday.",
                                List.of("mayor"))))),
                TrackTag.POLITICAL, true,
                new Enrichment(9, "2026-03-02T09:00:02Z", 1234, List.of(Enrichment.MENTIONS_PER_ENTITY)));
    }

    private static EnrichedArticle bare() {
        return new EnrichedArticle("story-8", null, "Title only", null, null, null, null, 5L, null,
                null, null, null, null, null, null, false, null);
    }
}
