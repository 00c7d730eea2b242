package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Enrichment;
import io.newsflow.common.json.Json;
import io.newsflow.common.service.Health;
import io.newsflow.common.topic.TopicConfigException;
import io.newsflow.common.topic.Topics;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sink on a real broker. Every record goes to partition 0 of {@code news.articles.enriched}, so a
 * marker article sent last shows that everything before it has been processed.
 */
class SinkIT {

    private static SinkService sink;
    private static KafkaProducer<byte[], byte[]> producer;

    @BeforeAll
    static void startSink() {
        sink = SinkService.start(config("newsflow-sink-it"));
        producer = KafkaCluster.producer();
        KafkaCluster.await("the sink to run").until(() -> sink.health().ready());
    }

    @AfterAll
    static void stopSink() {
        if (producer != null) {
            producer.close();
        }
        if (sink != null) {
            sink.close();
        }
    }

    private static SinkConfig config(final String applicationId) {
        return new SinkConfig(KafkaCluster.bootstrapServers(), applicationId, KafkaCluster.stateDir(applicationId), 3,
                1, Duration.ofMillis(100), new Properties());
    }

    @Test
    void newestRevisionWins() throws Exception {
        final String id = KafkaCluster.uniqueId("sink-newest");
        send(id, article(id, 1, 1));
        send(id, article(id, 3, 1));
        send(id, article(id, 2, 7));
        final String marker = sendMarker();

        final List<ConsumerRecord<String, EnrichedArticle>> current = readCurrentUntil(marker);
        assertEquals(List.of(1L, 3L), current.stream()
                .filter(r -> id.equals(r.key())).map(r -> r.value().revision()).toList());
    }

    @Test
    void retractionWritesATombstoneThatALateOlderRevisionDoesNotUndo() throws Exception {
        final String id = KafkaCluster.uniqueId("sink-retract");
        send(id, article(id, 10, 1));
        send(id, null);
        send(id, article(id, 9, 1));
        final String marker = sendMarker();

        final List<ConsumerRecord<String, EnrichedArticle>> forId = readCurrentUntil(marker).stream()
                .filter(r -> id.equals(r.key())).toList();
        assertEquals(2, forId.size(), forId.toString());
        assertEquals(10L, forId.get(0).value().revision());
        assertNull(forId.get(1).value());
    }

    @Test
    void malformedRecordGoesToTheDeadLetterTopicAndTheNextArticleComesThrough() throws Exception {
        final String bad = KafkaCluster.uniqueId("sink-malformed");
        producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), 0, bytes(bad), bytes("{\"id\": oops"))).get();
        final String good = KafkaCluster.uniqueId("sink-after-malformed");
        send(good, article(good, 1, 1));

        final List<ConsumerRecord<String, EnrichedArticle>> current = readCurrentUntil(good);
        assertTrue(current.stream().noneMatch(r -> bad.equals(r.key())));
        try (KafkaConsumer<byte[], byte[]> dlq = KafkaCluster.rawConsumerFromStart(Topics.DLQ.name())) {
            final Predicate<ConsumerRecord<byte[], byte[]>> isBad = r -> bad.equals(text(r.key()));
            final ConsumerRecord<byte[], byte[]> dead = KafkaCluster.lastMatching(KafkaCluster.pollUntil(dlq, isBad),
                    isBad);
            assertEquals("{\"id\": oops", text(dead.value()));
        }
    }

    @Test
    void deadLetterRecordKeepsTheBytesAndNamesTheError() throws Exception {
        final String bad = KafkaCluster.uniqueId("sink-dlq-headers");
        producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), 0, bytes(bad), bytes("not json at all"))).get();

        try (KafkaConsumer<byte[], byte[]> dlq = KafkaCluster.rawConsumerFromStart(Topics.DLQ.name())) {
            final Predicate<ConsumerRecord<byte[], byte[]>> isBad = r -> bad.equals(text(r.key()));
            final ConsumerRecord<byte[], byte[]> dead = KafkaCluster.lastMatching(KafkaCluster.pollUntil(dlq, isBad),
                    isBad);
            assertEquals("not json at all", text(dead.value()));
            assertEquals(Topics.ENRICHED.name(), header(dead, "__streams.errors.topic"));
            assertEquals("0", header(dead, "__streams.errors.partition"));
            assertNotNull(header(dead, "__streams.errors.offset"));
            assertTrue(header(dead, "__streams.errors.exception").contains("SerializationException"),
                    header(dead, "__streams.errors.exception"));
        }
    }

    @Test
    void currentIsCompacted() throws Exception {
        try (Admin admin = KafkaCluster.admin()) {
            final ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CURRENT.name());
            final ConfigEntry policy = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS)
                    .get(topic).get(TopicConfig.CLEANUP_POLICY_CONFIG);
            assertEquals(TopicConfig.CLEANUP_POLICY_COMPACT, policy.value());
        }
    }

    @Test
    void startFailsClearlyWhenCurrentIsNotCompacted() throws Exception {
        try (Admin admin = KafkaCluster.admin()) {
            setCleanupPolicy(admin, TopicConfig.CLEANUP_POLICY_DELETE);
            try {
                final TopicConfigException e = assertThrows(TopicConfigException.class,
                        () -> SinkService.start(config("newsflow-sink-it-misconfigured")).close());
                assertTrue(e.getMessage().contains(Topics.CURRENT.name()), e.getMessage());
                assertTrue(e.getMessage().contains("cleanup.policy=compact"), e.getMessage());
            } finally {
                setCleanupPolicy(admin, TopicConfig.CLEANUP_POLICY_COMPACT);
            }
        }
        assertEquals(Health.up(), sink.health());
    }

    private static void setCleanupPolicy(final Admin admin, final String policy) throws Exception {
        final ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CURRENT.name());
        final Map<ConfigResource, Collection<AlterConfigOp>> change = Map.of(topic, List.of(new AlterConfigOp(
                new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, policy), AlterConfigOp.OpType.SET)));
        admin.incrementalAlterConfigs(change).all().get(30, TimeUnit.SECONDS);
    }

    private static void send(final String id, final EnrichedArticle article) throws Exception {
        producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), 0, bytes(id),
                article == null ? null : Json.writeBytes(article))).get();
    }

    private static String sendMarker() throws Exception {
        final String marker = KafkaCluster.uniqueId("sink-marker");
        send(marker, article(marker, 1, 1));
        return marker;
    }

    /** What the sink wrote to news.articles.current up to the article {@code lastId}. */
    private static List<ConsumerRecord<String, EnrichedArticle>> readCurrentUntil(final String lastId) {
        try (KafkaConsumer<String, EnrichedArticle> current = KafkaCluster.consumerFromStart(Topics.CURRENT.name(),
                Topics.CURRENT.keySerde().deserializer(), Topics.CURRENT.valueSerde().deserializer())) {
            return KafkaCluster.pollThroughEnd(current, r -> lastId.equals(r.key()));
        }
    }

    private static EnrichedArticle article(final String id, final long revision, final int enrichmentVersion) {
        return new EnrichedArticle(id, "https://news.example/" + id, "Title of " + id, "Body.", "example", null, "en",
                revision, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, false,
                new Enrichment(enrichmentVersion, "2026-01-01T00:00:00Z", 1));
    }

    private static byte[] bytes(final String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(final byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    private static String header(final ConsumerRecord<?, ?> record, final String name) {
        final Header h = record.headers().lastHeader(name);
        return h == null ? null : text(h.value());
    }
}
