package io.newsflow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Enrichment;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.Place;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.article.Story;
import io.newsflow.common.article.StoryView;
import io.newsflow.common.article.TrackEvidence;
import io.newsflow.common.article.TrackTag;
import io.newsflow.common.feed.FeedState;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the one mapper writes from the payload records passes the document's schemas, closed to unlisted
 * properties (so the schemas list every property written); what it never writes does not.
 */
class PayloadSchemasTest {

    private static ContractSchemas strict;
    private static ContractSchemas open;

    @BeforeAll
    static void load() throws IOException {
        final JsonNode doc = AsyncApiDocumentTest.committed();
        strict = new ContractSchemas(doc, true);
        open = new ContractSchemas(doc, false);
    }

    static EnrichedArticle tagged(final Story story, final List<String> limits, final String skipped) {
        final String body = "Ministers of Alderia met in Port Emmer on Tuesday.";
        final Mention place = new Mention(Mention.BODY, 29, 39, "Port Emmer");
        return new EnrichedArticle("contract-1", null, "Ministers meet", body, "contract-test", "2024-05-02",
                "en", 1714600000000L, "2024-05-02T10:00:00Z",
                List.of(new Entity("Ada Quell", "Minister", List.of(new Mention(Mention.TITLE, 0, 9, "Ministers")))),
                List.of(new Entity("Alderia Council", List.of())),
                List.of(new Place("Port Emmer", List.of(place), 123L, "AL", "01", 1.5, -2.25, "P", 5000L),
                        Place.unresolved("Emmer Creek", List.of())),
                List.of("AL"),
                List.of(new TrackTag(TrackTag.POLITICAL, 0.8, List.of(new TrackEvidence(Mention.BODY, 0, 50, body,
                        List.of("met"))))),
                TrackTag.POLITICAL, true, new Enrichment(3, "2024-05-02T10:00:01Z", 1234, limits, skipped), story);
    }

    @Test
    void aRawArticleWithOnlyATitlePasses() {
        assertValid("rawArticle", new RawArticle(null, null, "Only a title", null, null, null, null, null, null));
    }

    @Test
    void aFullRawArticlePasses() {
        assertValid("rawArticle", new RawArticle("contract-raw", "https://example.org/a", "Title", "Body",
                "contract-test", "2024-05-02T09:00:00Z", "en", 7L, "2024-05-02T10:00:00Z"));
    }

    @Test
    void enrichedArticlesPassWithAndWithoutTheirOptionalParts() {
        assertValid("enrichedArticle", tagged(null, List.of(), null));
        assertValid("enrichedArticle", tagged(new Story("contract-0", "contract-0", 0.93),
                List.of(Enrichment.MENTIONS_PER_ENTITY), "language:fr"));
        assertValid("enrichedArticle", new EnrichedArticle("contract-2", null, null, "Body only", null, null, "en",
                1L, "2024-05-02T10:00:00Z", null, null, null, null, null, null, false, null));
    }

    @Test
    void feedStatesAndStoryViewsPass() {
        assertValid("feedState", FeedState.empty("https://example.org/feed"));
        assertValid("feedState", new FeedState("https://example.org/feed", "\"e1\"", "Thu, 02 May 2024 10:00:00 GMT",
                List.of(new FeedState.Seen("url-1", "h1", 1714600000000L))));
        assertValid("storyView", new StoryView("contract-1", "Ministers meet", "2024-05-02T09:00:00Z",
                "2024-05-03T09:00:00Z", List.of(new StoryView.Article("contract-1", "Ministers meet", "contract-test",
                        "2024-05-02", null)), List.of("contract-test"), List.of("Ada Quell"), List.of(),
                List.of("Port Emmer"), List.of("AL"), List.of(TrackTag.POLITICAL), true));
    }

    @Test
    void aMissingRequiredPropertyFails() {
        final ObjectNode json = Json.mapper().valueToTree(tagged(null, List.of(), null));
        json.remove("people");
        assertFalse(open.payloadErrors("enrichedArticle", json).isEmpty(), "people is always written");
    }

    @Test
    void nullWhereTheRecordsNeverWriteItFails() {
        final ObjectNode withNullList = Json.mapper().valueToTree(tagged(null, List.of(), null));
        withNullList.putNull("tracks");
        assertFalse(open.payloadErrors("enrichedArticle", withNullList).isEmpty(), "a list is never null");
        final ObjectNode withNullStory = Json.mapper().valueToTree(tagged(null, List.of(), null));
        withNullStory.putNull("story");
        assertFalse(open.payloadErrors("enrichedArticle", withNullStory).isEmpty(), "story is absent, not null");
        final ObjectNode rawWithNull = Json.mapper().valueToTree(new RawArticle(null, null, "T", null, null, null,
                null, null, null));
        rawWithNull.putNull("url");
        assertFalse(open.payloadErrors("rawArticle", rawWithNull).isEmpty(), "a raw article leaves out what it lacks");
    }

    @Test
    void anEmptyLimitsListIsNeverWritten() {
        final ObjectNode json = Json.mapper().valueToTree(tagged(null, List.of(), null));
        ((ObjectNode) json.path("enrichment")).putArray("limits");
        assertFalse(open.payloadErrors("enrichedArticle", json).isEmpty(), "limits is absent when empty");
    }

    @Test
    void aPropertyTheRecordsDoNotWriteFailsOnlyTheStrictCheck() {
        final ObjectNode json = Json.mapper().valueToTree(tagged(null, List.of(), null));
        json.put("addedLater", 1);
        assertTrue(open.payloadErrors("enrichedArticle", json).isEmpty(), "readers are told to ignore new properties");
        assertFalse(strict.payloadErrors("enrichedArticle", json).isEmpty());
    }

    @Test
    void fixedVocabulariesAreEnumerations() {
        final ObjectNode json = Json.mapper().valueToTree(tagged(null, List.of(), null));
        json.put("primaryTrack", "cultural");
        assertFalse(open.payloadErrors("enrichedArticle", json).isEmpty(), "no such track");
        json.putNull("primaryTrack");
        assertTrue(open.payloadErrors("enrichedArticle", json).isEmpty(), "no primary track when none is carried");
        final ObjectNode limits = Json.mapper().valueToTree(tagged(null, List.of("pagesPerArticle"), null));
        assertFalse(open.payloadErrors("enrichedArticle", limits).isEmpty(), "no such cap");
        final ObjectNode mention = Json.mapper().valueToTree(tagged(null, List.of(), null));
        ((ObjectNode) mention.at("/locations/0/mentions/0")).put("field", "summary");
        assertFalse(open.payloadErrors("enrichedArticle", mention).isEmpty(), "mentions are in the title or body");
    }

    @Test
    void aTombstoneIsANullPayload() {
        assertTrue(open.payloadErrors("articleRetraction", Json.mapper().nullNode()).isEmpty());
        assertFalse(open.payloadErrors("articleRetraction", Json.mapper().createObjectNode()).isEmpty());
    }

    @Test
    void keysMatchTheArticleIdRule() {
        final String pointer = "#/components/messages/enrichedArticle/bindings/kafka/key";
        assertTrue(open.errors(pointer, Json.mapper().getNodeFactory().textNode("url-0a1b")).isEmpty());
        assertEquals(1, open.errors(pointer, Json.mapper().getNodeFactory().textNode("no spaces")).size());
    }

    private static void assertValid(final String message, final Object record) {
        final JsonNode json = Json.mapper().valueToTree(record);
        final List<Error> errors = strict.payloadErrors(message, json);
        assertTrue(errors.isEmpty(), message + " " + json + ": " + errors);
    }
}
