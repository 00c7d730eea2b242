package io.newsflow.ingest.feeds;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to poll a feed next: the interval give or take 10 %, so that many feeds do not all come due at
 * once; after consecutive failures the interval doubles with each, up to 64 times the interval or an
 * hour, whichever is longer, so that a broken or overloaded site is asked less and less often.
 */
final class FeedSchedule {

    static final double JITTER = 0.10;
    private static final int MAX_DOUBLINGS = 6;
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final Duration interval;
    private final RandomGenerator random;

    FeedSchedule(final Duration interval, final RandomGenerator random) {
        this.interval = interval;
        this.random = random;
    }

    /** The delay before the next poll after {@code failures} failures in a row (0 after a success). */
    Duration next(final int failures) {
        long base = interval.toMillis();
        if (failures > 0) {
            final long cap = Math.max(base, MAX_BACKOFF.toMillis());
            base = Math.min(cap, base << Math.min(failures, MAX_DOUBLINGS));
        }
        final double factor = 1 + JITTER * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(base * factor)));
    }

    /** The delay before a feed's first poll: spread over up to one interval (at most 2 s), so start-up is no burst. */
    Duration first() {
        return Duration.ofMillis((long) (random.nextDouble() * Math.min(interval.toMillis(), 2_000)));
    }
}
