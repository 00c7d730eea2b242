package io.newsflow.common.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import io.newsflow.common.log.LogLevels;
import io.newsflow.common.log.Logging;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTest {

    @TempDir
    java.nio.file.Path stateDir;

    @BeforeEach
    void quietKafka() {
        // The clients below point at a closed port on purpose; their connection warnings say nothing here.
        Logging.setLevels("info,org.apache.kafka=error");
    }

    @AfterEach
    void restoreLevels() {
        Logging.setLevels(LogLevels.defaults());
    }

    @Test
    void everyMeterCarriesTheServiceTag() {
        try (Metrics metrics = Metrics.create("sink")) {
            metrics.stored().increment(3);
            final String text = metrics.scrape();
            assertTrue(text.contains("newsflow_articles_stored_total{service=\"sink\"} 3.0"), text);
            assertTrue(text.contains("process_uptime_seconds{service=\"sink\"}"), text);
        }
    }

    @Test
    void theEnrichDurationIsAPrometheusHistogramAndKeepsP50AndP99ForTheSummary() {
        try (Metrics metrics = Metrics.create("enrich")) {
            for (int ms = 1; ms <= 100; ms++) {
                metrics.enrichDuration().record(java.time.Duration.ofMillis(ms));
            }
            final String text = metrics.scrape();
            assertTrue(text.contains("# TYPE newsflow_enrich_duration_seconds histogram"), text);
            assertTrue(text.contains("newsflow_enrich_duration_seconds_bucket{service=\"enrich\",le=\"+Inf\"} 100"), text);
            assertTrue(text.contains("newsflow_enrich_duration_seconds_count{service=\"enrich\"} 100"), text);
            final var percentiles = metrics.enrichDuration().takeSnapshot().percentileValues();
            assertEquals(2, percentiles.length);
            assertEquals(0.5, percentiles[0].percentile());
            assertEquals(0.99, percentiles[1].percentile());
        }
    }

    @Test
    void aBoundConsumerShowsItsClientMetricsUntilClosed() throws Exception {
        final Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9",
                ConsumerConfig.GROUP_ID_CONFIG, "metrics-test",
                ConsumerConfig.CLIENT_ID_CONFIG, "metrics-test-consumer");
        try (Metrics metrics = Metrics.create("sink");
                KafkaConsumer<String, String> consumer =
                        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            final AutoCloseable binding = metrics.bind(consumer);
            assertTrue(metrics.scrape().contains("kafka_consumer_"), "consumer metrics bound");
            binding.close();
            assertFalse(metrics.scrape().contains("client_id=\"metrics-test-consumer\""), "unbound on close");
        }
    }

    @Test
    void aBoundKafkaStreamsShowsItsMetrics() {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream("news.articles.raw").to("news.articles.enriched");
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "metrics-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (Metrics metrics = Metrics.create("enrich")) {
            final KafkaStreams streams = new KafkaStreams(builder.build(), props);
            try {
                StreamsMetrics.bind(metrics, streams);
                assertTrue(metrics.scrape().contains("kafka_stream_"), "streams metrics bound");
            } finally {
                streams.close(java.time.Duration.ofSeconds(5));
            }
        }
    }

    @Test
    void totalSumsEveryReason() {
        try (Metrics metrics = Metrics.create("ingest")) {
            metrics.rejected("no_text").increment();
            metrics.rejected("bad_date").increment(2);
            assertEquals(3, metrics.total(Metrics.ARTICLES_REJECTED).getAsLong());
            assertEquals(0, metrics.total("newsflow.nothing").getAsLong());
        }
    }
}
