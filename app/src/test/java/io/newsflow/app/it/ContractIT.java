package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.AppOptions;
import io.newsflow.app.NewsflowApp;
import io.newsflow.app.ServiceModule;
import io.newsflow.app.Services;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.Settings;
import io.newsflow.common.json.Json;
import io.newsflow.common.topic.Topics;
import io.newsflow.ingest.IngestService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The committed topic contract holds for real records: the all-in-one services run on articles posted
 * over HTTP (one about a ceasefire, which carries the military track, then retracted; one in French,
 * which enrich skips), a feed of one item, and two poison records written straight to
 * news.articles.raw (not JSON; no key). Every record of these read back from news.articles.raw,
 * .enriched, .current, news.tracks.military, news.articles.dlq and news.feeds.state, tombstones
 * included, passes its channel's key and payload schemas (closed to unlisted properties) and, for dead
 * letters, its header schema. When enrich assigns stories, the views of the articles' stories on
 * news.stories.current are checked the same way.
 */
class ContractIT {

    private static final Logger LOG = LoggerFactory.getLogger(ContractIT.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String STORIES = "news.stories.current";
    private final ContractDocument contract = new ContractDocument();

    @Test
    void recordsOnEveryTopicKeepTheContract() throws Exception {
        final String military = KafkaCluster.uniqueId("contract-ceasefire");
        final String french = KafkaCluster.uniqueId("contract-fr");
        final String poison = KafkaCluster.uniqueId("contract-poison");
        final String poisonMarker = "contract poison " + poison;
        try (FeedSite site = new FeedSite(1)) {
            final Path feedsFile = Files.createTempFile(KafkaCluster.broker().dataDir(), "contract-feeds-", ".txt");
            Files.writeString(feedsFile, site.feedUrl() + "\n");
            try (NewsflowApp app = startApp(feedsFile); KafkaProducer<byte[], byte[]> producer = KafkaCluster.producer()) {
                app.services().forEach(s -> KafkaCluster.await(s.name() + " to run").until(() -> s.health().ready()));
                final URI articles = URI.create("http://127.0.0.1:" + app.services().stream()
                        .filter(IngestService.class::isInstance).map(IngestService.class::cast).findFirst()
                        .orElseThrow().port() + "/articles");

                post(articles, new RawArticle(military, "https://example.org/contract/" + military,
                        "Army commanders agree a ceasefire near Sirte",
                        "Military commanders of the two armies agreed a ceasefire near Sirte on Tuesday. Their "
                                + "troops will withdraw from the front line and heavy weapons will be pulled back, "
                                + "the defence ministers said after talks in Geneva.",
                        "contract-test", "2024-05-02", "en", null, null));
                post(articles, new RawArticle(french, null, "Les ministres se retrouvent à Lyon",
                        "Les ministres des finances se sont retrouvés mardi à Lyon pour parler du budget de "
                                + "l'année prochaine et des impôts des entreprises.",
                        "contract-test", null, "fr", null, null));
                producer.send(new ProducerRecord<>(Topics.RAW.name(), poison.getBytes(StandardCharsets.UTF_8),
                        "{\"title\": [1, 2".getBytes(StandardCharsets.UTF_8))).get();
                producer.send(new ProducerRecord<>(Topics.RAW.name(), null,
                        ("{\"title\": \"" + poisonMarker + "\"}").getBytes(StandardCharsets.UTF_8))).get();

                // The article is on its track topic before it is retracted, so the retraction follows it there.
                awaitRecords(Topics.TRACK_MILITARY.name(), r -> key(r).equals(military) && r.value() != null);
                final HttpResponse<String> deleted = HTTP.send(HttpRequest.newBuilder(URI.create(articles + "/"
                        + military)).timeout(Duration.ofSeconds(30)).DELETE().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(202, deleted.statusCode(), deleted.body());

                final Set<String> ours = Set.of(military, french);
                final Map<String, List<ConsumerRecord<byte[], byte[]>>> read = new LinkedHashMap<>();
                read.put(Topics.RAW.name(), awaitAll(Topics.RAW.name(), r -> ours.contains(key(r))
                        || (r.value() != null && value(r).contains(site.base())),
                        List.of(isTombstoneOf(military), isValueOf(french), r -> value(r).contains(site.base()))));
                for (String topic : List.of(Topics.ENRICHED.name(), Topics.CURRENT.name())) {
                    read.put(topic, awaitAll(topic, r -> ours.contains(key(r)),
                            List.of(isTombstoneOf(military), isValueOf(french))));
                }
                read.put(Topics.TRACK_MILITARY.name(), awaitAll(Topics.TRACK_MILITARY.name(),
                        r -> military.equals(key(r)), List.of(isValueOf(military), isTombstoneOf(military))));
                final Predicate<ConsumerRecord<byte[], byte[]>> ourPoison = r -> poison.equals(key(r))
                        || (r.key() == null && value(r).contains(poisonMarker));
                read.put(Topics.DLQ.name(), awaitAll(Topics.DLQ.name(), ourPoison,
                        List.of(r -> poison.equals(key(r)), r -> r.key() == null)));
                read.put("news.feeds.state", awaitAll("news.feeds.state", r -> site.feedUrl().equals(key(r)),
                        List.of(r -> r.value() != null)));
                // The stories of the articles, when enrich assigns stories: their views (or tombstones) by story id.
                final Set<String> stories = storyIds(read.get(Topics.ENRICHED.name()));
                if (!stories.isEmpty()) {
                    read.put(STORIES, awaitAll(STORIES, r -> stories.contains(key(r)),
                            stories.stream().<Predicate<ConsumerRecord<byte[], byte[]>>>map(s -> r -> s.equals(key(r)))
                                    .toList()));
                }

                final List<String> broken = new ArrayList<>();
                read.forEach((topic, records) -> records.forEach(r -> contract.violations(topic, r)
                        .forEach(v -> broken.add(topic + " key=" + key(r) + ": " + v))));
                assertTrue(broken.isEmpty(), String.join("\n", broken));
                read.forEach((topic, records) -> {
                    assertTrue(records.size() >= 1, topic);
                    LOG.info("event=contract_checked topic={} records={} tombstones={}", topic, records.size(),
                            records.stream().filter(r -> r.value() == null).count());
                });
                assertTrue(value(read.get(Topics.ENRICHED.name()).stream().filter(isValueOf(french)).findFirst()
                        .orElseThrow()).contains("\"skipped\""), "the French article is skipped, and says so");
            }
        }
    }

    private static NewsflowApp startApp(final Path feedsFile) {
        final List<ServiceModule<?>> modules = Services.all();
        final String[] args = LauncherArgs.forTest("contract", "--feeds-file", feedsFile.toString(),
                "--poll-interval", "1s");
        final Settings settings = ConfigLayers.load(AppOptions.all(modules), args, Map.of()).settings();
        return NewsflowApp.start(settings, modules, line -> { });
    }

    private static void post(final URI articles, final RawArticle article) throws Exception {
        final HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(articles)
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.writeBytes(article))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, posted.statusCode(), posted.body());
    }

    /** Reads {@code topic} from its start until a record matches {@code until}; the matching records read. */
    private static void awaitRecords(final String topic, final Predicate<ConsumerRecord<byte[], byte[]>> until) {
        try (KafkaConsumer<byte[], byte[]> consumer = KafkaCluster.rawConsumerFromStart(topic)) {
            KafkaCluster.pollUntil(consumer, until);
        }
    }

    /**
     * Reads {@code topic} from its start (read_committed) until, among the records that are {@code ours},
     * each of {@code expected} has matched one; returns those records.
     */
    private static List<ConsumerRecord<byte[], byte[]>> awaitAll(final String topic,
            final Predicate<ConsumerRecord<byte[], byte[]>> ours,
            final List<Predicate<ConsumerRecord<byte[], byte[]>>> expected) {
        final List<ConsumerRecord<byte[], byte[]>> kept = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = KafkaCluster.rawConsumerFromStart(topic)) {
            KafkaCluster.await("the expected records on " + topic).until(() -> {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (ours.test(r)) {
                        kept.add(r);
                    }
                }
                return expected.stream().allMatch(e -> kept.stream().anyMatch(e));
            });
        }
        return kept;
    }

    /** The story ids the enriched articles among {@code records} carry; none before a story stage assigns them. */
    private static Set<String> storyIds(final List<ConsumerRecord<byte[], byte[]>> records) throws IOException {
        final Set<String> ids = new TreeSet<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            if (r.value() != null) {
                final JsonNode story = Json.mapper().readTree(r.value()).path("story");
                if (story.path("id").isTextual()) {
                    ids.add(story.path("id").asText());
                }
            }
        }
        return ids;
    }

    private static Predicate<ConsumerRecord<byte[], byte[]>> isTombstoneOf(final String id) {
        return r -> id.equals(key(r)) && r.value() == null;
    }

    private static Predicate<ConsumerRecord<byte[], byte[]>> isValueOf(final String id) {
        return r -> id.equals(key(r)) && r.value() != null;
    }

    private static String key(final ConsumerRecord<byte[], byte[]> r) {
        return r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8);
    }

    private static String value(final ConsumerRecord<byte[], byte[]> r) {
        return r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8);
    }
}
