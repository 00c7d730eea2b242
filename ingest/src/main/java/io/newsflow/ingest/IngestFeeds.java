package io.newsflow.ingest;

import io.newsflow.common.feed.FeedState;
import io.newsflow.common.ops.Metrics;
import io.newsflow.ingest.feeds.FeedsService;
import io.newsflow.ingest.feeds.KafkaFeedStateStore;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Starts the feed poller of an ingest configuration: its state in {@code news.feeds.state}, written with
 * the same guarantees as the articles (idempotent producer, acks=all) and read by a consumer in no group.
 */
public final class IngestFeeds {

    private IngestFeeds() {
    }

    /**
     * Starts polling {@code cfg}'s feeds, publishing with {@code publisher}; null: with a publisher of its
     * own, closed with the poller.
     */
    public static FeedsService start(final IngestConfig cfg, final ArticlePublisher publisher, final Metrics metrics,
            final Duration summaryInterval) {
        final ArticlePublisher used = publisher != null ? publisher : ArticlePublisher.create(cfg, metrics);
        final KafkaFeedStateStore store;
        try {
            store = new KafkaFeedStateStore(stateProducer(cfg), stateConsumer(cfg), cfg.sendTimeout());
        } catch (RuntimeException e) {
            if (publisher == null) {
                used.close();
            }
            throw e;
        }
        try {
            return FeedsService.start(cfg.feeds(), used, cfg.maxBodyBytes(), store, publisher == null ? used : null,
                    metrics, summaryInterval);
        } catch (RuntimeException e) {
            store.close();
            if (publisher == null) {
                used.close();
            }
            throw new IngestStartException("cannot start polling feeds: " + e.getMessage(), e);
        }
    }

    private static KafkaProducer<String, FeedState> stateProducer(final IngestConfig cfg) {
        final Properties props = IngestProducer.settings(cfg);
        props.put("client.id", props.getProperty("client.id", "newsflow-ingest") + "-feeds-state");
        try {
            return new KafkaProducer<>(props, KafkaFeedStateStore.TOPIC.keySerde().serializer(),
                    KafkaFeedStateStore.TOPIC.valueSerde().serializer());
        } catch (KafkaException e) {
            throw KafkaClients.configProblem("producer", e);
        }
    }

    private static KafkaConsumer<String, byte[]> stateConsumer(final IngestConfig cfg) {
        final Properties passthrough = cfg.kafka();
        final Properties props = new Properties();
        passthrough.stringPropertyNames().stream()
                .filter(k -> ConsumerConfig.configNames().contains(k))
                .forEach(k -> props.put(k, passthrough.getProperty(k)));
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cfg.bootstrapServers());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-feeds-state");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try {
            return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        } catch (KafkaException e) {
            throw KafkaClients.configProblem("consumer", e);
        }
    }
}
