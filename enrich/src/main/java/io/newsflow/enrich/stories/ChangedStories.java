package io.newsflow.enrich.stories;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The stories whose view changed since the views were last written, as markers {@code x/<story id>} in the
 * story stage's store. Keeping them in the store rather than in memory puts them in the store's changelog,
 * in the same transaction as the articles that changed the stories: after a crash the restored markers are
 * exactly those of the committed articles whose views were not yet written, so no view is lost and none is
 * written for an article that was rolled back.
 */
final class ChangedStories {

    static final String PREFIX = "x/";
    /** Just past every marker key: '0' follows '/' in the string order the store's keys sort by. */
    private static final String END = "x0";
    private static final byte[] MARK = new byte[0];

    private final KeyValueStore<String, byte[]> store;

    ChangedStories(final KeyValueStore<String, byte[]> store) {
        this.store = store;
    }

    void mark(final String storyId) {
        store.put(PREFIX + storyId, MARK);
    }

    /** Up to {@code max} changed stories, oldest key first; each is unmarked. */
    List<String> take(final int max) {
        final List<String> ids = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = store.range(PREFIX, END)) {
            while (it.hasNext() && ids.size() < max) {
                final String key = it.next().key;
                if (key.startsWith(PREFIX)) {
                    ids.add(key.substring(PREFIX.length()));
                }
            }
        }
        ids.forEach(id -> store.delete(PREFIX + id));
        return ids;
    }
}
