package io.newsflow.tagger.geo;

import io.newsflow.common.article.Mention;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mention spans by field and start, so that whether a new span overlaps one of them costs a look at its
 * neighbours rather than a pass over every mention of the article. A look that would pass more than
 * {@link #MAX_SCANNED} spans answers "overlaps", which only makes the caller more cautious.
 */
final class Spans {

    static final int MAX_SCANNED = 64;

    private final Map<String, TreeMap<Integer, Integer>> byField = new HashMap<>();
    private int longest;

    static Spans of(final Iterable<Mention> mentions) {
        final Spans spans = new Spans();
        mentions.forEach(spans::add);
        return spans;
    }

    void add(final Mention m) {
        byField.computeIfAbsent(m.field(), f -> new TreeMap<>()).merge(m.start(), m.end(), Math::max);
        longest = Math.max(longest, m.end() - m.start());
    }

    /** True when [start, end) of the field overlaps a span. */
    boolean overlaps(final String field, final int start, final int end) {
        final TreeMap<Integer, Integer> spans = byField.get(field);
        if (spans == null) {
            return false;
        }
        int scanned = 0;
        // Spans starting before end, nearest first; none starting before start - longest can reach start.
        for (Map.Entry<Integer, Integer> s : spans.headMap(end, false).descendingMap().entrySet()) {
            if (s.getKey() + longest <= start) {
                return false;
            }
            if (++scanned > MAX_SCANNED || s.getValue() > start) {
                return true;
            }
        }
        return false;
    }
}
