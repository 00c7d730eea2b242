package io.newsflow.contract;

import io.newsflow.common.article.ArticleIds;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.article.StoryView;
import io.newsflow.common.article.TrackTag;
import io.newsflow.common.feed.FeedState;
import io.newsflow.contract.ContractChannel.Header;
import io.newsflow.contract.ContractChannel.Key;
import io.newsflow.contract.ContractChannel.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every topic newsflow uses, as the contract document describes it. The topic names and policies repeat
 * {@code io.newsflow.common.topic.Topics} (this module has no Kafka); tests of the modules that define
 * the topics hold the two together, and the payload schemas are generated from the records named here.
 */
public final class NewsflowChannels {

    static final String JSON = "application/json";
    /** Kafka Streams' dead-letter headers (KIP-1034), as io.newsflow.common.deadletter.DeadLetterHandler writes them. */
    public static final List<Header> DEAD_LETTER_HEADERS = List.of(
            new Header("__streams.errors.exception", "the class of the error, e.g. "
                    + "org.apache.kafka.common.errors.SerializationException", null),
            new Header("__streams.errors.message", "the reason", null),
            new Header("__streams.errors.stacktrace", "the stack trace of the error", null),
            new Header("__streams.errors.topic", "the topic the record came from", null),
            new Header("__streams.errors.partition", "the partition it came from, in decimal", "^[0-9]+$"),
            new Header("__streams.errors.offset", "its offset there, in decimal", "^[0-9]+$"));

    private static final String ID_PATTERN = "^" + ArticleIds.PATTERN + "$";
    private static final Key ARTICLE_ID = new Key("the article id: the producer's own, else one derived from the "
            + "normalized URL (url-...), from a feed item's guid (feed-...) or from a hash of source, title and body "
            + "(sha-...)", ID_PATTERN, false);
    private static final Message RAW = new Message("rawArticle", "RawArticle",
            "An article as a producer submitted it, validated, with its id and a revision", JSON, RawArticle.class,
            List.of());
    private static final Message ENRICHED = new Message("enrichedArticle", "EnrichedArticle",
            "An article with its people, organizations, places, countries and talk-tracks", JSON,
            EnrichedArticle.class, List.of());
    private static final Message ARTICLE_RETRACTION = new Message("articleRetraction", "Retraction",
            "A tombstone: the record's value is null (no bytes at all, not the JSON text null), and the article "
                    + "of its key is withdrawn: consumers drop it", null, null, List.of());

    private NewsflowChannels() {
    }

    /** The channels in the order of the flow of an article. */
    public static List<ContractChannel> all() {
        final List<ContractChannel> channels = new ArrayList<>();
        channels.add(new ContractChannel("articlesRaw", "news.articles.raw",
                "Articles as ingest accepted them (HTTP, files, feeds); a DELETE of an article writes a "
                        + "tombstone. Its partitions set enrich's parallelism.",
                false, ARTICLE_ID, RAW, ARTICLE_RETRACTION, List.of("ingest"), List.of("enrich")));
        channels.add(new ContractChannel("articlesEnriched", "news.articles.enriched",
                "Every article as enrich tagged it, exactly once per raw record; retractions passed on.",
                false, ARTICLE_ID, ENRICHED, ARTICLE_RETRACTION, List.of("enrich"), List.of("sink")));
        channels.add(new ContractChannel("articlesCurrent", "news.articles.current",
                "The latest version of every article (the newest revision, and of one revision the newest "
                        + "enrichment), compacted: read it from the start to rebuild the state of every article. "
                        + "A retracted article ends with a tombstone.",
                true, ARTICLE_ID, ENRICHED, ARTICLE_RETRACTION, List.of("sink"), List.of()));
        for (String track : TrackTag.ALL) {
            channels.add(new ContractChannel("tracks" + capitalized(track), "news.tracks." + track,
                    "The enriched articles that carry the " + track + " talk-track; a tombstone when such an "
                            + "article is retracted.",
                    false, ARTICLE_ID, ENRICHED, ARTICLE_RETRACTION, List.of("enrich"), List.of()));
        }
        channels.add(new ContractChannel("articlesDeadLetters", "news.articles.dlq",
                "Records enrich or sink could not read or process, and output the broker refused as too large: "
                        + "the original key and value bytes, with headers that say why and where from.",
                false, new Key("the original record's key bytes, unchanged (may be absent)", null, true),
                new Message("deadLetter", "Dead letter", "The original value bytes, unchanged: they need not be "
                        + "JSON, nor UTF-8", "application/octet-stream", null, DEAD_LETTER_HEADERS),
                null, List.of("enrich", "sink"), List.of()));
        channels.add(new ContractChannel("feedsState", "news.feeds.state",
                "What ingest's feed poller remembers of each feed: the validators of its last answer and the "
                        + "items it published with a hash of their content (the 2,000 most recently seen); read "
                        + "to its end at start-up, written after each poll whose articles the broker acknowledged.",
                true, new Key("the feed's URL as configured", "^.+$", false),
                new Message("feedState", "FeedState", "The state of one feed", JSON, FeedState.class, List.of()),
                null, List.of("ingest"), List.of("ingest")));
        channels.add(new ContractChannel("storiesCurrent", "news.stories.current",
                "The latest view of every story (articles about the same event within the story window), "
                        + "compacted; a tombstone once a story is gone (it has no article left, or another story "
                        + "absorbed it).",
                true, new Key("the story id: the id of the story's first article", ID_PATTERN, false),
                new Message("storyView", "StoryView", "One story as a consumer sees it", JSON, StoryView.class,
                        List.of()),
                new Message("storyRetraction", "Story removed", "A tombstone: the record's value is null, and the "
                        + "story of its key is gone", null, null, List.of()),
                List.of("enrich"), List.of()));
        return List.copyOf(channels);
    }

    private static String capitalized(final String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
