package io.newsflow.common.ops;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Binds a Kafka Streams instance's metrics (its own and those of its embedded clients, as
 * {@code kafka_stream_*}, {@code kafka_consumer_*}, {@code kafka_producer_*}). Kept apart from
 * {@link Metrics} so that services without Kafka Streams on their classpath never load it.
 */
public final class StreamsMetrics {

    private StreamsMetrics() {
    }

    /** Binds {@code streams}; the binding is closed with {@code metrics}, or earlier through the result. */
    public static AutoCloseable bind(final Metrics metrics, final KafkaStreams streams) {
        final KafkaStreamsMetrics binder = new KafkaStreamsMetrics(streams);
        binder.bindTo(metrics.meterRegistry());
        return metrics.track(binder);
    }
}
