package io.newsflow.tagger.ner;

import java.io.Serializable;

/**
 * A fixed table of values by word, for the CRF's caches of results computed from a word. Two-way set
 * associative: each word has two places, holding the last two words to land there (two frequent words that
 * share a place do not evict each other on every call), so it needs no locks and never grows. Each value
 * carries a stamp, and is found only under the stamp it was kept with (what else the value depended on).
 * Threads share it safely: an entry is immutable, and a thread that sees a stale one or none at all only
 * computes the value again. Words longer than {@value #MAX_KEPT_LENGTH} characters are not kept, so what the
 * table holds stays bounded whatever articles a producer sends.
 */
final class WordSlots<V> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longer words are not kept. */
    static final int MAX_KEPT_LENGTH = 64;

    private record Entry<V>(String word, int stamp, V value) implements Serializable {
    }

    private final Entry<V>[] entries;
    /** Keeps the top bits of a spread hash that index the table, whatever its size. */
    private final int shift;

    /** A table of {@code places} (two per word), rounded up to a power of two. */
    @SuppressWarnings("unchecked")
    WordSlots(final int places) {
        this.entries = new Entry[Integer.highestOneBit(Math.max(2, places) - 1) << 1];
        this.shift = Integer.numberOfLeadingZeros(entries.length - 1);
    }

    /** The value kept for {@code word} under {@code stamp}, or null. */
    V get(final String word, final int stamp) {
        if (word.length() > MAX_KEPT_LENGTH) {
            return null;
        }
        final int place = place(word);
        final Entry<V> first = entries[place];
        if (first != null && first.stamp == stamp && (first.word == word || first.word.equals(word))) {
            return first.value;
        }
        final Entry<V> second = entries[place + 1];
        if (second != null && second.stamp == stamp && (second.word == word || second.word.equals(word))) {
            return second.value;
        }
        return null;
    }

    /** Keeps {@code value} for {@code word} under {@code stamp}, unless the word is too long to keep. */
    void put(final String word, final int stamp, final V value) {
        if (word.length() > MAX_KEPT_LENGTH) {
            return;
        }
        final int place = place(word);
        // The newest first, the one before second: the older of the two goes.
        entries[place + 1] = entries[place];
        entries[place] = new Entry<>(word, stamp, value);
    }

    private int place(final String word) {
        // The first of a word's two places: an even index from the hash's top bits, multiplicatively spread.
        return (word.hashCode() * 0x9E3779B9) >>> shift & ~1;
    }
}
