package io.newsflow.api.query;

import io.newsflow.api.store.ArticleTerms;
import io.newsflow.api.store.Counts;
import io.newsflow.api.store.Facet;
import io.newsflow.api.store.IndexKeys;
import io.newsflow.api.store.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * One list query on one partition: a range scan over the index of the most selective filter (the
 * smallest count; a word when only words are given, the longest; the time index when there is no
 * filter), starting after the cursor and at {@code until}, ending at {@code since}; every other filter is
 * a point lookup of the same position under its own index key. The article JSON is read only for matches.
 *
 * <p>Bounded work: at most {@value #MAX_SCAN} index keys are scanned per partition and query; a scan
 * that stops there answers with the position it reached, so the page may hold fewer than {@code limit}
 * articles but its cursor goes on from there.
 */
public final class ArticleQuery {

    public static final int MAX_SCAN = 20_000;

    private ArticleQuery() {
    }

    public static Page run(final PartitionStores stores, final ArticleFilter filter, final Position after,
            final int limit) {
        return run(stores, filter, after, limit, true);
    }

    /**
     * The matches of one partition; without {@code withJson} their JSON is left null, for a caller that
     * merges several partitions and reads the JSON of the articles it keeps only.
     */
    public static Page run(final PartitionStores stores, final ArticleFilter filter, final Position after,
            final int limit, final boolean withJson) {
        final List<ArticleTerms.Term> terms = filter.terms();
        final ArticleTerms.Term driver = driver(stores, terms);
        if (driver == null) {
            return Page.empty();
        }
        final List<ArticleTerms.Term> checks = new ArrayList<>(terms);
        checks.remove(driver);
        final byte[] prefix = IndexKeys.prefix(driver.facet(), driver.value());
        Bytes from = filter.until() == null ? Bytes.wrap(prefix)
                : IndexKeys.from(prefix, Position.invert(filter.until()));
        if (after != null) {
            final Bytes afterCursor = IndexKeys.after(prefix, after);
            if (afterCursor.compareTo(from) > 0) {
                from = afterCursor;
            }
        }
        final String oldest = filter.since() == null ? null : Position.invert(filter.since());
        final List<Page.Item> items = new ArrayList<>();
        int scanned = 0;
        try (KeyValueIterator<Bytes, byte[]> it = stores.index().range(from, IndexKeys.upperBound(prefix))) {
            while (it.hasNext()) {
                final KeyValue<Bytes, byte[]> next = it.next();
                final Position at = IndexKeys.position(next.key, prefix.length);
                if (oldest != null && at.inverted().compareTo(oldest) > 0) {
                    return new Page(items, null);
                }
                if (matches(stores, checks, at)) {
                    final byte[] json = withJson ? stores.articles().get(at.id()) : null;
                    if (json != null || !withJson) {
                        items.add(new Page.Item(at, json));
                        if (items.size() == limit) {
                            return new Page(items, at);
                        }
                    }
                }
                if (++scanned == MAX_SCAN) {
                    return new Page(items, at);
                }
            }
        }
        return new Page(items, null);
    }

    private static boolean matches(final PartitionStores stores, final List<ArticleTerms.Term> checks,
            final Position at) {
        for (ArticleTerms.Term t : checks) {
            if (stores.index().get(IndexKeys.key(t.facet(), t.value(), at)) == null) {
                return false;
            }
        }
        return true;
    }

    /** The term to scan: the counted one with the fewest articles, else the longest word, else time; null: none can match. */
    static ArticleTerms.Term driver(final PartitionStores stores, final List<ArticleTerms.Term> terms) {
        ArticleTerms.Term best = null;
        long fewest = Long.MAX_VALUE;
        for (ArticleTerms.Term t : terms) {
            if (t.facet() == Facet.WORD) {
                continue;
            }
            final long n = Counts.count(stores.counts().get(IndexKeys.countKey(t.facet(), t.value())));
            if (n == 0) {
                return null;
            }
            if (n < fewest) {
                fewest = n;
                best = t;
            }
        }
        if (best != null) {
            return best;
        }
        return terms.stream().max(Comparator.comparingInt(t -> t.value().length()))
                .orElse(new ArticleTerms.Term(Facet.TIME, ""));
    }
}
