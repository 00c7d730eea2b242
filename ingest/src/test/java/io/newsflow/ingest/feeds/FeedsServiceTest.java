package io.newsflow.ingest.feeds;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.topic.Topics;
import io.newsflow.ingest.ArticlePublisher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class FeedsServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void pollsUntilClosedAndAfterARestartPublishesNothingAgain() throws Exception {
        final MockProducer<String, RawArticle> producer = new MockProducer<>(true, null, new StringSerializer(),
                Topics.RAW.valueSerde().serializer());
        final ArticlePublisher publisher = new ArticlePublisher(producer,
                new ArticleValidator(ArticleValidator.DEFAULT_MAX_BODY_BYTES), Duration.ofSeconds(2), Clock.systemUTC(),
                null);
        final InMemoryStateStore store = new InMemoryStateStore();
        try (FeedServer server = new FeedServer(); Metrics metrics = Metrics.create("ingest")) {
            server.serve("/tagged.xml", "application/rss+xml",
                    Feeds.rss("Tagged", 6, "http://127.0.0.1/t/").getBytes(StandardCharsets.UTF_8), true);
            server.serve("/plain.xml", "application/rss+xml",
                    Feeds.rss("Plain", 4, "http://127.0.0.1/p/").getBytes(StandardCharsets.UTF_8), false);
            final FeedsConfig config = new FeedsConfig(List.of(server.uri("/tagged.xml"), server.uri("/plain.xml")),
                    Duration.ofMillis(500), Map.of(server.uri("/plain.xml"), Duration.ofMillis(700)), false,
                    Duration.ofSeconds(2), 1024 * 1024, "");

            final FeedsService first = start(config, publisher, store, metrics);
            await().atMost(WAIT).until(() -> server.notModified("/tagged.xml") >= 1
                    && server.requests("/plain.xml") >= 2);
            first.close();
            assertTrue(first.health().ready() == false && !first.live());
            assertEquals(10, producer.history().size());
            final int taggedBefore = server.notModified("/tagged.xml");
            final int plainBefore = server.requests("/plain.xml");

            final FeedsService restarted = start(config, publisher, store, metrics);
            try {
                await().atMost(WAIT).until(() -> server.notModified("/tagged.xml") >= taggedBefore + 2
                        && server.requests("/plain.xml") >= plainBefore + 2);
            } finally {
                restarted.close();
            }
            assertEquals(10, producer.history().size(), "nothing published again after the restart");
            assertEquals(server.requests("/tagged.xml") - 1, server.notModified("/tagged.xml"),
                    "every poll of the tagged feed but the very first was answered 304");
            final URI tagged = server.uri("/tagged.xml");
            assertEquals(6, restarted.state(tagged).items().size());
            assertTrue(metrics.scrape().contains("newsflow_feeds_polls_total"), "polls are counted");
        }
    }

    private static FeedsService start(final FeedsConfig config, final ArticlePublisher publisher,
            final InMemoryStateStore store, final Metrics metrics) {
        return FeedsService.start(config, publisher, ArticleValidator.DEFAULT_MAX_BODY_BYTES, store, null, metrics,
                Duration.ZERO);
    }
}
