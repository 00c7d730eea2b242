package io.newsflow.api.query;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One counted facet value: its value in the keys (a lower-cased name, a GeoNames id, a country code),
 * what the answers show of it, and its number of articles.
 */
public record CountEntry(String value, String display, long count) {

    /** Most count entries one partition answers with; a prefix narrows them. */
    public static final int MAX_ENTRIES = 50_000;

    /** The sums per value over several parts, most articles first (then by value, for a stable order). */
    public static List<CountEntry> merge(final List<List<CountEntry>> parts) {
        final Map<String, CountEntry> sums = new LinkedHashMap<>();
        for (List<CountEntry> part : parts) {
            for (CountEntry e : part) {
                sums.merge(e.value(), e, (a, b) -> new CountEntry(a.value(), a.display(), a.count() + b.count()));
            }
        }
        return sums.values().stream()
                .sorted(Comparator.comparingLong(CountEntry::count).reversed().thenComparing(CountEntry::value))
                .toList();
    }
}
