package io.newsflow.sink;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.topic.Topics;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards an enriched article only when it is newer than what was last written for its id, and turns a
 * retraction (null value) into a tombstone.
 *
 * <p>Retraction rule: a tombstone always deletes the article. It covers every revision up to the last
 * one the sink wrote for that id; when the sink has written none, it covers every revision up to the
 * tombstone's timestamp (ingest stamps revisions with the time it accepted the article, so everything
 * accepted before the delete is covered). After a retraction only a strictly newer revision brings the
 * article back; an older or equal revision, whatever its enrichment version, is dropped.
 *
 * <p>Values are deserialized here rather than by the source node so that a malformed record takes the
 * same path as any other bad record: the processing exception handler, which writes it to the
 * dead-letter topic with its original bytes, inside the same transaction as the rest of the batch.
 */
final class LatestVersionProcessor implements Processor<String, byte[], String, EnrichedArticle> {

    private static final Logger LOG = LoggerFactory.getLogger(LatestVersionProcessor.class);

    private final String storeName;
    private final SinkMeters meters;
    private final Deserializer<EnrichedArticle> deserializer = Topics.ENRICHED.valueSerde().deserializer();
    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, VersionStamp> stamps;

    LatestVersionProcessor(final String storeName, final SinkMeters meters) {
        this.storeName = storeName;
        this.meters = meters;
    }

    @Override
    public void init(final ProcessorContext<String, EnrichedArticle> ctx) {
        this.context = ctx;
        this.stamps = ctx.getStateStore(storeName);
    }

    @Override
    public void process(final Record<String, byte[]> raw) {
        final long start = System.nanoTime();
        final String id = raw.key();
        if (id == null || id.isEmpty()) {
            throw new InvalidEnrichedRecordException("record without a key: the key must be the article id");
        }
        final EnrichedArticle article = deserializer.deserialize(Topics.ENRICHED.name(), raw.headers(), raw.value());
        final Record<String, EnrichedArticle> record = raw.withValue(article);
        final VersionStamp stamp = stamps.get(id);
        if (article == null) {
            retract(record, id, stamp);
            return;
        }
        if (article.id() != null && !article.id().equals(id)) {
            throw new InvalidEnrichedRecordException("key '" + id + "' is not the article id '" + article.id() + "'");
        }
        if (stamp != null && !stamp.isSupersededBy(article.version())) {
            LOG.debug("event=article_skipped id={} revision={} currentRevision={} retracted={}",
                    id, article.revision(), stamp.revision(), stamp.retracted());
            return;
        }
        stamps.put(id, VersionStamp.of(article.version()));
        context.forward(record);
        meters.stored().increment();
        meters.writeDuration().record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        LOG.debug("event=article_current id={} revision={}", id, article.revision());
    }

    private void retract(final Record<String, EnrichedArticle> record, final String id, final VersionStamp stamp) {
        final long covered = stamp == null ? record.timestamp() : stamp.revision();
        stamps.put(id, VersionStamp.retractedUpTo(covered));
        context.forward(record.withValue(null));
        LOG.debug("event=article_retracted id={} coversRevision={}", id, covered);
    }
}
