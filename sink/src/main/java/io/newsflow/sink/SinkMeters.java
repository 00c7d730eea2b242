package io.newsflow.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.ops.Metrics;
import java.util.Objects;

/** The meters the sink updates: revisions written to {@code news.articles.current} and the time each took. */
public record SinkMeters(Counter stored, Timer writeDuration) {

    public SinkMeters {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(writeDuration, "writeDuration");
    }

    /** {@link Metrics#stored()} and the {@value Metrics#SINK_WRITE_DURATION} timer. */
    public static SinkMeters of(final Metrics metrics) {
        return new SinkMeters(metrics.stored(), writeTimer(metrics));
    }

    public static Timer writeTimer(final Metrics metrics) {
        return metrics.timer(Metrics.SINK_WRITE_DURATION, "Time from reading an enriched record to writing it");
    }

    /** Meters exposed nowhere, for a topology whose counts nobody reads (tests). */
    public static SinkMeters unregistered() {
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        return new SinkMeters(registry.counter(Metrics.ARTICLES_STORED), registry.timer(Metrics.SINK_WRITE_DURATION));
    }
}
