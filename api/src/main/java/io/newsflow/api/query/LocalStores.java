package io.newsflow.api.query;

import io.newsflow.api.store.Facet;
import io.newsflow.api.store.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The queries over the partitions this instance holds: each partition answers alone (an index is ordered
 * within its partition only), the answers merged newest first.
 */
public final class LocalStores {

    private final Supplier<List<PartitionStores>> articles;
    private final Supplier<List<ReadOnlyKeyValueStore<String, byte[]>>> stories;

    /**
     * @param articles the stores of each local partition of {@code news.articles.current}, asked anew per query
     *                 (partitions move on a rebalance)
     * @param stories  the story store of each local partition of {@code news.stories.current}
     */
    public LocalStores(final Supplier<List<PartitionStores>> articles,
            final Supplier<List<ReadOnlyKeyValueStore<String, byte[]>>> stories) {
        this.articles = articles;
        this.stories = stories;
    }

    /** The article stores of each local partition now. */
    public List<PartitionStores> partitions() {
        return articles.get();
    }

    /** The story store of each local partition now. */
    public List<ReadOnlyKeyValueStore<String, byte[]>> storyPartitions() {
        return stories.get();
    }

    /** The article JSON of {@code id} if a local partition holds it, else null. */
    public byte[] article(final String id) {
        for (PartitionStores p : articles.get()) {
            final byte[] json = p.articles().get(id);
            if (json != null) {
                return json;
            }
        }
        return null;
    }

    /**
     * The first {@code limit} matches over the local partitions: positions from each, merged, then the JSON
     * of the kept ones only (not {@code limit} articles from every partition).
     */
    public Page articles(final ArticleFilter filter, final Position after, final int limit) {
        final List<PartitionStores> partitions = articles.get();
        final List<Page> parts = new ArrayList<>();
        final Map<Position, PartitionStores> from = new HashMap<>();
        for (PartitionStores p : partitions) {
            final Page part = ArticleQuery.run(p, filter, after, limit, false);
            part.items().forEach(i -> from.put(i.position(), p));
            parts.add(part);
        }
        final Page merged = Page.merge(parts, limit);
        final List<Page.Item> items = new ArrayList<>(merged.items().size());
        for (Page.Item i : merged.items()) {
            final byte[] json = from.get(i.position()).articles().get(i.position().id());
            // Removed between the scan and the read: left out, as if the scan had come a moment later.
            if (json != null) {
                items.add(new Page.Item(i.position(), json));
            }
        }
        return new Page(items, merged.scannedTo());
    }

    public List<CountEntry> counts(final Facet facet, final String prefix, final Instant since) {
        final List<List<CountEntry>> parts = new ArrayList<>();
        for (PartitionStores p : articles.get()) {
            parts.add(CountQuery.run(p, facet, prefix, since));
        }
        return CountEntry.merge(parts);
    }

    public byte[] story(final String id) {
        for (ReadOnlyKeyValueStore<String, byte[]> s : stories.get()) {
            final byte[] json = s.get(id);
            if (json != null) {
                return json;
            }
        }
        return null;
    }

    public Page stories(final StoryQuery.Filter filter, final Position after, final int limit) {
        final List<Page> parts = new ArrayList<>();
        for (ReadOnlyKeyValueStore<String, byte[]> s : stories.get()) {
            parts.add(StoryQuery.run(s, filter, after, limit));
        }
        return Page.merge(parts, limit);
    }
}
