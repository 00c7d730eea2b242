package io.newsflow.tagger.lang;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers which sources were already warned about a declared language that contradicts their text,
 * so that a feed which mislabels every article logs one WARN, not one per article. Memory is bounded:
 * past {@link #MAX_SOURCES} sources the least recently seen is forgotten (and may be warned about
 * again). Thread-safe.
 */
final class MismatchWarnings {

    static final int MAX_SOURCES = 10_000;

    private final Map<String, Boolean> warned;

    MismatchWarnings() {
        this(MAX_SOURCES);
    }

    MismatchWarnings(final int maxSources) {
        this.warned = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(final Map.Entry<String, Boolean> eldest) {
                return size() > maxSources;
            }
        };
    }

    /** True the first time a source is seen here (again, once it was forgotten); false after. */
    synchronized boolean firstFor(final String source) {
        return warned.put(source, Boolean.TRUE) == null;
    }

    synchronized int size() {
        return warned.size();
    }
}
