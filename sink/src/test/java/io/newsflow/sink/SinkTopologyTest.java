package io.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Enrichment;
import io.newsflow.common.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkTopologyTest {

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;
    private TestInputTopic<byte[], byte[]> enrichedBytes;
    private TestOutputTopic<String, EnrichedArticle> current;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void start() {
        final SinkConfig cfg = new SinkConfig("unused:9092", SinkConfig.DEFAULT_APPLICATION_ID, stateDir, 3, 1,
                Duration.ofMillis(100), new Properties());
        final Properties props = SinkTopology.streamsConfig(cfg);
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        driver = new TopologyTestDriver(SinkTopology.buildTopology(cfg), props);
        enriched = driver.createInputTopic(Topics.ENRICHED.name(), Topics.ENRICHED.keySerde().serializer(),
                Topics.ENRICHED.valueSerde().serializer());
        enrichedBytes = driver.createInputTopic(Topics.ENRICHED.name(), new ByteArraySerializer(),
                new ByteArraySerializer());
        current = driver.createOutputTopic(Topics.CURRENT.name(), Topics.CURRENT.keySerde().deserializer(),
                Topics.CURRENT.valueSerde().deserializer());
        dlq = driver.createOutputTopic(Topics.DLQ.name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void newerRevisionReplacesTheCurrentOne() {
        enriched.pipeInput("a1", article("a1", 100, 1, "first"));
        enriched.pipeInput("a1", article("a1", 200, 1, "second"));

        final List<KeyValue<String, EnrichedArticle>> out = current.readKeyValuesToList();
        assertEquals(List.of("first", "second"), out.stream().map(kv -> kv.value.title()).toList());
    }

    @Test
    void olderRevisionIsIgnored() {
        enriched.pipeInput("a2", article("a2", 200, 1, "new"));
        enriched.pipeInput("a2", article("a2", 100, 5, "old but re-enriched"));
        enriched.pipeInput("other", article("other", 1, 1, "other"));

        final List<KeyValue<String, EnrichedArticle>> out = current.readKeyValuesToList();
        assertEquals(List.of("new", "other"), out.stream().map(kv -> kv.value.title()).toList());
    }

    @Test
    void sameRevisionWithHigherEnrichmentVersionWins() {
        enriched.pipeInput("a3", article("a3", 100, 1, "v1"));
        enriched.pipeInput("a3", article("a3", 100, 2, "v2"));
        enriched.pipeInput("a3", article("a3", 100, 1, "v1 again"));

        final List<KeyValue<String, EnrichedArticle>> out = current.readKeyValuesToList();
        assertEquals(List.of("v1", "v2"), out.stream().map(kv -> kv.value.title()).toList());
    }

    @Test
    void retractionWritesATombstoneAndOlderRevisionsStayRetracted() {
        enriched.pipeInput("a4", article("a4", 100, 1, "live"));
        enriched.pipeInput("a4", (EnrichedArticle) null);
        enriched.pipeInput("a4", article("a4", 100, 9, "same revision re-enriched"));
        enriched.pipeInput("a4", article("a4", 50, 1, "late older revision"));
        enriched.pipeInput("a4", article("a4", 300, 1, "posted again"));

        final List<KeyValue<String, EnrichedArticle>> out = current.readKeyValuesToList();
        assertEquals(3, out.size(), out.toString());
        assertEquals("live", out.get(0).value.title());
        assertEquals("a4", out.get(1).key);
        assertNull(out.get(1).value);
        assertEquals("posted again", out.get(2).value.title());
    }

    @Test
    void retractionOfAnUnseenArticleCoversRevisionsUpToItsTimestamp() {
        final Instant deletedAt = Instant.ofEpochMilli(1_000_000);
        enriched.pipeInput(new TestRecord<>("a5", null, deletedAt));
        enriched.pipeInput(new TestRecord<>("a5", article("a5", 999_999, 1, "accepted before the delete"),
                deletedAt.plusSeconds(1)));
        enriched.pipeInput(new TestRecord<>("a5", article("a5", 1_000_001, 1, "accepted after the delete"),
                deletedAt.plusSeconds(2)));

        final List<KeyValue<String, EnrichedArticle>> out = current.readKeyValuesToList();
        assertEquals(2, out.size(), out.toString());
        assertNull(out.get(0).value);
        assertEquals("accepted after the delete", out.get(1).value.title());
    }

    @Test
    void malformedRecordGoesToTheDeadLetterTopicAndTheNextOneGoesOn() {
        final byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
        enrichedBytes.pipeInput("bad".getBytes(StandardCharsets.UTF_8), garbage);
        enriched.pipeInput("good", article("good", 1, 1, "good"));

        final List<KeyValue<byte[], byte[]>> dead = dlq.readKeyValuesToList();
        assertEquals(1, dead.size());
        assertEquals("bad", new String(dead.get(0).key, StandardCharsets.UTF_8));
        assertEquals("{not json", new String(dead.get(0).value, StandardCharsets.UTF_8));
        final List<KeyValue<String, EnrichedArticle>> out = current.readKeyValuesToList();
        assertEquals(List.of("good"), out.stream().map(kv -> kv.key).toList());
    }

    @Test
    void deadLetterHeadersNameTheErrorAndTheSource() {
        enrichedBytes.pipeInput("bad".getBytes(StandardCharsets.UTF_8), new byte[0]);

        final TestRecord<byte[], byte[]> dead = dlq.readRecord();
        final Header topic = dead.headers().lastHeader("__streams.errors.topic");
        final Header exception = dead.headers().lastHeader("__streams.errors.exception");
        assertEquals(Topics.ENRICHED.name(), new String(topic.value(), StandardCharsets.UTF_8));
        assertTrue(new String(exception.value(), StandardCharsets.UTF_8).contains("SerializationException"));
        assertTrue(dead.headers().lastHeader("__streams.errors.offset") != null);
        assertTrue(dead.headers().lastHeader("__streams.errors.partition") != null);
    }

    @Test
    void keyThatIsNotTheArticleIdGoesToTheDeadLetterTopic() {
        enriched.pipeInput("k1", article("someone-else", 1, 1, "mismatch"));
        enriched.pipeInput("k2", article("k2", 1, 1, "fine"));

        final List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertEquals(1, dead.size());
        assertEquals(InvalidEnrichedRecordException.class.getName(), new String(
                dead.get(0).headers().lastHeader("__streams.errors.exception").value(), StandardCharsets.UTF_8));
        assertTrue(new String(dead.get(0).headers().lastHeader("__streams.errors.message").value(),
                StandardCharsets.UTF_8).contains("is not the article id"));
        assertEquals(List.of("k2"), current.readKeyValuesToList().stream().map(kv -> kv.key).toList());
    }

    @Test
    void versionsAreKeptInTheStateStore() {
        enriched.pipeInput("a6", article("a6", 7, 3, "x"));
        final VersionStamp stamp = driver.<String, VersionStamp>getKeyValueStore(SinkTopology.VERSION_STORE).get("a6");
        assertEquals(new VersionStamp(7, 3, false), stamp);
    }

    private static EnrichedArticle article(final String id, final long revision, final int enrichmentVersion,
            final String title) {
        return new EnrichedArticle(id, "https://example.org/" + id, title, "Body of " + title, "example", null, "en",
                revision, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, false,
                new Enrichment(enrichmentVersion, "2026-01-01T00:00:00Z", 10));
    }
}
