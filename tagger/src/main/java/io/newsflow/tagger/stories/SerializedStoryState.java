package io.newsflow.tagger.stories;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * The story state as ordered string keys and byte values, the shape of a Kafka Streams key/value store
 * (RocksDB with a changelog topic): whatever the map holds is all there is, so an index rebuilt over the
 * same map after a restart goes on where the last one stopped. Keys:
 * <ul>
 * <li>{@code s/<story id>}: the {@link StoryRecord} in binary but for its article ids, indexed features and
 * tags, read for the one story an article joins; {@code i/<story id>/<n>}: its article ids,
 * {@value #IDS_PER_CHUNK} to a chunk, in order; {@code k/<story id>}: its indexed features;
 * {@code g/<story id>}: its tags. An article joining a story rewrites the last chunk of ids alone, and the
 * features and tags only when they changed (a story's ids, features and tags grow to caps of 500, 128 and
 * 5 × 50: rewritten whole they would be most of the bytes an article writes);
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
 * The story stage keeps its marks of changed stories in the same store, under {@code x/}.
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
    static final int IDS_PER_CHUNK = 64;

    private final StateEntries store;
    private final Map<String, StoryRecord> stories = lru(STORIES_CACHED);
    private final Map<String, StoryCentroid> centroids = lru(CENTROIDS_CACHED);
    private final Map<String, ArticleRecord> articles = lru(ARTICLES_CACHED);
    private final Map<String, List<String>> lists = lru(LISTS_CACHED);
    private final WordCounts words;
    private long storyCount = -1;
    /** Stories read from an entry of the first form, which holds its parts inline: they have no part entries yet. */
    private final Set<String> firstForm = new HashSet<>();
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
        final StoryRecord story = StateCodec.story(value, new StoredParts(id));
        if (StateCodec.partsInline(value)) {
            firstForm.add(id);
        }
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
        final boolean noParts = old == null || firstForm.remove(story.id());
        putIdChunks(story.id(), noParts ? List.of() : old.articleIds(), story.articleIds());
        if (noParts || !old.indexed().equals(story.indexed())) {
            store.put("k/" + story.id(), StateCodec.ids(List.copyOf(story.indexed())));
        }
        if (noParts || !old.tags().equals(story.tags())) {
            store.put("g/" + story.id(), StateCodec.tags(story.tags()));
        }
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
            putIdChunks(id, firstForm.remove(id) ? List.of() : old.articleIds(), List.of());
            store.delete("k/" + id);
            store.delete("g/" + id);
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

    /** A story's parts from their entries; one missing is a damaged state. */
    private final class StoredParts implements StateCodec.StoryParts {

        private final String storyId;

        StoredParts(final String storyId) {
            this.storyId = storyId;
        }

        @Override
        public List<String> articleIds(final int count) {
            return idChunks(storyId, count);
        }

        @Override
        public Set<String> indexed() {
            return new LinkedHashSet<>(StateCodec.ids(part("k/")));
        }

        @Override
        public StoryTags tags() {
            return StateCodec.tags(part("g/"));
        }

        private byte[] part(final String prefix) {
            final byte[] value = store.get(prefix + storyId);
            if (value == null) {
                throw new IllegalStateException("story " + storyId + " has no " + prefix + " entry in its state");
            }
            return value;
        }
    }

    /** The ids of a story's articles from their chunks; a chunk missing or short is a damaged state. */
    private List<String> idChunks(final String storyId, final int count) {
        final List<String> ids = new ArrayList<>(count);
        for (int chunk = 0; chunk < chunks(count); chunk++) {
            ids.addAll(StateCodec.ids(store.get(idsKey(storyId, chunk))));
        }
        if (ids.size() != count) {
            throw new IllegalStateException("story " + storyId + " has " + count + " article ids in its state entry"
                    + " but its chunks hold " + ids.size());
        }
        return ids;
    }

    /**
     * Writes the chunks of a story's ids that differ from those it had ({@code before}: none when it had no
     * chunks) and deletes the chunks it no longer needs. An article appended rewrites the last chunk alone.
     */
    private void putIdChunks(final String storyId, final List<String> before, final List<String> after) {
        final int common = Math.min(before.size(), after.size());
        int same = 0;
        while (same < common && before.get(same).equals(after.get(same))) {
            same++;
        }
        if (same == before.size() && same == after.size()) {
            return;
        }
        final int chunks = chunks(after.size());
        for (int chunk = same / IDS_PER_CHUNK; chunk < chunks; chunk++) {
            final int from = chunk * IDS_PER_CHUNK;
            store.put(idsKey(storyId, chunk),
                    StateCodec.ids(after.subList(from, Math.min(after.size(), from + IDS_PER_CHUNK))));
        }
        for (int chunk = chunks; chunk < chunks(before.size()); chunk++) {
            store.delete(idsKey(storyId, chunk));
        }
    }

    private static int chunks(final int ids) {
        return (ids + IDS_PER_CHUNK - 1) / IDS_PER_CHUNK;
    }

    private static String idsKey(final String storyId, final int chunk) {
        return "i/" + storyId + "/" + chunk;
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
