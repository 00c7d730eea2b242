package io.newsflow.enrich;

import io.newsflow.common.ops.SummaryReporter;
import io.newsflow.common.service.ServiceContext;
import io.newsflow.common.service.StreamsService;
import io.newsflow.common.topic.Topic;
import io.newsflow.common.topic.Topics;
import io.newsflow.tagger.Enricher;
import io.newsflow.tagger.Enrichers;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: the {@link EnrichTopology} on the {@link StreamsService} skeleton, which runs it,
 * says its health, replaces dying stream threads (within a cap) and logs its summary. Articles
 * enriched, their duration and dead letters are counted on the metrics of its {@link ServiceContext}.
 */
public final class EnrichService extends StreamsService {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final EnrichMeters meters;

    private EnrichService(final EnrichConfig cfg, final EnrichMeters meters, final ServiceContext context) {
        super(definition(cfg, meters), context);
        this.meters = meters;
    }

    /**
     * Loads the enricher, creates the topics the service uses when they are missing, and starts the
     * stream with a metrics registry of its own. Returns once the stream is starting; {@link #health()}
     * says when it is ready.
     *
     * @throws io.newsflow.common.config.ConfigException when a passthrough setting is not valid for Kafka Streams
     * @throws io.newsflow.common.topic.TopicConfigException when the topics cannot be created or checked
     */
    public static EnrichService start(final EnrichConfig cfg) {
        return start(cfg, ServiceContext.standalone("enrich"));
    }

    /** Starts the service in {@code context}: its metrics, health answers and summary interval. */
    public static EnrichService start(final EnrichConfig cfg, final ServiceContext context) {
        LOG.info("event=starting config=\"{}\"", cfg);
        return start(context, () -> new EnrichService(cfg, EnrichMeters.of(context.metrics()), context));
    }

    private static Definition definition(final EnrichConfig cfg, final EnrichMeters meters) {
        final Enricher enricher = Enrichers.standard(cfg.places());
        return new Definition(cfg.streams(), cfg.kafka(), topics(), EnrichTopology.buildTopology(cfg, enricher, meters),
                EnrichTopology.streamsConfig(cfg, meters));
    }

    /** The topics the service reads and writes, created at start-up when missing. */
    public static List<Topic<?, ?>> topics() {
        return Stream.<Topic<?, ?>>concat(Stream.of(Topics.RAW, Topics.ENRICHED, Topics.DLQ, Topics.STORIES),
                Topics.TRACKS.stream())
                .toList();
    }

    /** Articles enriched, dead letters, p50/p99 of the time an article takes. */
    @Override
    protected SummaryReporter.Builder summary(final SummaryReporter.Builder builder) {
        return builder.count("enriched", meters.enriched()).dlq(meters.deadLetters()).latency(meters.duration());
    }
}
