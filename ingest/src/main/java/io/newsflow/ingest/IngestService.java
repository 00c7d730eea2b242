package io.newsflow.ingest;

import io.newsflow.common.ops.Metrics;
import io.newsflow.common.ops.OpsHandler;
import io.newsflow.common.ops.SummaryReporter;
import io.newsflow.common.service.Health;
import io.newsflow.common.service.ManagedService;
import io.newsflow.common.service.ServiceContext;
import io.newsflow.common.topic.Topic;
import io.newsflow.common.topic.TopicAdmin;
import io.newsflow.common.topic.TopicConfigException;
import io.newsflow.common.topic.Topics;
import io.newsflow.ingest.feeds.FeedsService;
import io.newsflow.ingest.feeds.KafkaFeedStateStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running ingest service: the raw topic made sure of, a producer, and the HTTP intake, which also
 * serves {@code /health/live}, {@code /health/ready} and {@code /metrics} of the ops handler of its
 * {@link ServiceContext}, and its summary line. {@link #close()} stops the intake first, so that nothing
 * new is accepted, then closes the producer once the records in flight are acknowledged; the whole stop
 * stays under ten seconds. With feeds configured it also polls them ({@link FeedsService}), on the same
 * producer.
 */
public final class IngestService implements ManagedService {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final Duration HEALTH_CACHE = Duration.ofSeconds(5);
    private static final int HEALTH_TIMEOUT_MS = 2_000;
    private static final Duration ADMIN_CLOSE_TIMEOUT = Duration.ofSeconds(1);

    private final Admin admin;
    private final ArticlePublisher publisher;
    private final ServiceContext context;
    private final OpsHandler ops;
    private final SummaryReporter summary;
    private volatile IngestHttpServer http;
    private volatile FeedsService feeds;
    private volatile boolean closed;
    private Health cachedBrokerHealth;
    private long cachedAtNanos;

    private IngestService(final Admin admin, final ArticlePublisher publisher, final ServiceContext context) {
        this.admin = admin;
        this.publisher = publisher;
        this.context = context;
        this.ops = context.ops().register(this);
        this.summary = SummaryReporter.builder(name())
                .count("ingested", context.metrics().ingested())
                .count("rejected", context.metrics().total(Metrics.ARTICLES_REJECTED))
                .latency(ArticlePublisher.publishTimer(context.metrics()))
                .interval(context.summaryInterval())
                .build();
    }

    /**
     * Starts the service in {@code context}: its intake port serves the context's ops handler, so that
     * {@code /health/ready} answers for every service of the process that joined it.
     *
     * @throws IngestStartException when Kafka cannot be reached in time or the port cannot be bound
     */
    public static IngestService start(final IngestConfig cfg, final ServiceContext context) {
        LOG.debug("event=starting config={}", cfg);
        final Metrics metrics = context.metrics();
        Admin admin = null;
        ArticlePublisher publisher = null;
        IngestService service = null;
        try {
            admin = createAdmin(cfg);
            ensureTopics(admin, cfg);
            publisher = ArticlePublisher.create(cfg, metrics);
            // Zero from the start, so that a rate or an alert over them never begins with a gap.
            metrics.ingested();
            RejectionReasons.ALL.forEach(metrics::rejected);
            service = new IngestService(admin, publisher, context);
            service.http = IngestHttpServer.start(cfg, publisher, service::health, service.ops);
            if (cfg.feeds().enabled()) {
                service.feeds = IngestFeeds.start(cfg, publisher, metrics, context.summaryInterval());
            }
            service.summary.start();
            LOG.info("event=started port={} topic={} feeds={}", service.port(), Topics.RAW.name(),
                    cfg.feeds().feeds().size());
            return service;
        } catch (RuntimeException e) {
            if (service != null) {
                context.ops().unregister(service);
                if (service.http != null) {
                    service.http.close();
                }
            }
            closeQuietly(admin, publisher);
            context.release();
            throw e;
        }
    }

    /** The topics ingest writes, created at start-up when missing: the articles, and the feeds' state. */
    public static List<Topic<?, ?>> topics() {
        return List.of(Topics.RAW, KafkaFeedStateStore.TOPIC);
    }

    /** Creates {@code news.articles.raw} when it is missing; used by the service and by {@code ingest files}. */
    public static void ensureTopics(final IngestConfig cfg) {
        final Admin admin = createAdmin(cfg);
        try {
            ensureTopics(admin, cfg);
        } finally {
            admin.close(ADMIN_CLOSE_TIMEOUT);
        }
    }

    private static void ensureTopics(final Admin admin, final IngestConfig cfg) {
        try {
            TopicAdmin.ensureTopics(admin, topics(), cfg.partitions(), cfg.replication().resolve(admin));
        } catch (TopicConfigException e) {
            throw new IngestStartException("cannot set up the topics " + Topics.RAW.name() + " and "
                    + KafkaFeedStateStore.TOPIC.name() + ": " + e.getMessage(), e);
        }
    }

    private static Admin createAdmin(final IngestConfig cfg) {
        try {
            return Admin.create(TopicAdmin.adminProperties(cfg.bootstrapServers(), cfg.kafka(),
                    "newsflow-ingest-admin"));
        } catch (KafkaException e) {
            throw KafkaClients.configProblem("admin", e);
        }
    }

    @Override
    public String name() {
        return "ingest";
    }

    /** The HTTP port actually bound. */
    public int port() {
        return http.port();
    }

    public ArticlePublisher publisher() {
        return publisher;
    }

    /** Whether the intake still runs, without asking the cluster. */
    @Override
    public boolean live() {
        final IngestHttpServer server = http;
        final FeedsService poller = feeds;
        return !closed && (server == null || server.isRunning()) && (poller == null || poller.live());
    }

    /**
     * Live while the intake runs; ready while the Kafka cluster answers and {@code news.articles.raw}
     * exists (checked at most every 5 s).
     */
    @Override
    public Health health() {
        if (closed) {
            return Health.dead("closed");
        }
        final IngestHttpServer server = http;
        if (server != null && !server.isRunning()) {
            return Health.dead("HTTP intake stopped");
        }
        final FeedsService poller = feeds;
        if (poller != null && !poller.live()) {
            return poller.health();
        }
        return brokerHealth();
    }

    private synchronized Health brokerHealth() {
        final long now = System.nanoTime();
        if (cachedBrokerHealth != null && now - cachedAtNanos < HEALTH_CACHE.toNanos()) {
            return cachedBrokerHealth;
        }
        Health h;
        try {
            // Answering for the topic proves both that the cluster is reachable and that the topic is there.
            admin.describeTopics(List.of(Topics.RAW.name()), new DescribeTopicsOptions().timeoutMs(HEALTH_TIMEOUT_MS))
                    .allTopicNames().get(HEALTH_TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS);
            h = Health.up();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            h = Health.notReady("interrupted while checking Kafka");
        } catch (ExecutionException e) {
            final Throwable cause = e.getCause() == null ? e : e.getCause();
            h = cause instanceof UnknownTopicOrPartitionException
                    ? Health.notReady("topic " + Topics.RAW.name() + " does not exist")
                    : Health.notReady("Kafka cluster unreachable: " + cause.getClass().getSimpleName());
        } catch (TimeoutException | RuntimeException e) {
            h = Health.notReady("Kafka cluster unreachable: " + e.getClass().getSimpleName());
        }
        if (!h.ready() && (cachedBrokerHealth == null || cachedBrokerHealth.ready())) {
            LOG.warn("event=not_ready reason=\"{}\"", h.reason());
        }
        cachedBrokerHealth = h;
        cachedAtNanos = System.nanoTime();
        return h;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("event=stopping");
        final long start = System.nanoTime();
        ops.unregister(this);
        if (feeds != null) {
            feeds.close();
        }
        if (http != null) {
            http.close();
        }
        closeQuietly(admin, publisher);
        // After the intake stopped, so that the last summary has the final counts.
        summary.close();
        context.release();
        LOG.info("event=stopped tookMs={}", (System.nanoTime() - start) / 1_000_000);
    }

    private static void closeQuietly(final Admin admin, final ArticlePublisher publisher) {
        if (publisher != null) {
            try {
                publisher.close();
            } catch (RuntimeException e) {
                LOG.warn("event=producer_close_failed", e);
            }
        }
        try {
            if (admin != null) {
                admin.close(ADMIN_CLOSE_TIMEOUT);
            }
        } catch (RuntimeException e) {
            LOG.warn("event=admin_close_failed", e);
        }
    }
}
