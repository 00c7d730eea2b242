package io.newsflow.sink;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.ops.KafkaLag;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.ops.StreamsMetrics;
import io.newsflow.common.ops.SummaryReporter;
import io.newsflow.common.service.Health;
import io.newsflow.common.service.ManagedService;
import io.newsflow.common.topic.TopicAdmin;
import io.newsflow.common.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink as a running service: its topics checked, its Kafka Streams application started, its
 * metrics (revisions stored, write time, the Streams and client metrics) in the {@link Metrics} given.
 */
public final class SinkService implements ManagedService {

    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    /** Leaves room, within the ten seconds a SIGTERM allows, for the ops server and the last summary. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(8);

    private final KafkaStreams streams;
    private final Metrics metrics;
    private final boolean ownsMetrics;

    private SinkService(final KafkaStreams streams, final Metrics metrics, final boolean ownsMetrics) {
        this.streams = streams;
        this.metrics = metrics;
        this.ownsMetrics = ownsMetrics;
    }

    /** Starts the sink with a metrics registry of its own, closed with the service. */
    public static SinkService start(final SinkConfig cfg) {
        final Metrics own = Metrics.create("sink");
        try {
            return start(cfg, own, true);
        } catch (RuntimeException e) {
            own.close();
            throw e;
        }
    }

    /** Starts the sink, its meters in {@code metrics} (left open by {@link #close()}). */
    public static SinkService start(final SinkConfig cfg, final Metrics metrics) {
        return start(cfg, metrics, false);
    }

    /**
     * Creates the topics the sink uses when missing, then starts it.
     *
     * @throws io.newsflow.common.topic.TopicConfigException when {@code news.articles.current} exists
     *     without {@code cleanup.policy=compact}, or the cluster cannot be reached
     * @throws ConfigException when Kafka Streams rejects a setting (e.g. a {@code kafka.} passthrough)
     */
    private static SinkService start(final SinkConfig cfg, final Metrics metrics, final boolean ownsMetrics) {
        final KafkaStreams streams;
        try {
            streams = new KafkaStreams(SinkTopology.buildTopology(cfg, SinkMeters.of(metrics)),
                    SinkTopology.streamsConfig(cfg, metrics.dlq()));
        } catch (org.apache.kafka.common.config.ConfigException e) {
            throw new ConfigException("Kafka Streams rejected the sink's settings: " + e.getMessage(), e);
        }
        try {
            ensureTopics(cfg);
        } catch (RuntimeException e) {
            streams.close(Duration.ZERO);
            throw e;
        }
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("event=stream_thread_failed action=replace_thread", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.info("event=state_change from={} to={}", before, now));
        StreamsMetrics.bind(metrics, streams);
        // Zero from the start, so that a rate over it never begins with a gap.
        metrics.stored();
        streams.start();
        LOG.info("event=sink_started application_id={} bootstrap_servers={} threads={}",
                cfg.applicationId(), cfg.bootstrapServers(), cfg.streamThreads());
        return new SinkService(streams, metrics, ownsMetrics);
    }

    private static void ensureTopics(final SinkConfig cfg) {
        try (Admin admin = Admin.create(TopicAdmin.adminProperties(cfg.bootstrapServers(), cfg.kafka(),
                "newsflow-sink-admin"))) {
            TopicAdmin.ensureTopics(admin, List.of(Topics.ENRICHED, Topics.CURRENT, Topics.DLQ), cfg.partitions());
        }
    }

    @Override
    public String name() {
        return "sink";
    }

    @Override
    public Health health() {
        final KafkaStreams.State state = streams.state();
        return switch (state) {
            case RUNNING -> Health.up();
            case CREATED, REBALANCING -> Health.notReady("kafka streams " + state);
            default -> Health.dead("kafka streams " + state);
        };
    }

    public Metrics metrics() {
        return metrics;
    }

    /** The periodic summary line of the sink: revisions stored, lag, p50/p99 write time (not started). */
    public SummaryReporter summaryReporter(final Duration interval) {
        return SummaryReporter.builder(name())
                .count("stored", metrics.stored())
                .lag(KafkaLag.maxRecordsLag(streams::metrics))
                .latency(SinkMeters.writeTimer(metrics))
                .interval(interval)
                .build();
    }

    /** The state of the underlying Kafka Streams application. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        final boolean closed = streams.close(CLOSE_TIMEOUT);
        if (ownsMetrics) {
            metrics.close();
        }
        LOG.info("event=sink_stopped clean={}", closed);
    }
}
