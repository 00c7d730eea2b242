package io.newsflow.tagger.ner;

import java.io.Serializable;
import java.util.function.Function;

/**
 * Remembers the recent results of a pure word function in {@link WordSlots}. The CRF normalizes a token's
 * word (American spelling, by regular expressions) each time one of its features reads it, some twenty times
 * per token, and the same words recur across sentences and articles. A miss costs the function's own time.
 */
final class CachedWordFunction implements Function<String, String>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Function<String, String> function;
    private final WordSlots<String> results;

    /** {@code places} (two per word) is rounded up to a power of two. */
    CachedWordFunction(final Function<String, String> function, final int places) {
        this.function = function;
        this.results = new WordSlots<>(places);
    }

    @Override
    public String apply(final String word) {
        if (word == null) {
            return function.apply(null);
        }
        final String kept = results.get(word, 0);
        if (kept != null) {
            return kept;
        }
        final String result = function.apply(word);
        if (result != null) {
            results.put(word, 0, result);
        }
        return result;
    }
}
