package io.newsflow.api.stream;

import io.micrometer.core.instrument.Counter;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What feeds the live stream: a plain consumer of every partition of {@code news.articles.current},
 * assigned (no group, nothing committed), from the end at start-up, read_committed (the sink writes in
 * transactions). Every api instance runs one, so a subscriber of any instance sees every article, while
 * the stores stay split between the instances.
 */
public final class LiveFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
    private static final Duration POLL = Duration.ofMillis(100);
    /** How often the partitions are looked up again, so that partitions added later are read too. */
    private static final long PARTITION_CHECK_MS = TimeUnit.SECONDS.toMillis(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final EventBuffer buffer;
    private final Counter events;
    private final Thread thread;
    private volatile boolean running = true;

    private LiveFeed(final KafkaConsumer<String, byte[]> consumer, final EventBuffer buffer, final Counter events) {
        this.consumer = consumer;
        this.buffer = buffer;
        this.events = events;
        this.thread = new Thread(this::run, "api-live-feed");
        this.thread.setDaemon(true);
    }

    /** Starts reading from the end of every partition. */
    public static LiveFeed start(final String bootstrapServers, final Properties kafka, final EventBuffer buffer,
            final Counter events) {
        final Properties props = new Properties();
        props.putAll(kafka);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-api-live-" + UUID.randomUUID());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        final KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer());
        final LiveFeed feed = new LiveFeed(consumer, buffer, events);
        try {
            feed.assign();
        } catch (RuntimeException e) {
            consumer.close(Duration.ofSeconds(1));
            throw e;
        }
        // Read before the thread starts: a KafkaConsumer may be used by one thread at a time.
        final int partitions = consumer.assignment().size();
        feed.thread.start();
        LOG.info("event=live_feed_started topic={} partitions={}", Topics.CURRENT.name(), partitions);
        return feed;
    }

    private void assign() {
        final List<PartitionInfo> infos = consumer.partitionsFor(Topics.CURRENT.name(), Duration.ofSeconds(10));
        final List<TopicPartition> partitions = infos.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        if (partitions.size() == consumer.assignment().size()) {
            return;
        }
        final List<TopicPartition> added = partitions.stream().filter(p -> !consumer.assignment().contains(p))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(added);
        // The end is resolved now, not at the first poll: what is written after start-up is streamed.
        added.forEach(consumer::position);
    }

    private void run() {
        long nextCheck = System.currentTimeMillis() + PARTITION_CHECK_MS;
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    publish(r);
                }
                if (System.currentTimeMillis() > nextCheck) {
                    assign();
                    nextCheck = System.currentTimeMillis() + PARTITION_CHECK_MS;
                }
            }
        } catch (WakeupException e) {
            // close() asked it to stop.
        } catch (RuntimeException e) {
            LOG.error("event=live_feed_failed", e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
            LOG.info("event=live_feed_stopped");
        }
    }

    private void publish(final ConsumerRecord<String, byte[]> r) {
        if (r.key() == null) {
            return;
        }
        if (r.value() == null) {
            buffer.publish(LiveEvent.RETRACTION, Json.writeBytes(new Retraction(r.key())), null);
            events.increment();
            return;
        }
        try {
            final EnrichedArticle article = Json.read(r.value(), EnrichedArticle.class);
            buffer.publish(LiveEvent.ARTICLE, oneLine(r.value()), article);
            events.increment();
        } catch (java.io.IOException | RuntimeException e) {
            LOG.debug("event=live_record_skipped id={} reason=\"{}\"", r.key(), e.getMessage());
        }
    }

    /** The data of a retraction event. */
    public record Retraction(String id) {
    }

    /** JSON has line breaks only as whitespace between tokens: as spaces it stays the same JSON, on one line. */
    static byte[] oneLine(final byte[] json) {
        final String s = new String(json, StandardCharsets.UTF_8);
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? json
                : s.replace('\n', ' ').replace('\r', ' ').getBytes(StandardCharsets.UTF_8);
    }

    public boolean isAlive() {
        return thread.isAlive();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
