package io.newsflow.api.store;

import io.newsflow.common.article.StoryView;
import io.newsflow.common.json.Json;
import java.io.IOException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps the latest view of each story of {@code news.stories.current} by story id; a tombstone removes it. */
public final class StoryStoreProcessor implements Processor<String, byte[], Void, Void> {

    private KeyValueStore<String, byte[]> stories;

    @Override
    public void init(final ProcessorContext<Void, Void> context) {
        stories = context.getStateStore(ApiStores.STORIES);
    }

    @Override
    public void process(final Record<String, byte[]> record) {
        if (record.key() == null) {
            throw new UnreadableRecordException("a story record without a key (the story id)", null);
        }
        if (record.value() == null) {
            stories.delete(record.key());
            return;
        }
        try {
            Json.read(record.value(), StoryView.class);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableRecordException("not a StoryView JSON object: " + e.getMessage(), e);
        }
        stories.put(record.key(), record.value());
    }
}
