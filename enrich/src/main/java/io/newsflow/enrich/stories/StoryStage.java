package io.newsflow.enrich.stories;

import io.newsflow.common.topic.Topics;
import io.newsflow.tagger.stories.StoryOptions;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The story stage of enrich: tagged articles are repartitioned to a single partition (the stories of an
 * article can be anywhere, so one task sees them all, in one order that a replay repeats), assigned their
 * story by {@link StoryProcessor} over a persistent store holding the window, and split into the articles
 * with their story and the views of {@code news.stories.current}. With exactly-once processing the store's
 * changelog, both outputs and the repartition topic's offsets commit in one transaction. Its limit is the one
 * task: one thread assigns every article (a median of 0.33 ms each with 100,000 stories in memory, more
 * through RocksDB).
 */
public final class StoryStage {

    /** The store of the story window. */
    public static final String STORE = "story-state";


    private StoryStage() {
    }

    /**
     * Adds the stage after {@code tagged} (article id to the tagged article's JSON as {@link Topics#ENRICHED}
     * takes it, null for a retraction); writes the views to {@link Topics#STORIES} and returns the articles
     * with their story, keyed by article id, as the same JSON (the stage adds the story to the bytes it
     * received rather than writing each article a second time).
     */
    public static KStream<String, byte[]> addTo(final StreamsBuilder builder, final KStream<String, byte[]> tagged,
            final StoryOptions options) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                Serdes.ByteArray()).withCachingEnabled());
        // The articles cross the repartition topic as JSON bytes, which the store keeps as they are for a merge.
        final KStream<String, StoryOutput> out = tagged
                .repartition(Repartitioned.<String, byte[]>as("stories")
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.ByteArray())
                        .withNumberOfPartitions(1))
                .process(() -> new StoryProcessor(options), Named.as("assign-stories"), STORE);
        out.filter((key, value) -> value.isView(), Named.as("story-views"))
                .mapValues(StoryOutput::view, Named.as("story-view"))
                .to(Topics.STORIES.name(), Produced.with(Topics.STORIES.keySerde(), Topics.STORIES.valueSerde())
                        .withName("to-stories"));
        return out.filter((key, value) -> !value.isView(), Named.as("story-articles"))
                .mapValues(StoryOutput::article, Named.as("story-article"));
    }
}
