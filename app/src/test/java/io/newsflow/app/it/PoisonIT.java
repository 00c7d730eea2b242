package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.NewsflowApp;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.deadletter.DeadLetterHandler;
import io.newsflow.common.topic.Topics;
import io.newsflow.tagger.eval.WorstCaseBodies;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad records written straight to news.articles.raw, one kind after another: each either goes to
 * news.articles.dlq with its reason in the headers or is enriched, and the good article written after
 * each comes through, so the stream never stops.
 *
 * <p>A 5 MB record is refused by the broker itself (its message.max.bytes, 1 MB by default, above
 * ingest's largest body): the writer gets a RecordTooLargeException, nothing reaches the topic, and
 * the stream goes on. That is what a user expects of a topic whose articles are at most 1 MB.
 */
class PoisonIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static NewsflowApp enrich;
    private static KafkaProducer<byte[], byte[]> producer;
    private static KafkaConsumer<byte[], byte[]> enriched;
    private static KafkaConsumer<byte[], byte[]> dlq;
    private static final List<ConsumerRecord<byte[], byte[]>> ENRICHED = new ArrayList<>();
    private static final List<ConsumerRecord<byte[], byte[]>> DEAD = new ArrayList<>();

    private record Poison(String kind, String key, byte[] value, String marker) {
    }

    @BeforeAll
    static void start() {
        final String name = KafkaCluster.uniqueId("poison");
        enrich = FaultRig.startInProcess(name, Set.of("enrich"));
        final Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaCluster.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 32L * 1024 * 1024);
        producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        enriched = KafkaCluster.rawConsumerFromStart(Topics.ENRICHED.name());
        dlq = KafkaCluster.rawConsumerFromStart(Topics.DLQ.name());
    }

    @AfterAll
    static void stop() {
        if (producer != null) {
            producer.close();
        }
        if (enriched != null) {
            enriched.close();
            dlq.close();
        }
        if (enrich != null) {
            enrich.close();
        }
    }

    @Test
    void everyBadRecordIsDeadLetteredOrEnrichedAndTheNextArticleComesThrough() throws Exception {
        final List<Poison> poisons = poisons();
        assertTrue(poisons.size() >= 10);
        for (Poison poison : poisons) {
            send(poison.key(), poison.value());
            final String good = KafkaCluster.uniqueId("poison-good");
            send(good, FaultRig.json(FaultRig.shortArticle(good, 1)));
            KafkaCluster.await("the good article after '" + poison.kind() + "'").atMost(WAIT).until(() -> {
                poll();
                return ENRICHED.stream().anyMatch(r -> hasKey(r, good));
            });
            final boolean wasEnriched = ENRICHED.stream().anyMatch(r -> matches(r, poison));
            final ConsumerRecord<byte[], byte[]> dead = DEAD.stream().filter(r -> matches(r, poison)).findFirst()
                    .orElse(null);
            assertTrue(wasEnriched || dead != null, poison.kind() + ": neither enriched nor dead-lettered");
            if (dead != null) {
                final Header reason = dead.headers().lastHeader(DeadLetterHandler.HEADER_MESSAGE);
                final Header error = dead.headers().lastHeader(DeadLetterHandler.HEADER_EXCEPTION);
                assertNotNull(error, poison.kind() + ": no exception header");
                assertNotNull(reason, poison.kind() + ": no reason header");
                assertFalse(new String(reason.value(), StandardCharsets.UTF_8).isBlank(), poison.kind());
            }
            if (poison.kind().equals("unknown fields")) {
                assertTrue(wasEnriched, "unknown fields are accepted");
            }
        }
    }

    @Test
    void aFiveMegabyteRecordIsRefusedByTheBrokerAndTheStreamGoesOn() throws Exception {
        final String id = KafkaCluster.uniqueId("poison-huge");
        final RawArticle huge = new RawArticle(id, null, "Huge", "word ".repeat(1024 * 1024), "newsflow-test", null,
                "en", null, null);
        final ExecutionException refused = assertThrows(ExecutionException.class, () -> send(id,
                FaultRig.json(huge)));
        assertInstanceOf(RecordTooLargeException.class, refused.getCause());
        final String good = KafkaCluster.uniqueId("poison-good");
        send(good, FaultRig.json(FaultRig.shortArticle(good, 2)));
        KafkaCluster.await("the good article after the huge one").atMost(WAIT).until(() -> {
            poll();
            return ENRICHED.stream().anyMatch(r -> hasKey(r, good));
        });
        assertFalse(ENRICHED.stream().anyMatch(r -> hasKey(r, id)));
    }

    @Test
    void costlyBodiesNearTheSizeLimitDoNotStallTheStream() throws Exception {
        final String run = KafkaCluster.uniqueId("costly");
        final List<String> keys = new ArrayList<>();
        // The two bodies that once stalled the stream for minutes, then two floods of the worst-case suite;
        // each of the size of the two that were measured, under the broker's 1 MB record limit as JSON.
        final List<String> bodies = List.of(
                "Stephanie Williams met Khalifa Haftar in Geneva, Tripoli and Sirte. ".repeat(9_000),
                "&amp;".repeat(100_000),
                WorstCaseBodies.ENTITY_FLOOD.body(600_000, 1),
                WorstCaseBodies.ACRONYMS.body(600_000, 2));
        for (String body : bodies) {
            final String key = run + "-" + keys.size();
            keys.add(key);
            send(key, FaultRig.json(new RawArticle(key, null, "Costly", body, "newsflow-test", null, "en", null, null)));
        }
        final String good = KafkaCluster.uniqueId("costly-good");
        send(good, FaultRig.json(FaultRig.shortArticle(good, 4)));
        KafkaCluster.await("the normal article after the costly ones, within 30 s").atMost(Duration.ofSeconds(30))
                .until(() -> {
                    poll();
                    return ENRICHED.stream().anyMatch(r -> hasKey(r, good));
                });
        KafkaCluster.await("each costly body enriched or dead-lettered").atMost(WAIT).until(() -> {
            poll();
            return keys.stream().allMatch(k -> ENRICHED.stream().anyMatch(r -> hasKey(r, k))
                    || DEAD.stream().anyMatch(r -> hasKey(r, k)));
        });
        // The broker is shared by the integration tests, and others read news.articles.raw from its start:
        // the costly bodies are taken off it so that they time only this test.
        truncateRaw();
    }

    private static void truncateRaw() throws Exception {
        try (Admin admin = KafkaCluster.admin()) {
            final Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(Topics.RAW.name())).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(Topics.RAW.name()).partitions()
                    .forEach(p -> latest.put(new TopicPartition(Topics.RAW.name(), p.partition()), OffsetSpec.latest()));
            final Map<TopicPartition, RecordsToDelete> upTo = new HashMap<>();
            admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS)
                    .forEach((tp, info) -> upTo.put(tp, RecordsToDelete.beforeOffset(info.offset())));
            admin.deleteRecords(upTo).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static List<Poison> poisons() {
        final List<Poison> list = new ArrayList<>();
        final String run = KafkaCluster.uniqueId("poison");
        list.add(poison("not JSON", run, "this is not JSON at all"));
        list.add(poison("JSON of the wrong shape", run, "[1, 2, 3]"));
        list.add(poison("JSON fields of the wrong type", run, "{\"title\": {\"a\": 1}, \"body\": [true]}"));
        list.add(new Poison("empty value with a key", run + "-empty", new byte[0], null));
        final String keyless = run + "-nullkey";
        list.add(new Poison("null key", null, FaultRig.json(FaultRig.shortArticle(keyless, 3)), keyless));
        final byte[] badUtf8 = "{\"title\": \"caf\u0000\", \"body\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        badUtf8[13] = (byte) 0xC3;
        badUtf8[14] = (byte) 0x28;
        list.add(new Poison("invalid UTF-8", run + "-utf8", badUtf8, null));
        final StringBuilder capitalized = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            capitalized.append(i % 2 == 0 ? "Alder" : "Brook").append(Integer.toString(i, 36)
                    .toLowerCase(java.util.Locale.ROOT)).append(' ');
        }
        final String caps = run + "-caps";
        list.add(new Poison("10,000 capitalized words", caps, FaultRig.json(new RawArticle(caps, null, "Names",
                capitalized.toString(), "newsflow-test", null, "en", null, null)), null));
        list.add(poison("deep nesting", run, "{\"title\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}"));
        final String future = run + "-future";
        list.add(new Poison("date in the future", future, FaultRig.json(new RawArticle(future, null, "Tomorrow",
                "Delegates will meet in Geneva.", "newsflow-test", "2999-01-01T00:00:00Z", "en", null, null)), null));
        final String unknown = run + "-unknown";
        list.add(new Poison("unknown fields", unknown, ("{\"id\": \"" + unknown + "\", \"title\": \"Talks\", \"body\":"
                + " \"Delegates met in Geneva.\", \"mood\": \"calm\", \"extra\": {\"a\": [1, 2]}}")
                .getBytes(StandardCharsets.UTF_8), null));
        list.add(poison("title and body empty", run, "{\"title\": \"\", \"body\": \"\"}"));
        list.add(new Poison("key that is no article id", "../../etc/passwd",
                "{\"title\": \"t\", \"body\": \"b\"}".getBytes(StandardCharsets.UTF_8), null));
        return list;
    }

    private static Poison poison(final String kind, final String run, final String value) {
        final String key = run + "-" + kind.replaceAll("[^a-z]", "");
        return new Poison(kind, key, value.getBytes(StandardCharsets.UTF_8), null);
    }

    private static boolean matches(final ConsumerRecord<byte[], byte[]> r, final Poison p) {
        if (p.key() != null) {
            return hasKey(r, p.key());
        }
        return r.value() != null && new String(r.value(), StandardCharsets.UTF_8).contains(p.marker());
    }

    private static boolean hasKey(final ConsumerRecord<byte[], byte[]> r, final String key) {
        return r.key() != null && key.equals(new String(r.key(), StandardCharsets.UTF_8));
    }

    private static void poll() {
        enriched.poll(Duration.ofMillis(100)).forEach(ENRICHED::add);
        dlq.poll(Duration.ofMillis(100)).forEach(DEAD::add);
    }

    private static void send(final String key, final byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.RAW.name(), key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                value)).get(30, TimeUnit.SECONDS);
    }
}
