package io.newsflow.api.stream;

import io.newsflow.api.query.ArticleFilter;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One subscriber of the live stream: its filter, the events it missed and still resumes ({@link #replay()}),
 * and a bounded queue the feed offers to without ever waiting. A subscriber whose queue is full is
 * dropped: the feed goes on for the others, and the client reconnects with its Last-Event-ID.
 */
public final class Subscriber {

    private static final LiveEvent CLOSED = new LiveEvent(-1, "closed", new byte[0], null);

    private final ArticleFilter filter;
    private final BlockingQueue<LiveEvent> queue;
    private final List<LiveEvent> replay;
    private final boolean reset;
    private volatile boolean dropped;

    Subscriber(final ArticleFilter filter, final int queueSize, final List<LiveEvent> replay, final boolean reset) {
        this.filter = filter;
        this.queue = new ArrayBlockingQueue<>(queueSize + 1);
        this.replay = List.copyOf(replay);
        this.reset = reset;
    }

    /** Whether the stream starts with {@code event: reset} (the asked event is no longer kept). */
    public boolean reset() {
        return reset;
    }

    /** The kept events after the asked one that pass the filter, oldest first. */
    public List<LiveEvent> replay() {
        return replay;
    }

    public boolean dropped() {
        return dropped;
    }

    boolean wants(final LiveEvent e) {
        return e.article() == null || filter.matches(e.article());
    }

    /** Queues {@code e} if wanted; false when the queue is full (the subscriber is then dropped). */
    boolean offer(final LiveEvent e) {
        if (!wants(e)) {
            return true;
        }
        // One slot is kept for the closing marker, so that a full subscriber still learns it is dropped.
        if (queue.remainingCapacity() <= 1 || !queue.offer(e)) {
            dropped = true;
            queue.offer(CLOSED);
            return false;
        }
        return true;
    }

    void close() {
        queue.offer(CLOSED);
    }

    /**
     * The next event, null after {@code timeout} without one.
     *
     * @throws InterruptedException when the serving thread is interrupted
     * @throws SubscriptionEndedException when the subscriber was dropped or the stream closed
     */
    public LiveEvent next(final long timeout, final TimeUnit unit) throws InterruptedException {
        final LiveEvent e = queue.poll(timeout, unit);
        if (e == CLOSED) {
            throw new SubscriptionEndedException(dropped ? "too slow: more than the queue's events waiting"
                    : "the stream is closing");
        }
        return e;
    }
}
