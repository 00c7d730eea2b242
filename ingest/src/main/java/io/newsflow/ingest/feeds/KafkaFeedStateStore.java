package io.newsflow.ingest.feeds;

import io.newsflow.common.feed.FeedState;
import io.newsflow.common.json.Json;
import io.newsflow.common.json.JsonSerde;
import io.newsflow.common.topic.Topic;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feeds' state in the compacted topic {@code news.feeds.state}, keyed by feed URL: read to its end
 * at start-up, written after each poll whose articles the broker acknowledged. Nothing is kept on
 * local disk, so a poller restarted on another machine goes on where the last one stopped.
 */
public final class KafkaFeedStateStore implements FeedStateStore {

    public static final Topic<String, FeedState> TOPIC = new Topic<>("news.feeds.state", Serdes.String(),
            JsonSerde.of(FeedState.class),
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    private static final Logger LOG = LoggerFactory.getLogger(KafkaFeedStateStore.class);
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(3);

    private final Producer<String, FeedState> producer;
    private final Consumer<String, byte[]> consumer;
    private final Duration sendTimeout;

    /** A store that writes with {@code producer} (idempotent, acks=all) and reads once with {@code consumer}. */
    public KafkaFeedStateStore(final Producer<String, FeedState> producer, final Consumer<String, byte[]> consumer,
            final Duration sendTimeout) {
        this.producer = producer;
        this.consumer = consumer;
        this.sendTimeout = sendTimeout;
    }

    /**
     * Reads the topic from its start to the end it has now; a record that is not a feed state is
     * skipped with a warning (the next save of that feed replaces it).
     */
    @Override
    public Map<String, FeedState> load(final Collection<String> feeds) {
        final Set<String> wanted = new HashSet<>(feeds);
        final List<TopicPartition> partitions = consumer.partitionsFor(TOPIC.name(), LOAD_TIMEOUT).stream()
                .map(p -> new TopicPartition(TOPIC.name(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        final Map<TopicPartition, Long> end = consumer.endOffsets(partitions, LOAD_TIMEOUT);
        final Map<String, FeedState> states = new HashMap<>();
        final long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
        long read = 0;
        while (partitions.stream().anyMatch(p -> consumer.position(p, LOAD_TIMEOUT) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + TOPIC.name() + " to its end within "
                        + LOAD_TIMEOUT.toSeconds() + " s");
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                read++;
                if (record.key() != null && wanted.contains(record.key())) {
                    apply(states, record);
                }
            }
        }
        consumer.unsubscribe();
        LOG.info("event=feed_state_loaded topic={} records={} feeds={}", TOPIC.name(), read, states.size());
        return states;
    }

    private static void apply(final Map<String, FeedState> states, final ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            states.remove(record.key());
            return;
        }
        try {
            states.put(record.key(), Json.read(record.value(), FeedState.class));
        } catch (IOException | RuntimeException e) {
            LOG.warn("event=feed_state_unreadable feed={} partition={} offset={} reason=\"{}\"", record.key(),
                    record.partition(), record.offset(), e.getMessage());
        }
    }

    @Override
    public void save(final FeedState state) {
        try {
            producer.send(new ProducerRecord<>(TOPIC.name(), state.feed(), state))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while saving the state of " + state.feed(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not save the state of " + state.feed() + ": " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            producer.close(CLOSE_TIMEOUT);
        } finally {
            consumer.close(CLOSE_TIMEOUT);
        }
    }
}
