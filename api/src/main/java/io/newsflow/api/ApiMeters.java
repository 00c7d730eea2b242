package io.newsflow.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.ops.Metrics;

/**
 * The meters the api updates: article revisions indexed and articles removed by the stream, events handed
 * to the live stream.
 */
public record ApiMeters(Counter indexed, Counter removed, Counter events) {

    public static final String INDEXED = "newsflow.api.articles.indexed";
    public static final String REMOVED = "newsflow.api.articles.removed";
    public static final String EVENTS = "newsflow.api.stream.events";

    public static ApiMeters of(final Metrics metrics) {
        return of(metrics.registry());
    }

    /** Meters exposed nowhere, for a topology whose counts nobody reads (tests). */
    public static ApiMeters unregistered() {
        return of(new SimpleMeterRegistry());
    }

    private static ApiMeters of(final MeterRegistry registry) {
        return new ApiMeters(
                Counter.builder(INDEXED).description("Article revisions indexed in the api's stores").register(registry),
                Counter.builder(REMOVED).description("Articles removed from the api's stores (tombstones)")
                        .register(registry),
                Counter.builder(EVENTS).description("Events handed to the api's live stream").register(registry));
    }
}
