package io.newsflow.app.it;

import io.newsflow.app.broker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * The one Kafka broker of the integration tests: started on a free port the first time a test asks
 * for it, shared by every test in the JVM, stopped when the JVM exits. Tests share the contract
 * topics, so each uses article ids of its own ({@link #uniqueId}).
 */
public final class KafkaCluster {

    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** A user of the broker's SASL_PLAINTEXT (PLAIN) listener. */
    public static final String SASL_USER = "newsflow-it";
    public static final String SASL_PASSWORD = UUID.randomUUID().toString();
    private static EmbeddedKafkaBroker broker;

    private KafkaCluster() {
    }

    public static synchronized EmbeddedKafkaBroker broker() {
        if (broker == null) {
            final EmbeddedKafkaBroker started = EmbeddedKafkaBroker.builder()
                    .port(0)
                    .saslUser(SASL_USER, SASL_PASSWORD)
                    .build()
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "it-broker-shutdown"));
            broker = started;
        }
        return broker;
    }

    public static String bootstrapServers() {
        return broker().bootstrapServers();
    }

    /** An article id no other test uses. */
    public static String uniqueId(final String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh directory for the local state of a Streams application, under the broker's data. */
    public static Path stateDir(final String name) {
        try {
            return Files.createTempDirectory(broker().dataDir(), name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Admin admin() {
        final Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return Admin.create(props);
    }

    public static KafkaProducer<byte[], byte[]> producer() {
        final Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** A read_committed consumer of every partition of {@code topic}, from the beginning, in no group. */
    public static <K, V> KafkaConsumer<K, V> consumerFromStart(final String topic, final Deserializer<K> keys,
            final Deserializer<V> values) {
        return consumerFromStart(bootstrapServers(), topic, keys, values);
    }

    /** The same on another cluster, e.g. {@link ThreeBrokers}. */
    public static <K, V> KafkaConsumer<K, V> consumerFromStart(final String bootstrapServers, final String topic,
            final Deserializer<K> keys, final Deserializer<V> values) {
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        final KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, keys, values);
        final List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    public static KafkaConsumer<byte[], byte[]> rawConsumerFromStart(final String topic) {
        return consumerFromStart(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Polls until a record matching {@code last} has been read, and returns every record read, the whole
     * batch of the match included.
     *
     * @throws AssertionError when none arrives within {@link #TIMEOUT}
     */
    public static <K, V> List<ConsumerRecord<K, V>> pollUntil(final KafkaConsumer<K, V> consumer,
            final Predicate<ConsumerRecord<K, V>> last) {
        final List<ConsumerRecord<K, V>> seen = new ArrayList<>();
        final long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean matched = false;
            // The whole batch is kept: records after the match may come from other partitions.
            for (ConsumerRecord<K, V> record : consumer.poll(Duration.ofMillis(200))) {
                seen.add(record);
                matched |= last.test(record);
            }
            if (matched) {
                return seen;
            }
        }
        throw new AssertionError("no matching record within " + TIMEOUT.toSeconds() + " s; read " + seen.size());
    }

    /**
     * Like {@link #pollUntil}, then goes on to the end of every partition as it is once the match is read.
     * Records written in the same or an earlier transaction than the match, to any partition, are
     * therefore all returned.
     */
    public static <K, V> List<ConsumerRecord<K, V>> pollThroughEnd(final KafkaConsumer<K, V> consumer,
            final Predicate<ConsumerRecord<K, V>> last) {
        final List<ConsumerRecord<K, V>> seen = new ArrayList<>(pollUntil(consumer, last));
        final Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), TIMEOUT);
        final long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey(), TIMEOUT) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("did not reach the end offsets " + end + " within " + TIMEOUT.toSeconds() + " s");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return seen;
    }

    /** The last of {@code records} that matches, which {@link #pollUntil} guarantees there is. */
    public static <K, V> ConsumerRecord<K, V> lastMatching(final List<ConsumerRecord<K, V>> records,
            final Predicate<ConsumerRecord<K, V>> match) {
        for (int i = records.size() - 1; i >= 0; i--) {
            if (match.test(records.get(i))) {
                return records.get(i);
            }
        }
        throw new AssertionError("no matching record among " + records.size());
    }

    /**
     * An Awaitility wait for {@code what}: at most {@link #TIMEOUT} unless {@code atMost} says otherwise,
     * checking every 100 ms on the test's own thread, because conditions read Kafka consumers, which must
     * not be used from two threads at once, and assertions inside a condition fail the test at once.
     */
    public static ConditionFactory await(final String what) {
        return Awaitility.await(what).atMost(TIMEOUT).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100));
    }
}
