package io.newsflow.enrich.geo;

import io.newsflow.common.article.Mention;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Which characters of each field some mention covers. Asking whether a span is free costs the same
 * however many mentions an article has, where scanning a list of them made every new mention cost all
 * the earlier ones.
 */
final class Coverage {

    private final Map<String, BitSet> byField = new HashMap<>();

    void add(final Mention m) {
        if (m.end() > m.start()) {
            byField.computeIfAbsent(m.field(), f -> new BitSet()).set(m.start(), m.end());
        }
    }

    void addAll(final Iterable<Mention> mentions) {
        mentions.forEach(this::add);
    }

    /** True if some mention covers a character of {@code [start, end)} of the field. */
    boolean covers(final String field, final int start, final int end) {
        final BitSet bits = byField.get(field);
        if (bits == null || end <= start) {
            return false;
        }
        final int next = bits.nextSetBit(start);
        return next >= 0 && next < end;
    }
}
