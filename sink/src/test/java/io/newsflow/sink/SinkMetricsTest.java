package io.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Enrichment;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink's stored counter and write timer count only the revisions written to news.articles.current;
 * its dead letters count on newsflow_dlq_total.
 */
class SinkMetricsTest {

    @TempDir
    Path stateDir;

    private final Metrics metrics = Metrics.create("sink");
    private TopologyTestDriver driver;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
        metrics.close();
    }

    @Test
    void writtenRevisionsAreCountedAndTimedSkippedOnesAreNot() {
        final SinkConfig cfg = new SinkConfig("unused:9092", SinkConfig.DEFAULT_APPLICATION_ID, stateDir, 3, 1,
                Duration.ofMillis(100), new Properties());
        driver = new TopologyTestDriver(SinkTopology.buildTopology(cfg, SinkMeters.of(metrics)),
                SinkTopology.streamsConfig(cfg));
        final TestInputTopic<String, EnrichedArticle> enriched = driver.createInputTopic(Topics.ENRICHED.name(),
                Topics.ENRICHED.keySerde().serializer(), Topics.ENRICHED.valueSerde().serializer());

        enriched.pipeInput("m1", article("m1", 200, "new"));
        enriched.pipeInput("m1", article("m1", 100, "older, skipped"));
        enriched.pipeInput("m2", article("m2", 100, "other"));

        assertEquals(2.0, metrics.stored().count());
        assertEquals(2, SinkMeters.writeTimer(metrics).count());
        final String text = metrics.scrape();
        assertTrue(text.contains("newsflow_articles_stored_total{service=\"sink\"} 2.0"), text);
        assertTrue(text.contains("newsflow_sink_write_duration_seconds_count{service=\"sink\"} 2"), text);
    }

    @Test
    void deadLettersAreCountedOnTheSharedDeadLetterMeter() {
        final SinkConfig cfg = new SinkConfig("unused:9092", SinkConfig.DEFAULT_APPLICATION_ID, stateDir, 3, 1,
                Duration.ofMillis(100), new Properties());
        driver = new TopologyTestDriver(SinkTopology.buildTopology(cfg, SinkMeters.of(metrics)),
                SinkTopology.streamsConfig(cfg, metrics.dlq()));
        final TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(Topics.ENRICHED.name(),
                new ByteArraySerializer(), new ByteArraySerializer());
        final TestInputTopic<String, EnrichedArticle> enriched = driver.createInputTopic(Topics.ENRICHED.name(),
                Topics.ENRICHED.keySerde().serializer(), Topics.ENRICHED.valueSerde().serializer());
        final TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic(Topics.DLQ.name(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());

        raw.pipeInput("d1".getBytes(StandardCharsets.UTF_8), "{not json".getBytes(StandardCharsets.UTF_8));
        enriched.pipeInput("d2", article("someone-else", 100, "key and id differ"));
        enriched.pipeInput("d3", article("d3", 100, "fine"));

        assertEquals(2, dlq.readRecordsToList().size());
        assertEquals(2.0, metrics.dlq().count());
        assertEquals(1.0, metrics.stored().count());
        final String text = metrics.scrape();
        assertTrue(text.contains("newsflow_dlq_total{service=\"sink\"} 2.0"), text);
    }

    private static EnrichedArticle article(final String id, final long revision, final String title) {
        return new EnrichedArticle(id, "https://example.org/" + id, title, "Body of " + title, "example", null, "en",
                revision, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, false,
                new Enrichment(1, "2026-01-01T00:00:00Z", 10));
    }
}
