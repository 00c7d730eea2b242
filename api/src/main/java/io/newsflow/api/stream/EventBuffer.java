package io.newsflow.api.stream;

import io.newsflow.api.query.ArticleFilter;
import io.newsflow.common.article.EnrichedArticle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live stream of one instance: the last {@code capacity} events for Last-Event-ID resumption, and
 * the subscribers they are handed to. Event ids increase by one per event and start from the start-up
 * time in microseconds, so that the ids of a restarted instance are above those of its previous run and
 * an old Last-Event-ID is answered with a reset rather than wrong events. Publishing never waits on a
 * subscriber.
 */
public final class EventBuffer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventBuffer.class);

    private final int capacity;
    private final int maxSubscribers;
    private final int queueSize;
    private final Deque<LiveEvent> kept = new ArrayDeque<>();
    private final Set<Subscriber> subscribers = new LinkedHashSet<>();
    private long lastId;
    private boolean closed;

    public EventBuffer(final int capacity, final int maxSubscribers, final int queueSize) {
        this(capacity, maxSubscribers, queueSize, System.currentTimeMillis() * 1000);
    }

    /** With the first event id given (tests). */
    public EventBuffer(final int capacity, final int maxSubscribers, final int queueSize, final long firstId) {
        this.capacity = capacity;
        this.maxSubscribers = maxSubscribers;
        this.queueSize = queueSize;
        this.lastId = firstId - 1;
    }

    /** Keeps an event and offers it to every subscriber; returns it. */
    public synchronized LiveEvent publish(final String type, final byte[] data, final EnrichedArticle article) {
        final LiveEvent e = new LiveEvent(++lastId, type, data, article);
        if (kept.size() == capacity) {
            kept.removeFirst();
        }
        kept.addLast(e);
        subscribers.removeIf(s -> {
            if (!s.offer(e)) {
                LOG.info("event=subscriber_dropped reason=slow subscribers={}", subscribers.size() - 1);
                return true;
            }
            return false;
        });
        return e;
    }

    /**
     * A new subscriber; with {@code lastEventId}, it first gets the kept events after it (or a reset when
     * that event is no longer kept, or was never given).
     *
     * @throws TooManySubscribersException when every slot is taken
     */
    public synchronized Subscriber subscribe(final ArticleFilter filter, final Long lastEventId) {
        if (closed) {
            throw new SubscriptionEndedException("the stream is closing");
        }
        if (subscribers.size() >= maxSubscribers) {
            throw new TooManySubscribersException(maxSubscribers);
        }
        final List<LiveEvent> replay = new ArrayList<>();
        boolean reset = false;
        if (lastEventId != null) {
            final long oldestKept = kept.isEmpty() ? lastId + 1 : kept.getFirst().id();
            if (lastEventId < oldestKept - 1 || lastEventId > lastId) {
                reset = true;
            } else {
                final Subscriber probe = new Subscriber(filter, 1, List.of(), false);
                for (LiveEvent e : kept) {
                    if (e.id() > lastEventId && probe.wants(e)) {
                        replay.add(e);
                    }
                }
            }
        }
        final Subscriber s = new Subscriber(filter, queueSize, replay, reset);
        subscribers.add(s);
        return s;
    }

    public synchronized void unsubscribe(final Subscriber s) {
        subscribers.remove(s);
    }

    public synchronized int subscribers() {
        return subscribers.size();
    }

    /** Ends every subscription (their handlers return) and refuses new ones. */
    @Override
    public synchronized void close() {
        closed = true;
        subscribers.forEach(Subscriber::close);
        subscribers.clear();
    }
}
