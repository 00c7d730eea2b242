package io.newsflow.tagger.stories;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The story state as ordered string keys and byte values, the shape of a Kafka Streams key/value store
 * (RocksDB with a changelog topic): whatever the map holds is all there is, so an index rebuilt over the
 * same map after a restart goes on where the last one stopped. Keys:
 * <ul>
 * <li>{@code s/<story id>}: the {@link StoryRecord} in binary, read for the one story an article joins;
 * {@code v/<story id>}: its {@link StoryCentroid} in binary ({@link StateCodec}), read for every candidate;
 * {@code t/<last seen>/<story id>}: empty, the stories in the order they were last seen (the time
 * zero-padded, so that the keys sort by it);</li>
 * <li>{@code a/<article id>}: the {@link ArticleRecord} in binary; {@code f/<article id>}: the article as
 * published (its payload, for a merge to publish it again), kept only while its story is small enough to be
 * absorbed by another ({@link StoryIndex#keepPayload});</li>
 * <li>{@code p/<feature>}: the ids of the stories under a feature; {@code b/<bucket>}: the ids of the
 * articles in a bucket (binary lists; the last {@value #LISTS_CACHED} read or written are cached, so that
 * the buckets and postings an article reads to search are not read again when it is added);</li>
 * <li>{@code d/<block>}, {@code l/<sequence>} and {@code n}: the word document frequencies ({@link WordCounts});
 * {@code c}: the number of stories (8-byte big-endian).</li>
 * </ul>
 *
 * <p>Decoded entries are kept in bounded caches, least recently used first out: {@value #CENTROIDS_CACHED}
 * centroids (about 1 KB each), {@value #ARTICLES_CACHED} articles and {@value #STORIES_CACHED} stories; the
 * word counts and the story count are mirrored in memory once read (1 MiB). So this
 * object must be the only writer of its entries: one stream task owns its store, and a task restored after
 * a failure builds a new object.
 */
public final class SerializedStoryState implements StoryState {

    static final int CENTROIDS_CACHED = 100_000;
    static final int ARTICLES_CACHED = 50_000;
    static final int STORIES_CACHED = 20_000;
    static final int LISTS_CACHED = 8_192;

    private final StateEntries store;
    private final Map<String, StoryRecord> stories = lru(STORIES_CACHED);
    private final Map<String, StoryCentroid> centroids = lru(CENTROIDS_CACHED);
    private final Map<String, ArticleRecord> articles = lru(ARTICLES_CACHED);
    private final Map<String, List<String>> lists = lru(LISTS_CACHED);
    private final WordCounts words;
    private long storyCount = -1;
    /**
     * No story was last seen before this time (a lower bound, kept in memory): an article finds nothing to
     * evict without a range scan of the store while its window starts before it.
     */
    private long seenNoEarlierThan = Long.MIN_VALUE;

    public SerializedStoryState(final StateEntries store) {
        this.store = store;
        this.words = new WordCounts(store);
    }

    /** The state in a sorted map. */
    public SerializedStoryState(final NavigableMap<String, byte[]> map) {
        this(StateEntries.of(map));
    }

    private static <V> Map<String, V> lru(final int max) {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(final Map.Entry<String, V> eldest) {
                return size() > max;
            }
        };
    }

    @Override
    public StoryRecord story(final String id) {
        final StoryRecord cached = stories.get(id);
        if (cached != null) {
            return cached;
        }
        final byte[] value = store.get("s/" + id);
        if (value == null) {
            return null;
        }
        final StoryRecord story = StateCodec.story(value);
        stories.put(id, story);
        return story;
    }

    @Override
    public void putStory(final StoryRecord story) {
        final StoryRecord old = story(story.id());
        final boolean seenMoved = old == null || old.lastSeen() != story.lastSeen();
        if (old == null) {
            putStoryCount(storyCount() + 1);
        } else if (seenMoved) {
            store.delete(seenKey(old.lastSeen(), old.id()));
        }
        store.put("s/" + story.id(), StateCodec.story(story));
        stories.put(story.id(), story);
        final StoryCentroid centroid = StoryCentroid.of(story);
        store.put("v/" + story.id(), StateCodec.centroid(centroid));
        centroids.put(story.id(), centroid);
        if (seenMoved) {
            store.put(seenKey(story.lastSeen(), story.id()), new byte[0]);
        }
        seenNoEarlierThan = Math.min(seenNoEarlierThan, story.lastSeen());
    }

    @Override
    public void removeStory(final String id) {
        final StoryRecord old = story(id);
        if (old != null) {
            store.delete("s/" + id);
            store.delete("v/" + id);
            stories.remove(id);
            centroids.remove(id);
            store.delete(seenKey(old.lastSeen(), id));
            putStoryCount(storyCount() - 1);
        }
    }

    @Override
    public StoryCentroid centroid(final String id) {
        final StoryCentroid cached = centroids.get(id);
        if (cached != null) {
            return cached;
        }
        final byte[] value = store.get("v/" + id);
        if (value == null) {
            return null;
        }
        final StoryCentroid centroid = StateCodec.centroid(value);
        centroids.put(id, centroid);
        return centroid;
    }

    @Override
    public int storyCount() {
        if (storyCount < 0) {
            storyCount = getLong("c");
        }
        return (int) storyCount;
    }

    private void putStoryCount(final long count) {
        storyCount = count;
        putLong("c", count);
    }

    @Override
    public List<String> storiesLastSeenBefore(final long time, final int max) {
        if (time <= seenNoEarlierThan) {
            return List.of();
        }
        final List<String> ids = new ArrayList<>();
        for (String key : store.keys("t/", seenKey(time, ""), max)) {
            ids.add(key.substring(key.indexOf('/', 2) + 1));
        }
        if (ids.isEmpty()) {
            seenNoEarlierThan = time;
        }
        return ids;
    }

    @Override
    public String oldestStory() {
        final List<String> keys = store.keys("t/", "t0", 1);
        return keys.isEmpty() ? null : keys.get(0).substring(keys.get(0).indexOf('/', 2) + 1);
    }

    @Override
    public ArticleRecord article(final String id) {
        final ArticleRecord cached = articles.get(id);
        if (cached != null) {
            return cached;
        }
        final byte[] value = store.get("a/" + id);
        if (value == null) {
            return null;
        }
        final ArticleRecord article = StateCodec.article(value);
        articles.put(id, article);
        return article;
    }

    @Override
    public void putArticle(final ArticleRecord article) {
        store.put("a/" + article.id(), StateCodec.article(article));
        articles.put(article.id(), article);
    }

    @Override
    public void removeArticle(final String id) {
        store.delete("a/" + id);
        store.delete("f/" + id);
        articles.remove(id);
    }

    @Override
    public void putPayload(final String articleId, final byte[] payload) {
        store.put("f/" + articleId, payload);
    }

    @Override
    public void removePayload(final String articleId) {
        store.delete("f/" + articleId);
    }

    @Override
    public byte[] payload(final String articleId) {
        return store.get("f/" + articleId);
    }

    @Override
    public List<String> postings(final String feature) {
        return list("p/" + feature);
    }

    @Override
    public void putPostings(final String feature, final List<String> storyIds) {
        putIds("p/" + feature, storyIds);
    }

    @Override
    public List<String> bucket(final long key) {
        return list("b/" + Long.toHexString(key));
    }

    @Override
    public void putBucket(final long key, final List<String> articleIds) {
        putIds("b/" + Long.toHexString(key), articleIds);
    }

    @Override
    public int documentFrequency(final int slot) {
        return words.frequency(slot);
    }

    @Override
    public void countDocument(final int[] slots) {
        words.count(slots);
    }

    @Override
    public void halveFrequencies() {
        words.halve();
    }

    @Override
    public long documents() {
        return words.documents();
    }

    /** Times are shifted to non-negative and padded to 20 digits, so that string order is time order. */
    private static String seenKey(final long time, final String id) {
        final String digits = Long.toUnsignedString(time ^ Long.MIN_VALUE);
        return "t/" + "0".repeat(20 - digits.length()) + digits + "/" + id;
    }

    private long getLong(final String key) {
        final byte[] value = store.get(key);
        return value == null ? 0 : ByteBuffer.wrap(value).getLong();
    }

    private void putLong(final String key, final long value) {
        store.put(key, ByteBuffer.allocate(8).putLong(value).array());
    }

    private List<String> list(final String key) {
        final List<String> cached = lists.get(key);
        if (cached != null) {
            return cached;
        }
        final List<String> ids = List.copyOf(StateCodec.ids(store.get(key)));
        lists.put(key, ids);
        return ids;
    }

    private void putIds(final String key, final List<String> ids) {
        if (ids.isEmpty()) {
            store.delete(key);
            lists.remove(key);
        } else {
            store.put(key, StateCodec.ids(ids));
            lists.put(key, List.copyOf(ids));
        }
    }
}
