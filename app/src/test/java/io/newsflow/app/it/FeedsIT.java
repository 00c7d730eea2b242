package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.AppOptions;
import io.newsflow.app.NewsflowApp;
import io.newsflow.app.ServiceModule;
import io.newsflow.app.Services;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.Settings;
import io.newsflow.common.json.Json;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.topic.Topics;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestFeeds;
import io.newsflow.ingest.feeds.FeedsService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * The feed target end to end: the all-in-one launcher given {@code --feeds-file} polls a feed of 50 items
 * served from 127.0.0.1 and fetches each item's page; every item reaches news.articles.current with the
 * page's text as its body (no markup), its title and its date; the polls after the first are answered 304.
 * Then a poller started anew (a restart: its state comes from news.feeds.state) publishes nothing again,
 * neither when the feed answers 304 nor when it serves the whole document on every poll.
 */
class FeedsIT {

    private static final int ITEMS = 50;

    @Test
    void fiftyItemsWithPagesReachCurrentOnceAndARestartedPollerPublishesNothingAgain() throws Exception {
        try (FeedSite site = new FeedSite(ITEMS)) {
            final Path feedsFile = Files.createTempFile(KafkaCluster.broker().dataDir(), "feeds-", ".txt");
            Files.writeString(feedsFile, "# the test site\n" + site.feedUrl() + "\n");

            try (NewsflowApp app = startApp(feedsFile)) {
                final Map<String, EnrichedArticle> current = currentOf(site);
                assertEquals(ITEMS, current.size());
                for (int n = 1; n <= ITEMS; n++) {
                    final EnrichedArticle a = current.get(site.pageUrl(n));
                    assertEquals(FeedSite.title(n), a.title());
                    assertEquals(FeedSite.published(n).toInstant().toString(), a.publishedAt());
                    assertEquals(FeedSite.SOURCE, a.source());
                    assertTrue(a.body().contains(FeedSite.pageSentence(n)), a.body());
                    assertFalse(a.body().contains("<") || a.body().contains("var x"), "text only: " + a.body());
                }
                KafkaCluster.await("a poll answered 304").until(() -> site.notModified() >= 1);
            }
            assertEquals(ITEMS, rawCount(site), "each item published once");

            // The restart: a poller of its own whose state comes from news.feeds.state.
            final int before = site.feedRequests();
            final int notModifiedBefore = site.notModified();
            final IngestConfig cfg = IngestConfig.from(ConfigLayers.load(IngestConfig.OPTIONS, new String[] {
                "--bootstrap-servers", KafkaCluster.bootstrapServers(), "--feed", site.feedUrl(),
                "--poll-interval", "500ms", "--fetch-pages"}, Map.of()).settings());
            try (Metrics metrics = Metrics.create("ingest");
                    FeedsService restarted = IngestFeeds.start(cfg, null, metrics, Duration.ZERO)) {
                KafkaCluster.await("the restarted poller's conditional polls").until(
                        () -> site.notModified() >= notModifiedBefore + 2);
                assertEquals(site.feedRequests() - before, site.notModified() - notModifiedBefore,
                        "the validators survived the restart: every poll was answered 304");

                site.conditional = false;
                final int unconditional = site.feedRequests();
                KafkaCluster.await("two full polls").until(() -> site.feedRequests() >= unconditional + 2);
                assertTrue(restarted.live());
            }
            assertEquals(ITEMS, rawCount(site), "nothing published again after the restart");
        }
    }

    private static NewsflowApp startApp(final Path feedsFile) {
        final List<ServiceModule<?>> modules = Services.all();
        final String[] args = LauncherArgs.forTest("feeds", "--feeds-file", feedsFile.toString(),
                "--poll-interval", "1s", "--fetch-pages");
        final Settings settings = ConfigLayers.load(AppOptions.all(modules), args, Map.of()).settings();
        return NewsflowApp.start(settings, modules, line -> { });
    }

    /** The latest version on news.articles.current of each article of the site, by URL, once all are there. */
    private static Map<String, EnrichedArticle> currentOf(final FeedSite site) {
        final Map<String, EnrichedArticle> byUrl = new HashMap<>();
        try (KafkaConsumer<String, EnrichedArticle> consumer = KafkaCluster.consumerFromStart(Topics.CURRENT.name(),
                Topics.CURRENT.keySerde().deserializer(), Topics.CURRENT.valueSerde().deserializer())) {
            KafkaCluster.await("the " + ITEMS + " items on " + Topics.CURRENT.name()).until(() -> {
                for (ConsumerRecord<String, EnrichedArticle> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() != null && r.value().url() != null && r.value().url().startsWith(site.base())) {
                        byUrl.put(r.value().url(), r.value());
                    }
                }
                return byUrl.size() == ITEMS;
            });
        }
        return byUrl;
    }

    /**
     * How many records of the site's articles news.articles.raw holds; read as bytes, because other tests
     * leave malformed records there on purpose.
     */
    private static long rawCount(final FeedSite site) throws IOException {
        try (KafkaConsumer<byte[], byte[]> consumer = KafkaCluster.rawConsumerFromStart(Topics.RAW.name())) {
            final Map<org.apache.kafka.common.TopicPartition, Long> end =
                    consumer.endOffsets(consumer.assignment(), KafkaCluster.TIMEOUT);
            long count = 0;
            final long deadline = System.nanoTime() + KafkaCluster.TIMEOUT.toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                assertTrue(System.nanoTime() < deadline, "read " + Topics.RAW.name() + " to its end in time");
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() != null && new String(r.value(), StandardCharsets.UTF_8).contains(site.base())
                            && Json.read(r.value(), RawArticle.class).url().startsWith(site.base())) {
                        count++;
                    }
                }
            }
            return count;
        }
    }
}
