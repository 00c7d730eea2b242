package io.newsflow.enrich.ner;

import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure word function. The CRF normalizes a token's word (American spelling, by
 * regular expressions) each time a feature reads it, a dozen times per token; the same words recur across
 * sentences and articles. Bounded: when full it starts afresh, so an unusual stream of words costs at
 * most the time the function itself takes.
 */
final class CachedWordFunction implements Function<String, String>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Function<String, String> function;
    private final int maxEntries;
    private final ConcurrentHashMap<String, String> results;

    CachedWordFunction(final Function<String, String> function, final int maxEntries) {
        this.function = function;
        this.maxEntries = maxEntries;
        this.results = new ConcurrentHashMap<>(Math.min(maxEntries, 1 << 16));
    }

    @Override
    public String apply(final String word) {
        if (word == null) {
            return function.apply(null);
        }
        final String known = results.get(word);
        if (known != null) {
            return known;
        }
        final String result = function.apply(word);
        if (result != null) {
            if (results.size() >= maxEntries) {
                results.clear();
            }
            results.put(word, result);
        }
        return result;
    }

    /** The function whose results this remembers. */
    Function<String, String> function() {
        return function;
    }
}
