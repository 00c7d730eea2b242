package io.newsflow.enrich.stories;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Story;
import io.newsflow.common.json.Json;
import io.newsflow.tagger.stories.ArticleRecord;
import io.newsflow.tagger.stories.SerializedStoryState;
import io.newsflow.tagger.stories.StoryAssignment;
import io.newsflow.tagger.stories.StoryIndex;
import io.newsflow.tagger.stories.StoryOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assigns stories on the single partition of the story stage, with the window's state in the stage's
 * store. For an article (JSON bytes, as tagged) it emits the article with its story; when the article
 * bridged two stories, also every article that moved, again, under its new story. For a retraction (a null
 * value) it emits the retraction.
 *
 * <p>Views are not written per article: the stories an article changes are marked ({@link ChangedStories}),
 * and every {@link StoryOptions#viewInterval()} of wall-clock time the marked stories' views are written, at
 * most {@value #VIEWS_PER_INTERVAL} at a time (null for a story with no article left, or absorbed by another:
 * a tombstone on {@code news.stories.current}). A story of 500 articles would otherwise write its 500-article
 * view once for every article it gains.
 */
final class StoryProcessor implements Processor<String, byte[], String, StoryOutput> {

    private static final Logger LOG = LoggerFactory.getLogger(StoryProcessor.class);
    /** Views written at most per interval; the rest wait for the next one, oldest story id first. */
    static final int VIEWS_PER_INTERVAL = 2_000;

    private final StoryOptions options;
    private ProcessorContext<String, StoryOutput> context;
    private StoryIndex index;
    private ChangedStories changed;

    StoryProcessor(final StoryOptions options) {
        this.options = options;
    }

    @Override
    public void init(final ProcessorContext<String, StoryOutput> processorContext) {
        this.context = processorContext;
        final KeyValueStore<String, byte[]> store = processorContext.getStateStore(StoryStage.STORE);
        this.index = new StoryIndex(new SerializedStoryState(new StoreEntries(store)), options);
        this.changed = new ChangedStories(store);
        processorContext.schedule(options.viewInterval(), PunctuationType.WALL_CLOCK_TIME, this::writeViews);
    }

    /** Writes the views of the stories changed since the last call. */
    private void writeViews(final long now) {
        final List<String> ids = changed.take(VIEWS_PER_INTERVAL);
        for (String id : ids) {
            context.forward(new Record<>(id, StoryOutput.view(index.view(id)), now));
        }
        if (!ids.isEmpty()) {
            LOG.debug("event=story_views written={}", ids.size());
        }
    }

    @Override
    public void process(final Record<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            final String storyId = index.retract(record.key());
            context.forward(record.withValue(StoryOutput.article(null)));
            if (storyId != null) {
                changed.mark(storyId);
            }
            return;
        }
        final EnrichedArticle article = read(record.value());
        final StoryAssignment placed = index.place(article);
        final Story story = placed.story();
        LOG.debug("event=story article={} story={} duplicateOf={}", record.key(), story.id(), story.duplicateOf());
        index.keepPayload(record.key(), story.id(), record.value());
        context.forward(record.withValue(StoryOutput.article(ArticleBytes.withStory(record.value(), article, story))));
        if (placed.absorbed() != null) {
            changed.mark(placed.absorbed());
            for (String moved : placed.moved()) {
                republish(record, moved);
            }
        }
        changed.mark(story.id());
    }

    /** Publishes a moved article again under its new story, when its payload was kept. */
    private void republish(final Record<String, byte[]> record, final String articleId) {
        final byte[] payload = index.state().payload(articleId);
        final ArticleRecord moved = index.state().article(articleId);
        if (payload == null || moved == null) {
            LOG.debug("event=story_move_unpublished article={}", articleId);
            return;
        }
        final Story story = new Story(moved.storyId(), moved.duplicateOf(), moved.similarity());
        context.forward(record.withKey(articleId).withValue(StoryOutput.article(
                ArticleBytes.withStory(payload, read(payload), story))));
    }

    private static EnrichedArticle read(final byte[] value) {
        try {
            return Json.read(value, EnrichedArticle.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable article on the story stage", e);
        }
    }
}
