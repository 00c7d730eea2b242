package io.newsflow.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.ops.Metrics;
import java.util.Objects;

/**
 * The meters the enrich stream updates: articles enriched and forwarded, the time each took, records
 * sent to the dead-letter topic, and articles enriched without tags because of their language.
 */
public record EnrichMeters(Counter enriched, Timer duration, Counter deadLetters, Counter skippedForLanguage) {

    /** The reason label of {@link #skippedForLanguage()}; the language itself is left out, as a producer names it. */
    static final String LANGUAGE = "language";

    public EnrichMeters {
        Objects.requireNonNull(enriched, "enriched");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(deadLetters, "deadLetters");
        Objects.requireNonNull(skippedForLanguage, "skippedForLanguage");
    }

    /** {@link Metrics#enriched()}, {@link Metrics#enrichDuration()}, {@link Metrics#dlq()}, skipped articles. */
    public static EnrichMeters of(final Metrics metrics) {
        return new EnrichMeters(metrics.enriched(), metrics.enrichDuration(), metrics.dlq(), metrics.skipped(LANGUAGE));
    }

    /** Meters exposed nowhere, for a topology whose counts nobody reads (tools, tests). */
    public static EnrichMeters unregistered() {
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        return new EnrichMeters(registry.counter(Metrics.ARTICLES_ENRICHED), registry.timer(Metrics.ENRICH_DURATION),
                registry.counter(Metrics.DLQ), registry.counter(Metrics.ARTICLES_SKIPPED, Metrics.TAG_REASON, LANGUAGE));
    }
}
