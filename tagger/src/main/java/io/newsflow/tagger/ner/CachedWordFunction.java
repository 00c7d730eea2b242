package io.newsflow.tagger.ner;

import java.io.Serializable;
import java.util.function.Function;

/**
 * Remembers the recent results of a pure word function. The CRF normalizes a token's word (American
 * spelling, by regular expressions) each time one of its features reads it, some twenty times per token,
 * and the same words recur across sentences and articles.
 *
 * <p>A two-way set-associative cache: each word has two places, holding the last two words to land there
 * (two frequent words that share a place do not evict each other on every call), so it needs no locks,
 * never grows, and a miss costs the function's own time. Threads share it safely: an {@link Entry} is
 * immutable, and a thread that sees a stale one or none at all only recomputes.
 */
final class CachedWordFunction implements Function<String, String>, Serializable {

    private static final long serialVersionUID = 1L;

    private record Entry(String word, String result) implements Serializable {
    }

    /**
     * Longer words are computed each time and not kept: a word is kept until two others take its place, so
     * this bounds what the cache can hold whatever articles a producer sends.
     */
    static final int MAX_KEPT_LENGTH = 64;

    private final Function<String, String> function;
    private final Entry[] entries;

    /** {@code places} (two per word) is rounded up to a power of two. */
    CachedWordFunction(final Function<String, String> function, final int places) {
        this.function = function;
        this.entries = new Entry[Integer.highestOneBit(Math.max(2, places) - 1) << 1];
    }

    @Override
    public String apply(final String word) {
        if (word == null || word.length() > MAX_KEPT_LENGTH) {
            return function.apply(word);
        }
        final int place = (word.hashCode() * 0x9E3779B9) >>> 16 & (entries.length - 2);
        final Entry first = entries[place];
        if (first != null && (first.word == word || first.word.equals(word))) {
            return first.result;
        }
        final Entry second = entries[place + 1];
        if (second != null && (second.word == word || second.word.equals(word))) {
            return second.result;
        }
        final String result = function.apply(word);
        // The newest first, the one before second: the older of the two goes.
        entries[place + 1] = first;
        entries[place] = new Entry(word, result);
        return result;
    }
}
