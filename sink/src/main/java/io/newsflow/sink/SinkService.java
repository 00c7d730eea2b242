package io.newsflow.sink;

import io.newsflow.common.ops.SummaryReporter;
import io.newsflow.common.service.ServiceContext;
import io.newsflow.common.service.StreamsService;
import io.newsflow.common.topic.Topic;
import io.newsflow.common.topic.Topics;
import java.util.List;

/**
 * The sink as a running service: the {@link SinkTopology} on the {@link StreamsService} skeleton, its
 * revisions stored and write time counted on the metrics of its {@link ServiceContext}.
 */
public final class SinkService extends StreamsService {

    private final SinkMeters meters;

    private SinkService(final SinkConfig cfg, final SinkMeters meters, final ServiceContext context) {
        super(new Definition(cfg.streams(), cfg.kafka(), topics(), SinkTopology.buildTopology(cfg, meters),
                SinkTopology.streamsConfig(cfg, context.metrics().dlq())), context);
        this.meters = meters;
    }

    /** Starts the sink with a metrics registry of its own, closed with the service. */
    public static SinkService start(final SinkConfig cfg) {
        return start(cfg, ServiceContext.standalone("sink"));
    }

    /**
     * Creates the topics the sink uses when missing, then starts it in {@code context}.
     *
     * @throws io.newsflow.common.topic.TopicConfigException when {@code news.articles.current} exists
     *     without {@code cleanup.policy=compact}, or the cluster cannot be reached
     * @throws io.newsflow.common.config.ConfigException when Kafka Streams rejects a setting (e.g. a
     *     {@code kafka.} passthrough)
     */
    public static SinkService start(final SinkConfig cfg, final ServiceContext context) {
        // Zero from the start, so that a rate over it never begins with a gap.
        context.metrics().stored();
        return start(context, () -> new SinkService(cfg, SinkMeters.of(context.metrics()), context));
    }

    /** The topics the sink reads and writes, created at start-up when missing. */
    public static List<Topic<?, ?>> topics() {
        return List.of(Topics.ENRICHED, Topics.CURRENT, Topics.DLQ);
    }

    /** Revisions stored, lag, p50/p99 write time. */
    @Override
    protected SummaryReporter.Builder summary(final SummaryReporter.Builder builder) {
        return builder.count("stored", meters.stored()).latency(meters.writeDuration());
    }
}
