package io.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.article.StoryView;
import io.newsflow.common.config.Settings;
import io.newsflow.common.json.Json;
import io.newsflow.common.topic.Topic;
import io.newsflow.common.topic.Topics;
import io.newsflow.tagger.Enricher;
import io.newsflow.tagger.Enrichers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story stage in enrich's production topology: articles with their story, and news.stories.current. */
class EnrichTopologyStoriesTest {

    /** Views of changed stories are written at this interval of wall-clock time, the default. */
    private static final Duration VIEW_INTERVAL = Duration.ofSeconds(1);

    /** A wire report written for this test, and a syndicated copy: new headline, dateline, last third cut. */
    static final String BODY = "Mayor Ottilie Brandvold of Trondheim said on Tuesday that the city would close the"
            + " old Nidelva footbridge for six weeks after engineers found corroded cables under its eastern span."
            + " The bridge carries some nine thousand cyclists and walkers a day between the railway station and"
            + " the cathedral quarter, and a temporary ferry will run every ten minutes while it is shut. Brandvold"
            + " told reporters that the inspection had been ordered after residents complained of a swaying deck"
            + " during the autumn storms. The repairs are expected to cost about forty million crowns, to be"
            + " shared between the municipality and the Norwegian Public Roads Administration. Shopkeepers on the"
            + " eastern bank said they feared losing customers during the Christmas season, and the chamber of"
            + " commerce asked the council to waive parking fees in the district until the bridge reopens. The"
            + " engineers said the cables had been replaced last in 1994 and that salt spread on the deck in"
            + " winter had speeded the corrosion.";

    private static Enricher production;

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, StoryView> stories;

    @BeforeAll
    static void loadEnricher() {
        production = Enrichers.standard();
    }

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    /** The copy: a new headline, a dateline and an outlet's footer, its last third cut. */
    static String copyOf(final String body) {
        final String kept = body.substring(0, body.indexOf(" Shopkeepers on the"));
        return "TRONDHEIM (Fjord Wire) - " + kept + " Reporting by Fjord Wire; editing by the night desk.";
    }

    @Test
    void aCopyJoinsTheStoryOfItsOriginalAndTheStoryShowsBothUntilBothAreRetracted() {
        start(Map.of());
        raw.pipeInput("bridge-1", Json.writeBytes(article("bridge-1", "Trondheim to shut footbridge over corroded cables",
                BODY, "2026-03-02T08:00:00Z")));
        driver.advanceWallClockTime(VIEW_INTERVAL);
        raw.pipeInput("bridge-2", Json.writeBytes(article("bridge-2", "Footbridge closure: ferry to replace crossing",
                copyOf(BODY), "2026-03-02T11:30:00Z")));
        driver.advanceWallClockTime(VIEW_INTERVAL);

        final List<KeyValue<String, EnrichedArticle>> out = enriched.readKeyValuesToList();
        assertEquals(List.of("bridge-1", "bridge-2"), out.stream().map(kv -> kv.key).toList());
        assertEquals("bridge-1", out.get(0).value.story().id());
        assertNull(out.get(0).value.story().duplicateOf());
        assertEquals("bridge-1", out.get(1).value.story().id());
        assertEquals("bridge-1", out.get(1).value.story().duplicateOf());
        assertTrue(out.get(1).value.story().similarity() >= 0.6, out.get(1).value.story().toString());
        assertTrue(output(Topics.TRACK_MILITARY).isEmpty(), "a bridge repair is on no track");

        final List<KeyValue<String, StoryView>> views = stories.readKeyValuesToList();
        assertEquals(List.of("bridge-1", "bridge-1"), views.stream().map(kv -> kv.key).toList());
        final StoryView both = views.get(1).value;
        assertEquals(List.of("bridge-1", "bridge-2"), both.articles().stream().map(StoryView.Article::id).toList());
        assertEquals("bridge-1", both.articles().get(1).duplicateOf());
        assertEquals("Trondheim to shut footbridge over corroded cables", both.title());

        raw.pipeInput("bridge-1", (byte[]) null);
        driver.advanceWallClockTime(VIEW_INTERVAL);
        raw.pipeInput("bridge-2", (byte[]) null);
        driver.advanceWallClockTime(VIEW_INTERVAL);
        final List<KeyValue<String, EnrichedArticle>> retracted = enriched.readKeyValuesToList();
        assertEquals(List.of("bridge-1", "bridge-2"), retracted.stream().map(kv -> kv.key).toList());
        assertNull(retracted.get(0).value);
        assertNull(retracted.get(1).value);
        final List<KeyValue<String, StoryView>> after = stories.readKeyValuesToList();
        assertEquals(2, after.size());
        assertEquals(List.of("bridge-2"), after.get(0).value.articles().stream().map(StoryView.Article::id).toList());
        assertEquals("bridge-1", after.get(1).key);
        assertNull(after.get(1).value, "the story left with no article is a tombstone");
    }

    @Test
    void withStoriesSwitchedOffArticlesCarryNoStoryAndNoStoryIsWritten() {
        start(Map.of(EnrichConfig.STORIES_ENABLED, "false"));
        raw.pipeInput("bridge-1", Json.writeBytes(article("bridge-1", "Trondheim to shut footbridge", BODY,
                "2026-03-02T08:00:00Z")));
        final EnrichedArticle article = enriched.readValue();
        assertNotNull(article);
        assertNull(article.story());
        assertTrue(stories.isEmpty());
    }

    private void start(final Map<String, String> settings) {
        final Map<String, String> values = new HashMap<>(settings);
        values.put(EnrichConfig.STATE_DIR, stateDir.toString());
        final EnrichConfig cfg = EnrichConfig.from(Settings.of(values));
        driver = new TopologyTestDriver(EnrichTopology.buildTopology(cfg, production), EnrichTopology.streamsConfig(cfg));
        raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(), new ByteArraySerializer());
        enriched = output(Topics.ENRICHED);
        stories = driver.createOutputTopic(Topics.STORIES.name(), Topics.STORIES.keySerde().deserializer(),
                Topics.STORIES.valueSerde().deserializer());
    }

    private TestOutputTopic<String, EnrichedArticle> output(final Topic<String, EnrichedArticle> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    private static RawArticle article(final String id, final String title, final String body, final String date) {
        return new RawArticle(id, null, title, body, "Newsflow Wire", date, "en", null, null);
    }
}
