package io.newsflow.tagger.stories;

import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * The word document frequencies of a {@link SerializedStoryState}, exact in the store at every article yet
 * written with few entries: counts live in memory and in {@value #BLOCKS} blocks of {@value #BLOCK_SLOTS}
 * slots ({@code d/<block>}, 4 KiB each); each article adds one log entry with its slots
 * ({@code l/<sequence>}, about 4 bytes a distinct word), and every {@value #FOLD} articles, or at a halving,
 * the changed blocks and the document count ({@code n}) are written and the log deleted. Reading the blocks
 * and replaying the log after a restart gives the counts of the last article the store holds. Per article that
 * is one small entry (plus, on average, about a quarter of a 4 KiB block: a fold of news articles changes
 * nearly every block, so a longer log writes fewer blocks, and replays at most 1,024 small entries) where one
 * entry a word would be ~300.
 */
final class WordCounts {

    static final int BLOCK_SLOTS = 1024;
    static final int BLOCKS = WordRarity.SLOTS / BLOCK_SLOTS;
    static final int FOLD = 1_024;

    private final StateEntries store;
    private final int[] counts = new int[WordRarity.SLOTS];
    private final BitSet dirty = new BitSet(BLOCKS);
    private long documents;
    private int logged;
    private boolean loaded;

    WordCounts(final StateEntries store) {
        this.store = store;
    }

    int frequency(final int slot) {
        load();
        return counts[slot];
    }

    long documents() {
        load();
        return documents;
    }

    void count(final int[] slots) {
        load();
        apply(slots);
        store.put(logKey(logged++), encode(slots));
        if (logged >= FOLD) {
            fold();
        }
    }

    void halve() {
        load();
        for (int slot = 0; slot < counts.length; slot++) {
            if (counts[slot] != 0) {
                counts[slot] /= 2;
                dirty.set(slot / BLOCK_SLOTS);
            }
        }
        documents /= 2;
        fold();
    }

    private void apply(final int[] slots) {
        for (int slot : slots) {
            counts[slot]++;
            dirty.set(slot / BLOCK_SLOTS);
        }
        documents++;
    }

    /** Writes the changed blocks and the document count, and deletes the log they now hold. */
    private void fold() {
        for (int block = dirty.nextSetBit(0); block >= 0; block = dirty.nextSetBit(block + 1)) {
            final ByteBuffer value = ByteBuffer.allocate(BLOCK_SLOTS * 4);
            for (int i = 0; i < BLOCK_SLOTS; i++) {
                value.putInt(counts[block * BLOCK_SLOTS + i]);
            }
            store.put("d/" + block, value.array());
        }
        dirty.clear();
        store.put("n", ByteBuffer.allocate(8).putLong(documents).array());
        for (int i = 0; i < logged; i++) {
            store.delete(logKey(i));
        }
        logged = 0;
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (int block = 0; block < BLOCKS; block++) {
            final byte[] value = store.get("d/" + block);
            if (value != null) {
                ByteBuffer.wrap(value).asIntBuffer().get(counts, block * BLOCK_SLOTS, BLOCK_SLOTS);
            }
        }
        final byte[] n = store.get("n");
        documents = n == null ? 0 : ByteBuffer.wrap(n).getLong();
        // The log holds at most FOLD entries: the articles counted since the blocks were last written.
        final List<String> log = store.keys("l/", "l0", FOLD + 1);
        // Replayed articles mark their blocks changed and stay in the log until the next fold.
        for (String key : log) {
            apply(decode(store.get(key)));
        }
        logged = log.size();
    }

    /** Zero-padded, so that the log's keys sort in the order it was written. */
    private static String logKey(final int sequence) {
        return String.format(Locale.ROOT, "l/%04d", sequence);
    }

    private static byte[] encode(final int[] slots) {
        final ByteBuffer value = ByteBuffer.allocate(slots.length * 4);
        for (int slot : slots) {
            value.putInt(slot);
        }
        return value.array();
    }

    private static int[] decode(final byte[] value) {
        final int[] slots = new int[value.length / 4];
        ByteBuffer.wrap(value).asIntBuffer().get(slots);
        for (int slot : slots) {
            if (slot < 0 || slot >= WordRarity.SLOTS) {
                throw new IllegalStateException("a word count log entry names slot " + slot);
            }
        }
        return slots;
    }
}
