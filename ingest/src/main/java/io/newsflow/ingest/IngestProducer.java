package io.newsflow.ingest;

import io.newsflow.common.article.RawArticle;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.topic.Topics;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka producer {@link ArticlePublisher} sends with: the passthrough settings, with what ingest's
 * guarantees depend on forced on top.
 */
final class IngestProducer {

    private static final Logger LOG = LoggerFactory.getLogger(IngestProducer.class);
    /** Room for the fields around the body (title, url, id...) in one record. */
    private static final int RECORD_OVERHEAD_BYTES = 64 * 1024;
    private static final int DEFAULT_LINGER_MS = 5;
    private static final int DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

    private IngestProducer() {
    }

    /** A producer of {@code news.articles.raw} configured from {@code cfg}. */
    static KafkaProducer<String, RawArticle> create(final IngestConfig cfg) {
        try {
            return new KafkaProducer<>(settings(cfg), Topics.RAW.keySerde().serializer(),
                    Topics.RAW.valueSerde().serializer());
        } catch (KafkaException e) {
            throw KafkaClients.configProblem("producer", e);
        }
    }

    /**
     * The passthrough settings with what ingest's guarantees depend on forced on top: idempotence,
     * acks=all, and timeouts that make a send give up within the send timeout.
     */
    static Properties settings(final IngestConfig cfg) {
        final Properties props = cfg.kafka();
        final long timeoutMs = cfg.sendTimeout().toMillis();
        final long linger = Math.min(longOr(props, ProducerConfig.LINGER_MS_CONFIG, DEFAULT_LINGER_MS), timeoutMs / 2);
        final long requestTimeout = Math.min(longOr(props, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                DEFAULT_REQUEST_TIMEOUT_MS), timeoutMs - linger);
        final long maxRequest = Math.max(longOr(props, ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1024 * 1024),
                (long) cfg.maxBodyBytes() + RECORD_OVERHEAD_BYTES);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
        force(props, ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cfg.bootstrapServers());
        force(props, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        force(props, ProducerConfig.ACKS_CONFIG, "all");
        force(props, ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(timeoutMs));
        force(props, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(timeoutMs));
        props.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(linger));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(requestTimeout));
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(maxRequest));
        return props;
    }

    private static long longOr(final Properties props, final String key, final long fallback) {
        final String v = props.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException("kafka." + key + " must be a whole number, was '"
                    + v + "'", e);
        }
    }

    private static void force(final Properties props, final String key, final String value) {
        final Object previous = props.put(key, value);
        if (previous != null && !previous.toString().strip().equals(value)) {
            LOG.warn("event=kafka_setting_overridden key={} given={} used={} reason=\"ingest guarantees depend on it\"",
                    key, previous, value);
        }
    }
}
