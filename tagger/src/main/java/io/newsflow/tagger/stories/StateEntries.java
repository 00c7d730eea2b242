package io.newsflow.tagger.stories;

import java.util.List;
import java.util.NavigableMap;

/**
 * Ordered string keys and byte values: what {@link SerializedStoryState} needs of a store. A Kafka Streams
 * {@code KeyValueStore<String, byte[]>} provides it with {@code get}, {@code put}, {@code delete} and
 * {@code range}; {@link #of(NavigableMap)} provides it in memory.
 */
public interface StateEntries {

    byte[] get(String key);

    void put(String key, byte[] value);

    void delete(String key);

    /** Up to {@code max} keys from {@code from} (inclusive) to {@code to} (exclusive), in order. */
    List<String> keys(String from, String to, int max);

    /** Entries kept in a sorted map. */
    static StateEntries of(final NavigableMap<String, byte[]> map) {
        return new StateEntries() {
            @Override
            public byte[] get(final String key) {
                return map.get(key);
            }

            @Override
            public void put(final String key, final byte[] value) {
                map.put(key, value);
            }

            @Override
            public void delete(final String key) {
                map.remove(key);
            }

            @Override
            public List<String> keys(final String from, final String to, final int max) {
                return map.subMap(from, true, to, false).keySet().stream().limit(max).toList();
            }
        };
    }
}
