package io.newsflow.enrich.stories;

import io.newsflow.tagger.stories.StateEntries;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The story state's entries in a Kafka Streams key/value store (RocksDB, with a changelog topic). */
final class StoreEntries implements StateEntries {

    private final KeyValueStore<String, byte[]> store;

    StoreEntries(final KeyValueStore<String, byte[]> store) {
        this.store = store;
    }

    @Override
    public byte[] get(final String key) {
        return store.get(key);
    }

    @Override
    public void put(final String key, final byte[] value) {
        store.put(key, value);
    }

    @Override
    public void delete(final String key) {
        store.delete(key);
    }

    @Override
    public List<String> keys(final String from, final String to, final int max) {
        final List<String> keys = new ArrayList<>();
        // range() includes its upper bound; the state asks for keys before it.
        try (KeyValueIterator<String, byte[]> it = store.range(from, to)) {
            while (it.hasNext() && keys.size() < max) {
                final String key = it.next().key;
                if (key.compareTo(to) < 0) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }
}
