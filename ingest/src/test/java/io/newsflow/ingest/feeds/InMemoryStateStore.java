package io.newsflow.ingest.feeds;

import io.newsflow.common.feed.FeedState;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Feed state kept in memory, standing in for the topic where the tests do not run a broker. */
final class InMemoryStateStore implements FeedStateStore {

    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    final AtomicInteger saves = new AtomicInteger();

    @Override
    public Map<String, FeedState> load(final Collection<String> feeds) {
        final Map<String, FeedState> found = new HashMap<>();
        feeds.forEach(f -> {
            if (states.containsKey(f)) {
                found.put(f, states.get(f));
            }
        });
        return found;
    }

    @Override
    public void save(final FeedState state) {
        states.put(state.feed(), state);
        saves.incrementAndGet();
    }

    @Override
    public void close() {
        // nothing to release
    }
}
