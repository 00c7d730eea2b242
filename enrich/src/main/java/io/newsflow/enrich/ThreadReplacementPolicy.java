package io.newsflow.enrich;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * Decides what to do when a stream thread dies: replace it, unless more than {@code maxDeaths} threads
 * died within {@code window}, in which case the client shuts down. A failure that kills every thread
 * it meets would otherwise spin forever while the service still looked alive.
 */
final class ThreadReplacementPolicy {

    private final int maxDeaths;
    private final long windowNanos;
    private final Deque<Long> deaths = new ArrayDeque<>();

    ThreadReplacementPolicy(final int maxDeaths, final Duration window) {
        this.maxDeaths = maxDeaths;
        this.windowNanos = window.toNanos();
    }

    /** Records a death at {@code nanoTime} and answers; also returns how many deaths are in the window. */
    synchronized Decision onDeath(final long nanoTime) {
        deaths.addLast(nanoTime);
        while (nanoTime - deaths.peekFirst() > windowNanos) {
            deaths.removeFirst();
        }
        final int recent = deaths.size();
        return new Decision(recent > maxDeaths ? StreamThreadExceptionResponse.SHUTDOWN_CLIENT
                : StreamThreadExceptionResponse.REPLACE_THREAD, recent);
    }

    record Decision(StreamThreadExceptionResponse response, int deathsInWindow) {
    }
}
