package io.newsflow.ingest.feeds;

import io.newsflow.common.feed.FeedState;
import java.util.Collection;
import java.util.Map;

/** Where the state of the feeds survives restarts: {@code news.feeds.state}, or memory in tests. */
public interface FeedStateStore extends AutoCloseable {

    /** The last state saved of each of {@code feeds} that has one. */
    Map<String, FeedState> load(Collection<String> feeds);

    /**
     * Saves {@code state} and returns once it is durable.
     *
     * @throws RuntimeException when it could not be saved; the poll's articles are then published again
     *                          at the next poll (at-least-once), under the same ids
     */
    void save(FeedState state);

    @Override
    void close();
}
