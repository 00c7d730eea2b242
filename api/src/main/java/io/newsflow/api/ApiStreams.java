package io.newsflow.api;

import io.newsflow.common.ops.SummaryReporter;
import io.newsflow.common.service.ServiceContext;
import io.newsflow.common.service.StreamsService;
import io.newsflow.common.topic.Topic;
import io.newsflow.common.topic.Topics;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/** The api's Kafka Streams part on the service skeleton: the {@link ApiTopology}, whose stores the routes query. */
final class ApiStreams extends StreamsService {

    private final ApiMeters meters;

    private ApiStreams(final ApiConfig cfg, final Properties streamsConfig, final ApiMeters meters,
            final ServiceContext context) {
        super(new Definition(cfg.streams(), cfg.kafka(), topics(), ApiTopology.buildTopology(cfg, meters),
                streamsConfig), context);
        this.meters = meters;
    }

    /** Creates the topics when missing, then starts the stream with {@code streamsConfig}. */
    static ApiStreams start(final ApiConfig cfg, final Properties streamsConfig, final ApiMeters meters,
            final ServiceContext context) {
        final Supplier<ApiStreams> build = () -> new ApiStreams(cfg, streamsConfig, meters, context);
        return start(context, build);
    }

    /** The topics the api reads (news.stories.current is created when missing, so the stream can start). */
    static List<Topic<?, ?>> topics() {
        return List.of(Topics.CURRENT, Topics.STORIES, Topics.DLQ);
    }

    KafkaStreams kafkaStreams() {
        return streams();
    }

    @Override
    protected SummaryReporter.Builder summary(final SummaryReporter.Builder builder) {
        return builder.count("indexed", meters.indexed()).count("removed", meters.removed())
                .count("events", meters.events());
    }
}
