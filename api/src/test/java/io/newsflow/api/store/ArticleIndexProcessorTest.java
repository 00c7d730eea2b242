package io.newsflow.api.store;

import static io.newsflow.api.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.api.StoreFixture;
import io.newsflow.api.query.ArticleFilter;
import io.newsflow.api.query.ArticleQuery;
import io.newsflow.api.query.CountQuery;
import io.newsflow.api.query.Page;
import io.newsflow.api.query.Params;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexProcessorTest {

    @TempDir
    Path state;
    private StoreFixture stores;

    @BeforeEach
    void start() {
        stores = new StoreFixture(state);
    }

    @AfterEach
    void stop() {
        stores.close();
    }

    private static EnrichedArticle talksInGeneva(final long revision, final String country) {
        return article("geneva-1").revision(revision).title("Ceasefire talks resume in Geneva")
                .body("Military delegations met in Geneva under the mediation of the envoy.")
                .person("Stephanie Williams").org("United Nations").place("Geneva", 2660646, "CH", 46.2, 6.14)
                .country(country).track("military").talks(true).story("story-7").build();
    }

    private List<String> ids(final String... params) {
        final Map<String, String> p = new java.util.HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            p.put(params[i], params[i + 1]);
        }
        final Page page = ArticleQuery.run(stores.partition(), ArticleFilter.from(new Params(p::get)), null, 50);
        return page.items().stream().map(i -> i.position().id()).toList();
    }

    @Test
    void anArticleIsFoundUnderEveryFacetItCarries() {
        stores.put(talksInGeneva(1, "LY"));
        final List<String> one = List.of("geneva-1");
        assertEquals(one, ids());
        assertEquals(one, ids("person", "stephanie WILLIAMS"));
        assertEquals(one, ids("org", "united nations"));
        assertEquals(one, ids("place", "2660646"));
        assertEquals(one, ids("country", "ly"));
        assertEquals(one, ids("track", "military"));
        assertEquals(one, ids("talks", "true"));
        assertEquals(one, ids("story", "story-7"));
        assertEquals(one, ids("q", "CEASEFIRE geneva"));
        assertEquals(one, ids("country", "LY", "track", "military", "q", "envoy"));
        assertEquals(List.of(), ids("talks", "false"));
        assertEquals(List.of(), ids("q", "ceasefire tunis"));
        assertEquals(List.of(), ids("country", "LY", "track", "economic"));
        assertEquals(List.of(), ids("person", "Stephanie"));
        assertEquals(2, count(Facet.PERSON, "stephanie williams") + count(Facet.COUNTRY, "LY"));
        assertEquals("Stephanie Williams", CountQuery.run(stores.partition(), Facet.PERSON, "steph", null).get(0)
                .display());
    }

    @Test
    void aRevisionReplacesWhatThePreviousOneWasIndexedUnder() {
        stores.put(talksInGeneva(1, "LY"));
        final int keysBefore = indexKeys().size();
        stores.put(talksInGeneva(2, "TN"));
        assertEquals(List.of(), ids("country", "LY"));
        assertEquals(List.of("geneva-1"), ids("country", "TN"));
        assertEquals(0, count(Facet.COUNTRY, "LY"));
        assertEquals(1, count(Facet.COUNTRY, "TN"));
        assertEquals(1, count(Facet.PERSON, "stephanie williams"));
        assertEquals(keysBefore, indexKeys().size());
        final String stored = new String(stores.partition().articles().get("geneva-1"), StandardCharsets.UTF_8);
        assertTrue(stored.contains("\"revision\":2"), stored);
    }

    @Test
    void aTombstoneRemovesTheArticleItsIndexEntriesAndCounts() {
        stores.put(talksInGeneva(1, "LY"), article("other").country("LY").build());
        stores.retract("geneva-1");
        assertNull(stores.partition().articles().get("geneva-1"));
        assertNull(stores.partition().keys().get("geneva-1"));
        assertTrue(indexKeys().stream().noneMatch(k -> k.endsWith("\u0000geneva-1")), indexKeys().toString());
        assertEquals(1, count(Facet.COUNTRY, "LY"));
        assertEquals(0, count(Facet.PERSON, "stephanie williams"));
        assertEquals(List.of("other"), ids());
        stores.retract("other");
        assertEquals(List.of(), indexKeys());
        try (KeyValueIterator<org.apache.kafka.common.utils.Bytes, byte[]> it = stores.partition().counts().all()) {
            assertTrue(!it.hasNext(), "no count left");
        }
    }

    @Test
    void listsAreNewestFirstAndTheCursorPagesThroughThemAll() {
        for (int day = 1; day <= 7; day++) {
            stores.put(article("a" + day).at("2021-03-0" + day + "T08:00:00Z").country("LY").build());
        }
        stores.put(article("undated").at(null).country("LY").build());
        final ArticleFilter filter = ArticleFilter.from(new Params(Map.of("country", "LY")::get));
        final List<String> seen = new ArrayList<>();
        Page page = ArticleQuery.run(stores.partition(), filter, null, 3);
        seen.addAll(page.items().stream().map(i -> i.position().id()).toList());
        while (page.scannedTo() != null) {
            page = ArticleQuery.run(stores.partition(), filter, Position.fromCursor(page.scannedTo().cursor()), 3);
            seen.addAll(page.items().stream().map(i -> i.position().id()).toList());
        }
        // "undated" has no publishedAt: its ingestedAt (2021-03-01T12:00) places it between a1 and a2.
        assertEquals(List.of("a7", "a6", "a5", "a4", "a3", "a2", "undated", "a1"), seen);
    }

    @Test
    void sinceAndUntilBoundTheArticleTime() {
        for (int day = 1; day <= 5; day++) {
            stores.put(article("d" + day).at("2021-03-0" + day + "T08:00:00Z").track("political").build());
        }
        assertEquals(List.of("d4", "d3", "d2"), ids("since", "2021-03-02T08:00:00Z", "until", "2021-03-04T08:00:00Z"));
        assertEquals(List.of("d4", "d3"), ids("track", "political", "since", "2021-03-03T00:00:00Z",
                "until", "2021-03-04T23:00:00Z"));
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLettersAndTheNextIsIndexed() {
        stores.pipeRaw("broken", "{not json".getBytes(StandardCharsets.UTF_8));
        stores.put(article("fine").build());
        assertEquals(List.of("fine"), ids());
        final var dlq = stores.driver().createOutputTopic(Topics.DLQ.name(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        assertEquals("broken", new String(dlq.readKeyValue().key, StandardCharsets.UTF_8));
    }

    @Test
    void storedJsonIsTheTopicsJsonUnchanged() {
        final EnrichedArticle a = talksInGeneva(1, "LY");
        stores.put(a);
        assertEquals(Json.write(a), new String(stores.partition().articles().get(a.id()), StandardCharsets.UTF_8));
    }

    private long count(final Facet facet, final String value) {
        return Counts.count(stores.partition().counts().get(IndexKeys.countKey(facet, value)));
    }

    private List<String> indexKeys() {
        final List<String> keys = new ArrayList<>();
        try (KeyValueIterator<org.apache.kafka.common.utils.Bytes, byte[]> it = stores.partition().index().all()) {
            while (it.hasNext()) {
                final KeyValue<org.apache.kafka.common.utils.Bytes, byte[]> kv = it.next();
                keys.add(new String(kv.key.get(), StandardCharsets.UTF_8));
            }
        }
        return keys;
    }
}
