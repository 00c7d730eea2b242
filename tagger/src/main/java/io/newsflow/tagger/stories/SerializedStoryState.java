package io.newsflow.tagger.stories;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
 * <li>{@code s/<story id>}: the {@link StoryRecord} as JSON; {@code t/<last seen>/<story id>}: empty, the
 * stories in the order they were last seen (the time zero-padded, so that the keys sort by it);</li>
 * <li>{@code a/<article id>}: the {@link ArticleRecord} as JSON;</li>
 * <li>{@code p/<feature>}: the ids of the stories under a feature; {@code b/<bucket>}: the ids of the
 * articles in a bucket (JSON arrays);</li>
 * <li>{@code d/<slot>}: a word document frequency, {@code n}: the documents counted, {@code c}: the number
 * of stories (4- or 8-byte big-endian).</li>
 * </ul>
 *
 * <p>Parsed stories and articles are kept in a bounded cache ({@value #CACHED} of each, least recently used
 * first out), since a lookup reads hundreds of candidates: this object must be the only writer of its
 * entries (one stream task owns its store, and a task restored after a failure builds a new object).
 */
public final class SerializedStoryState implements StoryState {

    static final int CACHED = 20_000;

    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };

    private final StateEntries store;
    private final Map<String, StoryRecord> stories = lru();
    private final Map<String, ArticleRecord> articles = lru();

    public SerializedStoryState(final StateEntries store) {
        this.store = store;
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(final Map.Entry<String, V> eldest) {
                return size() > CACHED;
            }
        };
    }

    /** The state in a sorted map. */
    public SerializedStoryState(final NavigableMap<String, byte[]> map) {
        this(StateEntries.of(map));
    }

    @Override
    public StoryRecord story(final String id) {
        final StoryRecord cached = stories.get(id);
        if (cached != null) {
            return cached;
        }
        final StoryRecord story = read(store.get("s/" + id), StoryRecord.class);
        if (story != null) {
            stories.put(id, story);
        }
        return story;
    }

    @Override
    public void putStory(final StoryRecord story) {
        final StoryRecord old = story(story.id());
        if (old != null) {
            store.delete(seenKey(old.lastSeen(), old.id()));
        } else {
            putLong("c", getLong("c") + 1);
        }
        store.put("s/" + story.id(), Json.writeBytes(story));
        stories.put(story.id(), story);
        store.put(seenKey(story.lastSeen(), story.id()), new byte[0]);
    }

    @Override
    public void removeStory(final String id) {
        final StoryRecord old = story(id);
        if (old != null) {
            store.delete("s/" + id);
            stories.remove(id);
            store.delete(seenKey(old.lastSeen(), id));
            putLong("c", getLong("c") - 1);
        }
    }

    @Override
    public int storyCount() {
        return (int) getLong("c");
    }

    @Override
    public List<String> storiesLastSeenBefore(final long time, final int max) {
        final List<String> ids = new ArrayList<>();
        for (String key : store.keys("t/", seenKey(time, ""), max)) {
            ids.add(key.substring(key.indexOf('/', 2) + 1));
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
        final ArticleRecord article = read(store.get("a/" + id), ArticleRecord.class);
        if (article != null) {
            articles.put(id, article);
        }
        return article;
    }

    @Override
    public void putArticle(final ArticleRecord article) {
        store.put("a/" + article.id(), Json.writeBytes(article));
        articles.put(article.id(), article);
    }

    @Override
    public void removeArticle(final String id) {
        store.delete("a/" + id);
        articles.remove(id);
    }

    @Override
    public List<String> postings(final String feature) {
        return ids(store.get("p/" + feature));
    }

    @Override
    public void putPostings(final String feature, final List<String> storyIds) {
        putIds("p/" + feature, storyIds);
    }

    @Override
    public List<String> bucket(final long key) {
        return ids(store.get("b/" + Long.toHexString(key)));
    }

    @Override
    public void putBucket(final long key, final List<String> articleIds) {
        putIds("b/" + Long.toHexString(key), articleIds);
    }

    @Override
    public int documentFrequency(final int slot) {
        final byte[] value = store.get("d/" + slot);
        return value == null ? 0 : ByteBuffer.wrap(value).getInt();
    }

    @Override
    public void putDocumentFrequency(final int slot, final int count) {
        if (count == 0) {
            store.delete("d/" + slot);
        } else {
            store.put("d/" + slot, ByteBuffer.allocate(4).putInt(count).array());
        }
    }

    @Override
    public long documents() {
        return getLong("n");
    }

    @Override
    public void putDocuments(final long documents) {
        putLong("n", documents);
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

    private void putIds(final String key, final List<String> ids) {
        if (ids.isEmpty()) {
            store.delete(key);
        } else {
            store.put(key, Json.writeBytes(ids));
        }
    }

    private static List<String> ids(final byte[] value) {
        if (value == null) {
            return List.of();
        }
        try {
            return Json.mapper().readValue(value, IDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(final byte[] value, final Class<T> type) {
        if (value == null) {
            return null;
        }
        try {
            return Json.read(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable story state entry: " + new String(value, StandardCharsets.UTF_8), e);
        }
    }

}
