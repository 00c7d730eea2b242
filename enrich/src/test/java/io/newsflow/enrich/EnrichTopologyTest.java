package io.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.article.TrackTag;
import io.newsflow.common.config.Settings;
import io.newsflow.common.deadletter.DeadLetterHandler;
import io.newsflow.common.json.Json;
import io.newsflow.common.topic.Topic;
import io.newsflow.common.topic.Topics;
import io.newsflow.tagger.Enricher;
import io.newsflow.tagger.Enrichers;
import io.newsflow.tagger.geo.PlaceResolver;
import io.newsflow.tagger.limits.Deadline;
import io.newsflow.tagger.limits.TaggingBudgetExceededException;
import io.newsflow.tagger.ner.CrfEntityTagger;
import io.newsflow.tagger.ner.EntityTagger;
import io.newsflow.tagger.ner.EntityTags;
import io.newsflow.tagger.tracks.TrackClassifier;
import io.newsflow.tagger.tracks.TrackTags;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

    private static final String TITLE = "Envoys meet in Geneva as ceasefire talks resume";
    private static final String BODY = "Stephanie Williams, the acting envoy of the United Nations, said on Monday that "
            + "delegations from Tripoli and Benghazi would meet in Geneva next week. Sergey Lavrov discussed the "
            + "talks with Khalifa Haftar by telephone from Moscow.";

    private static Enricher production;

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<byte[], byte[]> dlq;

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

    @Test
    void enrichesAGoodArticleWithPeopleAndPlacesAtTheirOffsets() {
        start(production);
        raw.pipeInput("libya-talks-1", json(article("libya-talks-1", TITLE, BODY)));

        final TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertEquals("libya-talks-1", out.key());
        final EnrichedArticle article = out.value();
        assertEquals("libya-talks-1", article.id());
        assertTrue(names(article.people()).containsAll(List.of("Stephanie Williams", "Sergey Lavrov", "Khalifa Haftar")),
                names(article.people()).toString());
        assertTrue(article.locations().stream().map(p -> p.name()).toList()
                .containsAll(List.of("Geneva", "Tripoli", "Moscow")), article.locations().toString());
        for (Entity person : article.people()) {
            assertMentionsMatchText(person.mentions());
        }
        article.locations().forEach(place -> assertMentionsMatchText(place.mentions()));
        assertEquals(Enricher.VERSION, article.enrichment().version());
        assertTrue(enriched.isEmpty());
        assertTrue(dlq.isEmpty());
        final List<String> carried = article.tracks().stream().map(t -> t.track()).toList();
        for (Topic<String, EnrichedArticle> track : Topics.TRACKS) {
            final var topic = output(track);
            if (carried.contains(track.name().substring("news.tracks.".length()))) {
                assertEquals("libya-talks-1", topic.readRecord().key(), track.name());
            }
            assertTrue(topic.isEmpty(), "nothing more on " + track.name());
        }
    }

    @Test
    void eachTopicTakesTheJsonTheEnrichedTopicsSerdeWrites() throws Exception {
        start(production);
        raw.pipeInput("libya-talks-2", json(article("libya-talks-2", TITLE, BODY)));

        final byte[] written = driver.createOutputTopic(Topics.ENRICHED.name(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer()).readValue();
        final EnrichedArticle article = Json.read(written, EnrichedArticle.class);
        assertArrayEquals(Topics.ENRICHED.valueSerde().serializer().serialize(Topics.ENRICHED.name(), article), written);
        assertTrue(!article.tracks().isEmpty(), "the seed article carries a track");
        // The track topics take the article as tagged, before the story stage.
        final byte[] tagged = Topics.ENRICHED.valueSerde().serializer().serialize(Topics.ENRICHED.name(),
                article.withStory(null));
        for (TrackTag tag : article.tracks()) {
            final byte[] onTrack = driver.createOutputTopic(Topics.trackTopic(tag.track()).name(),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer()).readValue();
            assertArrayEquals(tagged, onTrack, tag.track());
        }
    }

    @Test
    void aFrenchArticleWithoutALanguageComesOutFrenchWithItsReasonAndNoEnglishTags() {
        start(production);
        final String title = "Le président reçoit à Paris les dirigeants européens";
        final String body = "Emmanuel Macron a reçu mardi soir à l'Élysée les chefs de gouvernement de l'Allemagne et"
                + " de l'Italie pour préparer le sommet de Bruxelles, où les Vingt-Sept doivent adopter le budget de"
                + " l'Union et une nouvelle aide militaire à l'Ukraine.";
        raw.pipeInput("fr-1", json(new RawArticle("fr-1", null, title, body, "Agence Exemple", "2020-10-19", null,
                null, null)));
        raw.pipeInput("de-1", json(new RawArticle("de-1", null, "Streik", "Die Lehrer streiken.", "Beispiel", null,
                "de-DE", null, null)));

        final EnrichedArticle french = enriched.readValue();
        assertEquals("fr-1", french.id());
        assertEquals("fr", french.language());
        assertEquals("language:fr", french.enrichment().skipped());
        assertTrue(french.people().isEmpty() && french.organizations().isEmpty() && french.locations().isEmpty()
                && french.tracks().isEmpty(), "no English tags on a French text: " + french);
        assertEquals(body, french.body());
        final EnrichedArticle german = enriched.readValue();
        assertEquals("de", german.language(), "a declared German article is no longer refused");
        assertEquals("language:de", german.enrichment().skipped());
        assertTrue(enriched.isEmpty());
        assertTrue(dlq.isEmpty());
        for (Topic<String, EnrichedArticle> track : Topics.TRACKS) {
            assertTrue(output(track).isEmpty(), "an untagged article carries no track: " + track.name());
        }
    }

    @Test
    void anEnglishArticleCarriesItsLanguageAndNoSkipReason() {
        start(production);
        raw.pipeInput("en-1", json(new RawArticle("en-1", null, TITLE, BODY, "Newsflow Wire", null, null, null, null)));
        final EnrichedArticle article = enriched.readValue();
        assertEquals("en", article.language());
        assertNull(article.enrichment().skipped());
        assertTrue(names(article.people()).contains("Stephanie Williams"), names(article.people()).toString());
    }

    @Test
    void anArticleGoesToTheTopicOfEachTrackItCarries() {
        final TrackClassifier ceasefireIsMilitaryAndPolitical = (title, body) -> title.contains("ceasefire")
                ? new TrackTags(List.of(new TrackTag(TrackTag.MILITARY, 0.9, List.of()),
                        new TrackTag(TrackTag.POLITICAL, 0.6, List.of())), TrackTag.MILITARY, true)
                : TrackTags.NONE;
        start(new Enricher(CrfEntityTagger.load(), PlaceResolver.unresolved(), ceasefireIsMilitaryAndPolitical,
                Clock.systemUTC()));

        raw.pipeInput("talks-1", json(article("talks-1", TITLE, BODY)));
        raw.pipeInput("budget-1", json(article("budget-1", "Parliament passes the budget", "The vote was close.")));

        assertEquals(List.of("talks-1", "budget-1"), enriched.readKeyValuesToList().stream().map(kv -> kv.key).toList());
        final EnrichedArticle military = output(Topics.TRACK_MILITARY).readValue();
        assertEquals("talks-1", military.id());
        assertEquals(TrackTag.MILITARY, military.primaryTrack());
        assertTrue(military.talks());
        assertEquals("talks-1", output(Topics.TRACK_POLITICAL).readValue().id());
        assertTrue(output(Topics.TRACK_MILITARY).isEmpty());
        assertTrue(output(Topics.TRACK_POLITICAL).isEmpty());
        assertTrue(output(Topics.TRACK_ECONOMIC).isEmpty());
    }

    @Test
    void aRetractionIsATombstoneOnEnrichedAndOnEveryTrackTopic() {
        start(production);
        raw.pipeInput("retracted-1", (byte[]) null);

        final TestRecord<String, EnrichedArticle> tombstone = enriched.readRecord();
        assertEquals("retracted-1", tombstone.key());
        assertNull(tombstone.value());
        for (Topic<String, EnrichedArticle> track : Topics.TRACKS) {
            final TestRecord<String, EnrichedArticle> out = output(track).readRecord();
            assertEquals("retracted-1", out.key(), track.name());
            assertNull(out.value(), track.name());
        }
        assertTrue(dlq.isEmpty());
    }

    @Test
    void malformedJsonGoesToTheDeadLetterTopicWithHeadersAndTheNextArticleStillComesThrough() {
        start(production);
        final byte[] malformed = "{\"title\": \"Half an arti".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("broken-1", malformed);
        raw.pipeInput("good-1", json(article("good-1", TITLE, BODY)));

        final TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertArrayEquals("broken-1".getBytes(StandardCharsets.UTF_8), dead.key());
        assertArrayEquals(malformed, dead.value());
        assertDeadLetterHeaders(dead.headers(), SerializationException.class, "not a valid RawArticle JSON object", 0);
        assertTrue(dlq.isEmpty());

        final TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertEquals("good-1", out.key());
        assertTrue(names(out.value().people()).contains("Stephanie Williams"));
    }

    @Test
    void emptyValueWrongShapeAndInvalidUtf8GoToTheDeadLetterTopic() {
        start(production);
        final byte[] empty = new byte[0];
        final byte[] array = "[\"not\", \"an\", \"article\"]".getBytes(StandardCharsets.UTF_8);
        final byte[] titleIsAnObject = "{\"title\": {\"text\": \"x\"}, \"body\": \"y\"}".getBytes(StandardCharsets.UTF_8);
        final byte[] badUtf8 = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        raw.pipeInput("empty-1", empty);
        raw.pipeInput("array-1", array);
        raw.pipeInput("shape-1", titleIsAnObject);
        raw.pipeInput("utf8-1", badUtf8);
        raw.pipeInput("good-2", json(article("good-2", TITLE, BODY)));

        final List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertEquals(4, dead.size());
        final List<byte[]> values = List.of(empty, array, titleIsAnObject, badUtf8);
        for (int i = 0; i < dead.size(); i++) {
            assertArrayEquals(values.get(i), dead.get(i).value());
            assertDeadLetterHeaders(dead.get(i).headers(), SerializationException.class, "", i);
        }
        assertTrue(header(dead.get(0).headers(), DeadLetterHandler.HEADER_MESSAGE).contains("empty value"));
        assertEquals("good-2", enriched.readRecord().key());
        assertTrue(enriched.isEmpty());
    }

    @Test
    void anInvalidArticleGoesToTheDeadLetterTopicWithTheProblem() {
        start(production);
        final byte[] noText = json(article("empty-article", " ", null));
        raw.pipeInput("empty-article", noText);
        raw.pipeInput("good-3", json(article("good-3", TITLE, BODY)));

        final TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertArrayEquals("empty-article".getBytes(StandardCharsets.UTF_8), dead.key());
        assertArrayEquals(noText, dead.value());
        assertDeadLetterHeaders(dead.headers(), InvalidArticleException.class, "title or body must be non-empty", 0);
        assertEquals("good-3", enriched.readRecord().key());
    }

    @Test
    void aTaggerFailureGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        start(new Enricher((title, body) -> {
            if (body.contains("poison")) {
                throw new IllegalStateException("tagger cannot handle this text");
            }
            return CrfEntityTagger.load().tag(title, body);
        }, PlaceResolver.unresolved(), Enrichers.noTracks(), Clock.systemUTC()));
        raw.pipeInput("poison-1", json(article("poison-1", "A title", "A poison body.")));
        raw.pipeInput("good-4", json(article("good-4", TITLE, BODY)));

        final TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertArrayEquals("poison-1".getBytes(StandardCharsets.UTF_8), dead.key());
        assertDeadLetterHeaders(dead.headers(), IllegalStateException.class, "tagger cannot handle this text", 0);
        assertEquals("good-4", enriched.readRecord().key());
    }

    @Test
    void anArticlePastItsTaggingBudgetIsADeadLetterSayingSoAndTheStreamGoesOn() {
        final EntityTagger slowOnFloods = new EntityTagger() {
            @Override
            public EntityTags tag(final String title, final String body) {
                return CrfEntityTagger.load().tag(title, body);
            }

            @Override
            public EntityTags tag(final String title, final String body, final Deadline deadline) {
                // Stands for a step that checks the deadline between bounded units of work.
                while (body.contains("flood")) {
                    deadline.check("a costly step");
                    Thread.onSpinWait();
                }
                return tag(title, body);
            }
        };
        start(new Enricher(slowOnFloods, PlaceResolver.unresolved(), Enrichers.noTracks(), Clock.systemUTC()),
                Map.of(EnrichConfig.TAG_BUDGET, "1s"));
        raw.pipeInput("flood-1", json(article("flood-1", "A title", "A flood of names.")));
        raw.pipeInput("good-5", json(article("good-5", TITLE, BODY)));

        final TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertArrayEquals("flood-1".getBytes(StandardCharsets.UTF_8), dead.key());
        assertDeadLetterHeaders(dead.headers(), TaggingBudgetExceededException.class,
                "tagging exceeded its budget of 1000 ms (stopped at a costly step)", 0);
        assertEquals("good-5", enriched.readRecord().key());
        assertTrue(dlq.isEmpty(), "the article is not tried again");
    }

    @Test
    void theTransactionTimeoutIsDerivedFromTheTaggingBudget() {
        final EnrichConfig cfg = EnrichConfig.from(Settings.of(Map.of(EnrichConfig.TAG_BUDGET, "5s")));
        assertEquals(30_000, EnrichTopology.streamsConfig(cfg).get("producer.transaction.timeout.ms"));
        assertEquals(60_000, EnrichTopology.streamsConfig(EnrichConfig.from(Settings.of(Map.of())))
                .get("producer.transaction.timeout.ms"), "default: 6 budgets of 10 s");
    }

    @Test
    void eachPollTakesAFewArticlesSoThatTheStoryTaskIsFedWhileItsThreadTags() {
        final Properties props = EnrichTopology.streamsConfig(EnrichConfig.from(Settings.of(Map.of())));
        assertEquals(EnrichTopology.MAX_POLL_RECORDS, props.get("main.consumer.max.poll.records"));
        assertEquals(EnrichTopology.MAX_PARTITION_FETCH_BYTES, props.get("main.consumer.max.partition.fetch.bytes"));
        final Properties given = EnrichTopology.streamsConfig(EnrichConfig.from(Settings.of(Map.of(
                "kafka.main.consumer.max.poll.records", "500"))));
        assertEquals("500", given.get("main.consumer.max.poll.records"), "a passthrough setting overrides newsflow's");
    }

    @Test
    void aRecordWithoutKeyTakesTheIdInItsValue() {
        start(production);
        raw.pipeInput(null, json(article("keyless-1", TITLE, BODY)));

        final TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertEquals("keyless-1", out.key());
        assertEquals("keyless-1", out.value().id());
        assertTrue(dlq.isEmpty());
    }

    @Test
    void aRecordWithoutKeyOrValidIdIsADeadLetter() {
        start(production);
        final byte[] noId = json(article(null, TITLE, BODY));
        final byte[] badId = json(article("not a valid id!", TITLE, BODY));
        raw.pipeInput(null, noId);
        raw.pipeInput(null, badId);
        raw.pipeInput(null, (byte[]) null);
        raw.pipeInput("not a valid key!", json(article(null, TITLE, BODY)));

        final List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertEquals(4, dead.size());
        assertNull(dead.get(0).key());
        assertArrayEquals(noId, dead.get(0).value());
        assertDeadLetterHeaders(dead.get(0).headers(), RejectedRecordException.class, "no key", 0);
        assertDeadLetterHeaders(dead.get(1).headers(), InvalidArticleException.class, "id must be", 1);
        assertNull(dead.get(2).value());
        assertDeadLetterHeaders(dead.get(2).headers(), RejectedRecordException.class, "retraction without a key", 2);
        assertDeadLetterHeaders(dead.get(3).headers(), RejectedRecordException.class, "key is not an article id", 3);
        assertTrue(enriched.isEmpty());
    }

    @Test
    void streamsConfigIsExactlyOnceWithTheDeadLetterTopicAndPassthroughLast() {
        final EnrichConfig cfg = EnrichConfig.from(Settings.of(Map.of(
                "kafka.security.protocol", "SASL_SSL", "kafka.commit.interval.ms", "250")));
        final Properties props = EnrichTopology.streamsConfig(cfg);
        assertEquals("exactly_once_v2", props.get("processing.guarantee"));
        assertEquals("news.articles.dlq", props.get("errors.dead.letter.queue.topic.name"));
        assertEquals(DeadLetterHandler.class.getName(), props.get("deserialization.exception.handler"));
        assertEquals(DeadLetterHandler.class.getName(), props.get("processing.exception.handler"));
        assertEquals(DeadLetterHandler.class.getName(), props.get("production.exception.handler"));
        assertEquals("newsflow-enrich", props.get("application.id"));
        assertEquals("SASL_SSL", props.get("security.protocol"));
        assertEquals("250", props.get("commit.interval.ms"), "a passthrough setting overrides newsflow's");
    }

    private void start(final Enricher enricher) {
        start(enricher, Map.of());
    }

    private void start(final Enricher enricher, final Map<String, String> settings) {
        final Map<String, String> values = new java.util.HashMap<>(settings);
        values.put(EnrichConfig.STATE_DIR, stateDir.toString());
        final EnrichConfig defaults = EnrichConfig.from(Settings.of(values));
        driver = new TopologyTestDriver(EnrichTopology.buildTopology(defaults, enricher),
                EnrichTopology.streamsConfig(defaults));
        raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(), new ByteArraySerializer());
        enriched = output(Topics.ENRICHED);
        dlq = driver.createOutputTopic(Topics.DLQ.name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private TestOutputTopic<String, EnrichedArticle> output(final Topic<String, EnrichedArticle> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    private static void assertDeadLetterHeaders(final Headers headers, final Class<?> error, final String reason,
            final long offset) {
        assertEquals(error.getName(), header(headers, DeadLetterHandler.HEADER_EXCEPTION));
        assertTrue(header(headers, DeadLetterHandler.HEADER_MESSAGE).contains(reason),
                header(headers, DeadLetterHandler.HEADER_MESSAGE));
        assertTrue(header(headers, DeadLetterHandler.HEADER_STACKTRACE).contains(error.getName()));
        assertEquals(Topics.RAW.name(), header(headers, DeadLetterHandler.HEADER_TOPIC));
        assertEquals("0", header(headers, DeadLetterHandler.HEADER_PARTITION));
        assertEquals(String.valueOf(offset), header(headers, DeadLetterHandler.HEADER_OFFSET));
    }

    private static String header(final Headers headers, final String name) {
        final Header header = headers.lastHeader(name);
        assertTrue(header != null, "header " + name + " is missing");
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void assertMentionsMatchText(final List<Mention> mentions) {
        assertTrue(!mentions.isEmpty());
        for (Mention m : mentions) {
            final String text = Mention.TITLE.equals(m.field()) ? TITLE : BODY;
            assertEquals(m.text(), text.substring(m.start(), m.end()), m.toString());
        }
    }

    private static RawArticle article(final String id, final String title, final String body) {
        return new RawArticle(id, null, title, body, "Newsflow Wire", "2020-10-19", "en", null, null);
    }

    private static byte[] json(final RawArticle article) {
        return Json.writeBytes(article);
    }

    private static List<String> names(final List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }
}
