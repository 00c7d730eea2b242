package io.newsflow.enrich.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.StoryView;
import io.newsflow.common.json.JsonSerde;
import io.newsflow.common.topic.Topics;
import io.newsflow.tagger.stories.StoryOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryStageTest {

    private static final String BODY = "Harbour officials evacuated two hundred dock workers after a fire broke out in"
            + " a grain warehouse at the port overnight, halting ship traffic for most of the morning while crews"
            + " fought the blaze in a storage shed holding barley awaiting export to overseas buyers and"
            + " inspectors examined a faulty electrical panel near the loading bay of the terminal. The operator"
            + " said it would compensate shipping lines for the delays.";

    private static final Duration INTERVAL = StoryOptions.DEFAULT.viewInterval();

    @TempDir
    Path stateDir;

    private static final JsonSerde<EnrichedArticle> SERDE = JsonSerde.of(EnrichedArticle.class);

    private TopologyTestDriver driver() {
        final StreamsBuilder builder = new StreamsBuilder();
        StoryStage.addTo(builder, builder.stream("tagged", Consumed.with(Serdes.String(), Serdes.ByteArray())),
                StoryOptions.DEFAULT)
                .to("with-stories", Produced.with(Serdes.String(), Serdes.ByteArray()));
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "story-stage-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new TopologyTestDriver(builder.build(), props);
    }

    @Test
    void articlesGetTheirStoryAndStoriesTheirViewUntilTheLastArticleIsRetracted() {
        final JsonSerde<EnrichedArticle> serde = SERDE;
        try (TopologyTestDriver driver = driver()) {
            final TestInputTopic<String, EnrichedArticle> in = driver.createInputTopic("tagged",
                    Serdes.String().serializer(), serde.serializer());
            final TestOutputTopic<String, EnrichedArticle> articles = driver.createOutputTopic("with-stories",
                    Serdes.String().deserializer(), serde.deserializer());
            final TestOutputTopic<String, StoryView> stories = driver.createOutputTopic(Topics.STORIES.name(),
                    Serdes.String().deserializer(), Topics.STORIES.valueSerde().deserializer());

            in.pipeInput("a1", article("a1", "Port fire", BODY, "2026-03-02T08:00:00Z"));
            assertTrue(stories.isEmpty(), "views wait for the interval");
            driver.advanceWallClockTime(INTERVAL);
            in.pipeInput("a2", article("a2", "Blaze at the port", "CITY (Wire) - " + BODY + " Copyright Wire.",
                    "2026-03-02T10:00:00Z"));
            driver.advanceWallClockTime(INTERVAL);
            in.pipeInput("a1", null);
            driver.advanceWallClockTime(INTERVAL);
            in.pipeInput("a2", null);
            driver.advanceWallClockTime(INTERVAL);

            final List<KeyValue<String, EnrichedArticle>> out = articles.readKeyValuesToList();
            assertEquals(List.of("a1", "a2", "a1", "a2"), out.stream().map(kv -> kv.key).toList());
            assertEquals("a1", out.get(0).value.story().id());
            assertEquals("a1", out.get(1).value.story().id());
            assertEquals("a1", out.get(1).value.story().duplicateOf());
            assertNull(out.get(2).value);

            final List<KeyValue<String, StoryView>> views = stories.readKeyValuesToList();
            assertEquals(List.of("a1", "a1", "a1", "a1"), views.stream().map(kv -> kv.key).toList());
            assertEquals(List.of("a1", "a2"), views.get(1).value.articles().stream().map(StoryView.Article::id).toList());
            assertEquals(List.of("a2"), views.get(2).value.articles().stream().map(StoryView.Article::id).toList());
            assertNull(views.get(3).value, "the story left with no article is a tombstone");
        }
    }

    @Test
    void anArticleBridgingTwoStoriesMergesThemTombstonesTheAbsorbedOneAndRepublishesItsArticles() {
        try (TopologyTestDriver driver = driver()) {
            final TestInputTopic<String, EnrichedArticle> in = driver.createInputTopic("tagged",
                    Serdes.String().serializer(), SERDE.serializer());
            final TestOutputTopic<String, EnrichedArticle> articles = driver.createOutputTopic("with-stories",
                    Serdes.String().deserializer(), SERDE.deserializer());
            final TestOutputTopic<String, StoryView> stories = driver.createOutputTopic(Topics.STORIES.name(),
                    Serdes.String().deserializer(), Topics.STORIES.valueSerde().deserializer());
            in.pipeInput("r1", tagged("r1", "Court halts canal dredging", RULING, "2026-03-02T08:00:00Z",
                    List.of("Ambrose Kettleby")));
            in.pipeInput("p1", tagged("p1", "Oyster farmers blockade quay", PROTEST, "2026-03-02T09:00:00Z",
                    List.of("Marit Olsvik")));
            assertEquals(List.of("r1", "p1"), articles.readValuesToList().stream().map(a -> a.story().id()).toList());
            driver.advanceWallClockTime(INTERVAL);
            assertEquals(List.of("p1", "r1"), stories.readKeyValuesToList().stream().map(kv -> kv.key).toList(),
                    "one view per changed story, in the order of their ids");

            in.pipeInput("b1", tagged("b1", "Oyster farmers cheer court halt to canal dredging", BRIDGE,
                    "2026-03-02T12:00:00Z", List.of("Marit Olsvik", "Ambrose Kettleby")));
            driver.advanceWallClockTime(INTERVAL);
            final List<KeyValue<String, EnrichedArticle>> out = articles.readKeyValuesToList();
            assertEquals(List.of("b1", "p1"), out.stream().map(kv -> kv.key).toList(),
                    "the bridging article, then the moved one again");
            assertEquals("r1", out.get(0).value.story().id());
            assertEquals("r1", out.get(1).value.story().id());
            assertEquals(PROTEST, out.get(1).value.body(), "the moved article is republished whole");
            final List<KeyValue<String, StoryView>> views = stories.readKeyValuesToList();
            assertEquals(List.of("p1", "r1"), views.stream().map(kv -> kv.key).toList());
            assertNull(views.get(0).value, "the absorbed story is a tombstone");
            assertEquals(List.of("r1", "p1", "b1"),
                    views.get(1).value.articles().stream().map(StoryView.Article::id).toList());
        }
    }

    private static final String RULING = "Judge Ambrose Kettleby suspended the permit for deepening the Valdora"
            + " shipping canal, ruling that the environmental survey ignored the eel spawning grounds in the"
            + " estuary. Kettleby ordered the port authority to commission a new survey of the estuary before any"
            + " dredger returns.";
    private static final String PROTEST = "Hundreds of oyster farmers led by Marit Olsvik blockaded the quay with"
            + " tractors and trailers, saying silt stirred up by the canal works had smothered their beds. Olsvik"
            + " said the cooperative had lost half its harvest and demanded compensation from the port authority.";
    private static final String BRIDGE = "Oyster farmers led by Marit Olsvik lifted their blockade of the quay"
            + " after Judge Ambrose Kettleby suspended the dredging permit for the Valdora shipping canal. Olsvik"
            + " said the ruling vindicated the farmers, whose beds were smothered by silt, and Kettleby ordered a"
            + " new survey of the eel spawning grounds in the estuary.";

    private static EnrichedArticle tagged(final String id, final String title, final String body, final String date,
            final List<String> people) {
        final List<Entity> persons = people.stream()
                .map(name -> new Entity(name, List.of(new Mention(Mention.BODY, 0, name.length(), name)))).toList();
        return new EnrichedArticle(id, null, title, body, "wire", date, "en", 1L, null, persons, List.of(),
                List.of(), List.of(), List.of(), null, false, null);
    }

    private static EnrichedArticle article(final String id, final String title, final String body, final String date) {
        final String name = "Ilse Marquardt";
        return new EnrichedArticle(id, null, title, body, "wire", date, "en", 1L, null,
                List.of(new Entity(name, List.of(new Mention(Mention.BODY, 0, name.length(), name)))), List.of(),
                List.of(), List.of(), List.of(), null, false, null);
    }
}
