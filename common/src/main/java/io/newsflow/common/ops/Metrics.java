package io.newsflow.common.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metrics of one service (or of the all-in-one process): a Prometheus registry whose every meter
 * carries {@code service=NAME}, the JVM binders, the Kafka client binders, and the pipeline meters under
 * the names every service shares. Micrometer names are dotted; Prometheus shows them in snake case with
 * a unit and {@code _total} suffix, as noted on each constant.
 */
public final class Metrics implements AutoCloseable {

    /** Prometheus {@code newsflow_articles_ingested_total}: articles ingest published and the broker acknowledged. */
    public static final String ARTICLES_INGESTED = "newsflow.articles.ingested";
    /** Prometheus {@code newsflow_articles_rejected_total{reason}}: input refused before publishing. */
    public static final String ARTICLES_REJECTED = "newsflow.articles.rejected";
    /** Prometheus {@code newsflow_articles_enriched_total}: articles enrich tagged and forwarded. */
    public static final String ARTICLES_ENRICHED = "newsflow.articles.enriched";
    /** Prometheus {@code newsflow_articles_stored_total}: revisions sink wrote to news.articles.current. */
    public static final String ARTICLES_STORED = "newsflow.articles.stored";
    /** Prometheus {@code newsflow_dlq_total}: records sent to news.articles.dlq. */
    public static final String DLQ = "newsflow.dlq";
    public static final String ARTICLES_SKIPPED = "newsflow.articles.skipped";
    /** Prometheus {@code newsflow_enrich_duration_seconds} (histogram buckets, p50/p99 quantiles, count, sum). */
    public static final String ENRICH_DURATION = "newsflow.enrich.duration";
    /** Prometheus {@code newsflow_ingest_publish_duration_seconds}: from accepted request to broker acknowledgement. */
    public static final String INGEST_PUBLISH_DURATION = "newsflow.ingest.publish.duration";
    /** Prometheus {@code newsflow_sink_write_duration_seconds}: from record read to revision written. */
    public static final String SINK_WRITE_DURATION = "newsflow.sink.write.duration";

    public static final String TAG_SERVICE = "service";
    public static final String TAG_REASON = "reason";

    private static final Logger LOG = LoggerFactory.getLogger(Metrics.class);

    private final String service;
    private final PrometheusMeterRegistry registry;
    private final Deque<AutoCloseable> binders = new ArrayDeque<>();

    private Metrics(final String service, final PrometheusMeterRegistry registry) {
        this.service = service;
        this.registry = registry;
    }

    /** A registry tagged {@code service=NAME} with the JVM and process binders bound. */
    public static Metrics create(final String service) {
        final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags(TAG_SERVICE, service);
        final Metrics metrics = new Metrics(service, registry);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        final JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        metrics.track(gc);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        return metrics;
    }

    public String service() {
        return service;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text exposition (format 0.0.4) of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    public Counter ingested() {
        return counter(ARTICLES_INGESTED, "Articles published to news.articles.raw and acknowledged by the broker");
    }

    /** The rejection counter for one reason, such as {@code malformed_json}, {@code too_large}, {@code no_text}. */
    public Counter rejected(final String reason) {
        return Counter.builder(ARTICLES_REJECTED)
                .description("Articles refused before publishing, by reason")
                .tag(TAG_REASON, reason)
                .register(registry);
    }

    public Counter enriched() {
        return counter(ARTICLES_ENRICHED, "Articles enriched and forwarded to news.articles.enriched");
    }

    /** Articles enriched without tags (e.g. {@code language}: not in English), by reason. */
    public Counter skipped(final String reason) {
        return Counter.builder(ARTICLES_SKIPPED)
                .description("Articles enriched without tags, by reason (language: not in a language newsflow tags)")
                .tag(TAG_REASON, reason)
                .register(registry);
    }

    public Counter stored() {
        return counter(ARTICLES_STORED, "Article revisions written to news.articles.current");
    }

    public Counter dlq() {
        return counter(DLQ, "Records sent to news.articles.dlq");
    }

    public Timer enrichDuration() {
        return timer(ENRICH_DURATION, "Time to enrich one article");
    }

    /**
     * A latency timer exposed both as a histogram (for {@code histogram_quantile} across instances) and
     * as p50/p99 computed here over the last two minutes (for the summary line and a quick look).
     */
    public Timer timer(final String name, final String description) {
        return Timer.builder(name)
                .description(description)
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    /** The sum over every tag combination of a counter, e.g. all reasons of {@link #ARTICLES_REJECTED}. */
    public LongSupplier total(final String counterName) {
        return () -> Math.round(registry.find(counterName).counters().stream().mapToDouble(Counter::count).sum());
    }

    /** Binds a producer's client metrics ({@code kafka_producer_*}); unbound by {@link #close()}. */
    public AutoCloseable bind(final Producer<?, ?> producer) {
        return bindClient(new KafkaClientMetrics(producer));
    }

    /** Binds a consumer's client metrics ({@code kafka_consumer_*}, including records-lag-max). */
    public AutoCloseable bind(final Consumer<?, ?> consumer) {
        return bindClient(new KafkaClientMetrics(consumer));
    }

    /** Closes what was bound (Kafka binders first, newest first); the registry itself last. */
    @Override
    public void close() {
        synchronized (binders) {
            while (!binders.isEmpty()) {
                final AutoCloseable binder = binders.pop();
                try {
                    binder.close();
                } catch (Exception e) {
                    LOG.warn("event=metrics_unbind_failed binder={}", binder.getClass().getSimpleName(), e);
                }
            }
        }
        registry.close();
    }

    MeterRegistry meterRegistry() {
        return registry;
    }

    AutoCloseable track(final AutoCloseable binder) {
        synchronized (binders) {
            binders.push(binder);
        }
        return binder;
    }

    private AutoCloseable bindClient(final KafkaClientMetrics binder) {
        binder.bindTo(registry);
        return track(binder);
    }

    private Counter counter(final String name, final String description) {
        return Counter.builder(name).description(description).register(registry);
    }
}
