package io.newsflow.common.service;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what to do when a stream thread dies: replace it, unless more than {@code maxDeaths} threads
 * died within {@code window}, in which case the client shuts down. A failure that kills every thread
 * it meets would otherwise spin forever while the service still looked alive. Every Streams service
 * uses {@link #standard()}: {@value #MAX_REPLACEMENTS} deaths within five minutes.
 */
public final class ThreadReplacementPolicy {

    /** Deaths tolerated within {@link #WINDOW} before the client is shut down. */
    public static final int MAX_REPLACEMENTS = 10;
    public static final Duration WINDOW = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(ThreadReplacementPolicy.class);

    private final int maxDeaths;
    private final long windowNanos;
    private final Deque<Long> deaths = new ArrayDeque<>();

    public ThreadReplacementPolicy(final int maxDeaths, final Duration window) {
        this.maxDeaths = maxDeaths;
        this.windowNanos = window.toNanos();
    }

    /** {@value #MAX_REPLACEMENTS} deaths within {@link #WINDOW}. */
    public static ThreadReplacementPolicy standard() {
        return new ThreadReplacementPolicy(MAX_REPLACEMENTS, WINDOW);
    }

    public Duration window() {
        return Duration.ofNanos(windowNanos);
    }

    /** Records a death at {@code nanoTime} and answers; also returns how many deaths are in the window. */
    public synchronized Decision onDeath(final long nanoTime) {
        deaths.addLast(nanoTime);
        while (nanoTime - deaths.peekFirst() > windowNanos) {
            deaths.removeFirst();
        }
        final int recent = deaths.size();
        return new Decision(recent > maxDeaths ? StreamThreadExceptionResponse.SHUTDOWN_CLIENT
                : StreamThreadExceptionResponse.REPLACE_THREAD, recent);
    }

    public record Decision(StreamThreadExceptionResponse response, int deathsInWindow) {
    }

    /** The handler of a Streams client of {@code component}: decides by this policy and logs the decision. */
    public StreamsUncaughtExceptionHandler handler(final String component) {
        return error -> {
            final Decision decision = onDeath(System.nanoTime());
            if (decision.response() == StreamThreadExceptionResponse.SHUTDOWN_CLIENT) {
                LOG.error("event=stream_thread_died action=shutdown deathsInWindow={} window={} component={}",
                        decision.deathsInWindow(), window(), component, error);
            } else {
                LOG.error("event=stream_thread_died action=replace_thread deathsInWindow={} component={}",
                        decision.deathsInWindow(), component, error);
            }
            return decision.response();
        };
    }
}
