package io.newsflow.enrich;

import io.newsflow.common.ops.KafkaLag;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.ops.StreamsMetrics;
import io.newsflow.common.ops.SummaryReporter;
import io.newsflow.common.service.Health;
import io.newsflow.common.service.ManagedService;
import io.newsflow.common.topic.Topic;
import io.newsflow.common.topic.TopicAdmin;
import io.newsflow.common.topic.Topics;
import io.newsflow.tagger.Enricher;
import io.newsflow.tagger.Enrichers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: the {@link EnrichTopology} running on Kafka Streams. A stream thread that dies
 * is replaced; if threads keep dying (more than {@value #MAX_REPLACEMENTS} within
 * {@link #REPLACEMENT_WINDOW}), the service stops and reports itself not live, so that a supervisor
 * restarts it instead of it spinning on the same failure.
 *
 * <p>The stream's own metrics and those of its clients, articles enriched, their duration and dead
 * letters go to the {@link Metrics} given at start.
 */
public final class EnrichService implements ManagedService {

    /** Leaves room, within the ten seconds a SIGTERM allows, for the ops server and the last summary. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(8);
    static final int MAX_REPLACEMENTS = 10;
    static final Duration REPLACEMENT_WINDOW = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final KafkaStreams streams;
    private final Metrics metrics;
    private final boolean ownsMetrics;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ThreadReplacementPolicy replacementPolicy =
            new ThreadReplacementPolicy(MAX_REPLACEMENTS, REPLACEMENT_WINDOW);

    private EnrichService(final org.apache.kafka.streams.Topology topology, final Properties props,
            final Metrics metrics, final boolean ownsMetrics) {
        this.streams = new KafkaStreams(topology, props);
        this.metrics = metrics;
        this.ownsMetrics = ownsMetrics;
        StreamsMetrics.bind(metrics, streams);
        streams.setStateListener((next, previous) -> {
            LOG.info("event=state_change from={} to={}", previous, next);
            if (next == KafkaStreams.State.NOT_RUNNING || next == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(this::onUncaught);
    }

    /**
     * Loads the enricher, creates the topics the service uses when they are missing, and starts the
     * stream. Returns once the stream is starting; {@link #health()} says when it is ready.
     *
     * @throws io.newsflow.common.config.ConfigException when a passthrough setting is not valid for Kafka Streams
     * @throws io.newsflow.common.topic.TopicConfigException when the topics cannot be created or checked
     */
    public static EnrichService start(final EnrichConfig cfg) {
        final Metrics own = Metrics.create("enrich");
        try {
            return start(cfg, own, true);
        } catch (RuntimeException e) {
            own.close();
            throw e;
        }
    }

    /**
     * Starts the service as {@link #start(EnrichConfig)} does, its meters in {@code metrics} (left open by
     * {@link #close()}).
     */
    public static EnrichService start(final EnrichConfig cfg, final Metrics metrics) {
        return start(cfg, metrics, false);
    }

    private static EnrichService start(final EnrichConfig cfg, final Metrics metrics, final boolean ownsMetrics) {
        LOG.info("event=starting config=\"{}\"", cfg);
        final EnrichMeters meters = EnrichMeters.of(metrics);
        final Properties props = EnrichTopology.streamsConfig(cfg, meters);
        final Enricher enricher = Enrichers.standard(cfg.places());
        ensureTopics(cfg);
        final EnrichService service = new EnrichService(EnrichTopology.buildTopology(cfg, enricher, meters), props,
                metrics, ownsMetrics);
        try {
            service.streams.start();
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        LOG.info("event=started applicationId={} threads={}", cfg.applicationId(), cfg.streamThreads());
        return service;
    }

    /** The topics the service reads and writes, created at start-up when missing. */
    public static List<Topic<?, ?>> topics() {
        final List<Topic<?, ?>> topics = new ArrayList<>(List.of(Topics.RAW, Topics.ENRICHED, Topics.DLQ));
        topics.addAll(Topics.TRACKS);
        return List.copyOf(topics);
    }

    private static void ensureTopics(final EnrichConfig cfg) {
        try (Admin admin = Admin.create(TopicAdmin.adminProperties(cfg.bootstrapServers(), cfg.kafka(),
                "newsflow-enrich-admin"))) {
            TopicAdmin.ensureTopics(admin, topics(), cfg.partitions());
        }
    }

    @Override
    public String name() {
        return "enrich";
    }

    @Override
    public Health health() {
        return healthOf(streams.state());
    }

    /**
     * Live while the stream can still make progress (created, rebalancing, running); ready only while it
     * processes records. Its topics were made sure of before the stream started, and a source topic that
     * disappears stops the stream.
     */
    static Health healthOf(final KafkaStreams.State state) {
        return switch (state) {
            case RUNNING -> Health.up();
            case CREATED, REBALANCING -> Health.notReady("stream is " + state);
            default -> Health.dead("stream is " + state);
        };
    }

    public Metrics metrics() {
        return metrics;
    }

    /** The periodic summary line of enrich: articles enriched, dead letters, lag, p50/p99 (not started). */
    public SummaryReporter summaryReporter(final Duration interval) {
        return SummaryReporter.builder(name())
                .count("enriched", metrics.enriched())
                .dlq(metrics.dlq())
                .lag(KafkaLag.maxRecordsLag(streams::metrics))
                .latency(metrics.enrichDuration())
                .interval(interval)
                .build();
    }

    /** The state of the stream, for logs and tests. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Waits until the stream has stopped, by {@link #close()} or by a fatal error; true if it did in time. */
    public boolean awaitStopped(final Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Finishes the records in flight, commits, and stops within {@link #CLOSE_TIMEOUT}. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("event=stopping");
        final boolean clean = streams.close(CLOSE_TIMEOUT);
        if (ownsMetrics) {
            metrics.close();
        }
        stopped.countDown();
        LOG.info("event=stopped clean={}", clean);
    }

    private StreamThreadExceptionResponse onUncaught(final Throwable error) {
        final ThreadReplacementPolicy.Decision decision = replacementPolicy.onDeath(System.nanoTime());
        if (decision.response() == StreamThreadExceptionResponse.SHUTDOWN_CLIENT) {
            LOG.error("event=stream_thread_died action=shutdown deathsInWindow={} window={}",
                    decision.deathsInWindow(), REPLACEMENT_WINDOW, error);
        } else {
            LOG.error("event=stream_thread_died action=replace_thread deathsInWindow={}", decision.deathsInWindow(),
                    error);
        }
        return decision.response();
    }
}
