package io.newsflow.enrich.stories;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Story;
import io.newsflow.tagger.stories.SerializedStoryState;
import io.newsflow.tagger.stories.StoryIndex;
import io.newsflow.tagger.stories.StoryOptions;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assigns stories on the single partition of the story stage, with the window's state in the stage's
 * store: for an article, emits the article with its story and the story's new view; for a retraction (a
 * null value), the retraction and the view of the story it leaves (null when that story has no article
 * left, a tombstone on {@code news.stories.current}).
 */
final class StoryProcessor implements Processor<String, EnrichedArticle, String, StoryOutput> {

    private static final Logger LOG = LoggerFactory.getLogger(StoryProcessor.class);

    private final StoryOptions options;
    private ProcessorContext<String, StoryOutput> context;
    private StoryIndex index;

    StoryProcessor(final StoryOptions options) {
        this.options = options;
    }

    @Override
    public void init(final ProcessorContext<String, StoryOutput> processorContext) {
        this.context = processorContext;
        final KeyValueStore<String, byte[]> store = processorContext.getStateStore(StoryStage.STORE);
        this.index = new StoryIndex(new SerializedStoryState(new StoreEntries(store)), options);
    }

    @Override
    public void process(final Record<String, EnrichedArticle> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            final String storyId = index.retract(record.key());
            context.forward(record.withValue(StoryOutput.article(null)));
            if (storyId != null) {
                context.forward(record.withKey(storyId).withValue(StoryOutput.view(index.view(storyId))));
            }
            return;
        }
        final Story story = index.assign(record.value());
        LOG.debug("event=story article={} story={} duplicateOf={}", record.key(), story.id(), story.duplicateOf());
        context.forward(record.withValue(StoryOutput.article(record.value().withStory(story))));
        context.forward(record.withKey(story.id()).withValue(StoryOutput.view(index.view(story.id()))));
    }
}
