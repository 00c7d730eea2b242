package io.newsflow.common.topic;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.article.StoryView;
import io.newsflow.common.article.TrackTag;
import io.newsflow.common.json.JsonSerde;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;

/** The topics of newsflow's public contract; the README documents the same table. */
public final class Topics {

    public static final Topic<String, RawArticle> RAW = new Topic<>("news.articles.raw",
            Serdes.String(), JsonSerde.of(RawArticle.class),
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));

    public static final Topic<String, EnrichedArticle> ENRICHED = new Topic<>("news.articles.enriched",
            Serdes.String(), JsonSerde.of(EnrichedArticle.class),
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));

    public static final Topic<String, EnrichedArticle> CURRENT = new Topic<>("news.articles.current",
            Serdes.String(), JsonSerde.of(EnrichedArticle.class),
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    /** Original key and bytes of records that could not be processed; headers say why. */
    public static final Topic<byte[], byte[]> DLQ = new Topic<>("news.articles.dlq",
            Serdes.ByteArray(), Serdes.ByteArray(),
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));

    public static final Topic<String, EnrichedArticle> TRACK_MILITARY = trackTopic(TrackTag.MILITARY);
    public static final Topic<String, EnrichedArticle> TRACK_POLITICAL = trackTopic(TrackTag.POLITICAL);
    public static final Topic<String, EnrichedArticle> TRACK_ECONOMIC = trackTopic(TrackTag.ECONOMIC);

    public static final List<Topic<String, EnrichedArticle>> TRACKS =
            List.of(TRACK_MILITARY, TRACK_POLITICAL, TRACK_ECONOMIC);

    /** Compacted, keyed by story id: the latest view of each story; a tombstone once it has no article. */
    public static final Topic<String, StoryView> STORIES = new Topic<>("news.stories.current",
            Serdes.String(), JsonSerde.of(StoryView.class),
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    private Topics() {
    }

    /** The topic that carries the articles of one talk-track, e.g. {@code news.tracks.military}. */
    public static Topic<String, EnrichedArticle> trackTopic(final String track) {
        return new Topic<>("news.tracks." + track, Serdes.String(), JsonSerde.of(EnrichedArticle.class),
                Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
    }
}
