package io.newsflow.api.query;

import io.newsflow.api.store.ArticleTerms;
import io.newsflow.api.store.Counts;
import io.newsflow.api.store.Facet;
import io.newsflow.api.store.IndexKeys;
import io.newsflow.api.store.KeyList;
import io.newsflow.api.store.Position;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * The article counts of one facet on one partition: read from the count store (kept up to date on every
 * add and removal), or, with {@code since}, summed over the articles of the time index newer than it (at
 * most {@value #MAX_SINCE_ARTICLES} articles per partition, newest first).
 */
public final class CountQuery {

    public static final int MAX_SINCE_ARTICLES = 200_000;

    private CountQuery() {
    }

    /**
     * The counts of {@code facet} whose shown name starts with {@code prefix} (case-insensitive; null: all),
     * at most {@link CountEntry#MAX_ENTRIES}.
     */
    public static List<CountEntry> run(final PartitionStores stores, final Facet facet, final String prefix,
            final Instant since) {
        final String lowered = prefix == null ? null : prefix.toLowerCase(Locale.ROOT);
        final List<CountEntry> all = since == null ? stored(stores, facet, lowered) : since(stores, facet, since);
        if (lowered == null || since == null) {
            return all;
        }
        return all.stream().filter(e -> name(facet, e.display()).toLowerCase(Locale.ROOT).startsWith(lowered)).toList();
    }

    private static List<CountEntry> stored(final PartitionStores stores, final Facet facet, final String prefix) {
        // Names are kept lower-cased, so a name prefix is a key range; a place's key is its id, its name is shown.
        final boolean byKey = prefix != null && (facet == Facet.PERSON || facet == Facet.ORG);
        final byte[] start = IndexKeys.countKey(facet, byKey ? prefix : "").get();
        final List<CountEntry> out = new ArrayList<>();
        int scanned = 0;
        try (KeyValueIterator<Bytes, byte[]> it = stores.counts().range(Bytes.wrap(start), IndexKeys.upperBound(start))) {
            while (it.hasNext() && scanned++ < CountEntry.MAX_ENTRIES) {
                final KeyValue<Bytes, byte[]> kv = it.next();
                final String display = Counts.display(kv.value);
                if (prefix == null || byKey || name(facet, display).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    out.add(new CountEntry(IndexKeys.countValue(kv.key), display, Counts.count(kv.value)));
                }
            }
        }
        return out;
    }

    private static List<CountEntry> since(final PartitionStores stores, final Facet facet, final Instant since) {
        final byte[] prefix = IndexKeys.prefix(Facet.TIME, "");
        final String oldest = Position.invert(since);
        final byte[] facetStart = (facet.code() + "\u0000").getBytes(StandardCharsets.UTF_8);
        final Map<Bytes, Long> sums = new LinkedHashMap<>();
        int scanned = 0;
        try (KeyValueIterator<Bytes, byte[]> it = stores.index().range(Bytes.wrap(prefix), IndexKeys.upperBound(prefix))) {
            while (it.hasNext() && scanned++ < MAX_SINCE_ARTICLES) {
                final Position at = IndexKeys.position(it.next().key, prefix.length);
                if (at.inverted().compareTo(oldest) > 0) {
                    break;
                }
                final byte[] keys = stores.keys().get(at.id());
                if (keys == null) {
                    continue;
                }
                for (Bytes k : KeyList.fromBytes(keys).countKeys()) {
                    if (startsWith(k.get(), facetStart)) {
                        sums.merge(k, 1L, Long::sum);
                    }
                }
            }
        }
        final List<CountEntry> out = new ArrayList<>(sums.size());
        sums.forEach((k, n) -> {
            final byte[] stored = stores.counts().get(k);
            out.add(new CountEntry(IndexKeys.countValue(k), stored == null ? IndexKeys.countValue(k)
                    : Counts.display(stored), n));
        });
        return out;
    }

    /** The name a count shows: a place's from its JSON, any other's is the display itself. */
    public static String name(final Facet facet, final String display) {
        if (facet != Facet.PLACE) {
            return display;
        }
        return place(display).name() == null ? "" : place(display).name();
    }

    public static ArticleTerms.PlaceInfo place(final String display) {
        try {
            return Json.read(display, ArticleTerms.PlaceInfo.class);
        } catch (IOException e) {
            return new ArticleTerms.PlaceInfo(null, null, null, null);
        }
    }

    private static boolean startsWith(final byte[] a, final byte[] prefix) {
        if (a.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (a[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
