package io.newsflow.api.store;

import io.micrometer.core.instrument.Counter;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the stores of one partition of {@code news.articles.current} in step with it: the article JSON by
 * id, its index keys and its counts. A revision first removes what the previous revision wrote (from the
 * key list kept under the id), a tombstone removes it all.
 */
public final class ArticleIndexProcessor implements Processor<String, byte[], Void, Void> {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndexProcessor.class);
    private static final byte[] PRESENT = new byte[0];

    private final Counter indexed;
    private final Counter removed;
    private KeyValueStore<String, byte[]> articles;
    private KeyValueStore<String, byte[]> keys;
    private KeyValueStore<Bytes, byte[]> index;
    private KeyValueStore<Bytes, byte[]> counts;

    public ArticleIndexProcessor(final Counter indexed, final Counter removed) {
        this.indexed = indexed;
        this.removed = removed;
    }

    @Override
    public void init(final ProcessorContext<Void, Void> context) {
        articles = context.getStateStore(ApiStores.ARTICLES);
        keys = context.getStateStore(ApiStores.KEYS);
        index = context.getStateStore(ApiStores.INDEX);
        counts = context.getStateStore(ApiStores.COUNTS);
    }

    @Override
    public void process(final Record<String, byte[]> record) {
        final String id = record.key();
        if (id == null) {
            throw new UnreadableRecordException("a record without a key (the article id)", null);
        }
        final EnrichedArticle article = record.value() == null ? null : read(record.value());
        remove(id);
        if (article == null) {
            articles.delete(id);
            removed.increment();
            LOG.debug("event=article_removed id={}", id);
            return;
        }
        final ArticleTerms terms = ArticleTerms.of(article);
        final List<ArticleTerms.Term> indexedTerms = new ArrayList<>();
        for (ArticleTerms.Term t : terms.indexed()) {
            index.put(IndexKeys.key(t.facet(), t.value(), terms.position()), PRESENT);
            indexedTerms.add(t);
        }
        for (Map.Entry<ArticleTerms.Term, byte[]> e : terms.counted().entrySet()) {
            final Bytes k = IndexKeys.countKey(e.getKey().facet(), e.getKey().value());
            final byte[] before = counts.get(k);
            // The first display seen stays: a later article writing "haftar" does not rename "Haftar".
            counts.put(k, Counts.encode(Counts.count(before) + 1, before == null ? e.getValue()
                    : Arrays.copyOfRange(before, Long.BYTES, before.length)));
        }
        keys.put(id, new KeyList(terms.position(), indexedTerms, List.copyOf(terms.counted().keySet())).toBytes());
        articles.put(id, record.value());
        indexed.increment();
        LOG.debug("event=article_indexed id={} indexKeys={}", id, indexedTerms.size());
    }

    /** Removes the index entries and counts the previous revision of {@code id} wrote. */
    private void remove(final String id) {
        final byte[] previous = keys.get(id);
        if (previous == null) {
            return;
        }
        final KeyList old = KeyList.fromBytes(previous);
        old.indexKeys().forEach(index::delete);
        for (Bytes k : old.countKeys()) {
            final byte[] before = counts.get(k);
            final long left = Counts.count(before) - 1;
            if (left <= 0) {
                counts.delete(k);
            } else {
                counts.put(k, Counts.encode(left, Arrays.copyOfRange(before, Long.BYTES, before.length)));
            }
        }
        keys.delete(id);
    }

    private static EnrichedArticle read(final byte[] value) {
        try {
            return Json.read(value, EnrichedArticle.class);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableRecordException("not an EnrichedArticle JSON object: " + e.getMessage(), e);
        }
    }
}
