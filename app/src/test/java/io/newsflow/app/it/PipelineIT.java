package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.AppOptions;
import io.newsflow.app.NewsflowApp;
import io.newsflow.app.ServiceModule;
import io.newsflow.app.Services;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Place;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.article.StoryView;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.Settings;
import io.newsflow.common.json.Json;
import io.newsflow.common.topic.Topics;
import io.newsflow.ingest.ArticleFiles;
import io.newsflow.ingest.IngestService;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The launcher's services end to end on the shared broker: the seed article posted over HTTP comes out
 * enriched on news.articles.current (read_committed); DELETE retracts it; a malformed raw record goes to
 * the dead-letter topic while the next article comes through; a web page posted as {@code "html"} is tagged as
 * its main text; a syndicated copy of a report shares the report's story on current and on
 * news.stories.current, whose story is a tombstone once both are deleted. The launcher's printer sees the same.
 */
class PipelineIT {

    /** A report written for this test, long enough for its trimmed copy to be recognised as one. */
    private static final String STORY_BODY = "Engineers in south-east Iceland began on Saturday to drain a lake"
            + " that has swollen behind the tongue of the Breidamerkurjokull glacier, after geologists warned that"
            + " the ice dam holding it could give way before the spring thaw. Diggers cut a channel two hundred"
            + " metres long through the moraine so that the water can run off slowly into the river below,"
            + " said Hrafnhildur Sveinsdottir, who leads the civil protection team in the district. Some four"
            + " hundred people live in the three villages downstream, and the ring road bridge was closed to"
            + " lorries as a precaution while the level of the lake falls by about a metre a day. Farmers in the"
            + " valley moved their sheep to higher pastures, and the tourist office asked visitors to keep away"
            + " from the shore until the work is finished. The last comparable flood, in 1996, swept away two"
            + " bridges and cut the island's only ring road for three weeks.";
    private static final Path SEED = Path.of("..", "seeds", "2020-10-19-un-libya-military-talks.txt");
    private static final List<String> PRINTED = new CopyOnWriteArrayList<>();
    private static NewsflowApp app;
    private static KafkaProducer<byte[], byte[]> producer;
    private static URI ingestUri;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startPipeline() {
        final List<ServiceModule<?>> modules = Services.all();
        final String[] args = LauncherArgs.forTest("pipeline");
        final Settings settings = ConfigLayers.load(AppOptions.all(modules), args, Map.of()).settings();
        app = NewsflowApp.start(settings, modules, PRINTED::add);
        producer = KafkaCluster.producer();
        app.services().forEach(s -> KafkaCluster.await(s.name() + " to run").until(() -> s.health().ready()));
        final int port = app.services().stream().filter(IngestService.class::isInstance)
                .map(IngestService.class::cast).findFirst().orElseThrow().port();
        ingestUri = URI.create("http://127.0.0.1:" + port + "/articles");
    }

    @AfterAll
    static void stopPipeline() {
        if (producer != null) {
            producer.close();
        }
        if (app != null) {
            final long at = System.nanoTime();
            app.close();
            final long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - at);
            assertTrue(tookMs < 10_000, "stopping the services took " + tookMs + " ms");
        }
    }

    @Test
    void seedArticleIsEnrichedIntoCurrentThenRetracted() throws Exception {
        final String id = KafkaCluster.uniqueId("pipeline-seed");
        final HttpResponse<String> posted = http(HttpRequest.newBuilder(ingestUri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.writeBytes(seedArticle(id)))));
        assertEquals(202, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains("\"" + id + "\""), posted.body());

        final EnrichedArticle current = lastOnCurrent(id);
        final List<String> people = current.people().stream().map(Entity::name).toList();
        final List<String> places = current.locations().stream().map(Place::name).toList();
        assertTrue(people.containsAll(List.of("Stephanie Williams", "Sergey Lavrov", "Khalifa Haftar")),
                people.toString());
        assertTrue(places.containsAll(List.of("Geneva", "Moscow", "Tripoli", "Sirte", "Libya")), places.toString());
        KafkaCluster.await("the printed line of " + id)
                .until(() -> PRINTED.stream().anyMatch(l -> l.startsWith("current id=" + id + " ")));

        final HttpResponse<String> deleted = http(HttpRequest.newBuilder(URI.create(ingestUri + "/" + id)).DELETE());
        assertEquals(202, deleted.statusCode(), deleted.body());

        try (KafkaConsumer<String, EnrichedArticle> consumer = currentConsumer()) {
            final List<ConsumerRecord<String, EnrichedArticle>> read = KafkaCluster.pollUntil(consumer,
                    r -> id.equals(r.key()) && r.value() == null);
            assertNull(KafkaCluster.lastMatching(read, r -> id.equals(r.key())).value(),
                    "the tombstone is the last record of " + id);
        }
        KafkaCluster.await("the printed retraction of " + id).until(() -> PRINTED.contains("retracted id=" + id));
    }

    @Test
    void malformedRawRecordGoesToTheDeadLetterTopicAndTheNextArticleComesThrough() throws Exception {
        final String bad = KafkaCluster.uniqueId("pipeline-malformed");
        sendRaw(bad, "{\"title\": \"unterminated".getBytes(StandardCharsets.UTF_8));
        final String good = KafkaCluster.uniqueId("pipeline-good");
        final HttpResponse<String> posted = http(HttpRequest.newBuilder(ingestUri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.writeBytes(new RawArticle(good, null,
                        "Talks in Geneva", "Delegates met in Geneva on Monday.", "newsflow-test", null, "en", null,
                        null)))));
        assertEquals(202, posted.statusCode(), posted.body());

        assertEquals(good, lastOnCurrent(good).id());
        try (KafkaConsumer<byte[], byte[]> dlq = KafkaCluster.rawConsumerFromStart(Topics.DLQ.name())) {
            final Predicate<ConsumerRecord<byte[], byte[]>> isBad =
                    r -> r.key() != null && bad.equals(new String(r.key(), StandardCharsets.UTF_8));
            final ConsumerRecord<byte[], byte[]> dead = KafkaCluster.lastMatching(KafkaCluster.pollUntil(dlq, isBad),
                    isBad);
            assertEquals("{\"title\": \"unterminated", new String(dead.value(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aWebPageIsTaggedAsItsMainTextWithOffsetsIntoThatText() throws Exception {
        final String id = KafkaCluster.uniqueId("pipeline-page");
        final String page = "<!DOCTYPE html><html><head><title>Talks resume in Geneva | Example Wire</title>"
                + "<script>var related = 'Sergey Lavrov in Moscow';</script></head><body><nav><a href=\"/\">Home</a>"
                + " <a href=\"/world\">World</a></nav><article><h1>Talks resume in Geneva</h1>"
                + "<p>Stephanie Williams met delegates in Geneva on Monday, the United Nations said.</p>"
                + "<p>The talks, which began in <b>Tripoli</b> last year, are due to end on Friday.</p></article>"
                + "<footer>Copyright Example Wire</footer></body></html>";
        final HttpResponse<String> posted = http(HttpRequest.newBuilder(ingestUri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.mapper().writeValueAsBytes(
                        Map.of("id", id, "html", page, "language", "en")))));
        assertEquals(202, posted.statusCode(), posted.body());

        final EnrichedArticle current = lastOnCurrent(id);
        assertEquals("Talks resume in Geneva", current.title());
        assertEquals("Stephanie Williams met delegates in Geneva on Monday, the United Nations said.\n\n"
                + "The talks, which began in Tripoli last year, are due to end on Friday.", current.body());
        final List<String> people = current.people().stream().map(Entity::name).toList();
        assertTrue(people.contains("Stephanie Williams") && !people.contains("Sergey Lavrov"), people.toString());
        final List<Entity> tagged = new java.util.ArrayList<>(current.people());
        tagged.addAll(current.organizations());
        tagged.addAll(current.locations().stream().map(p -> new Entity(p.name(), null, p.mentions())).toList());
        assertTrue(tagged.stream().anyMatch(e -> e.name().equals("Tripoli")), tagged.toString());
        for (Entity e : tagged) {
            for (io.newsflow.common.article.Mention m : e.mentions()) {
                final String field = "body".equals(m.field()) ? current.body() : current.title();
                assertEquals(m.text(), field.substring(m.start(), m.end()), e.name() + " at " + m);
            }
        }
    }

    @Test
    void twoCopiesOfOneReportShareAStoryOnCurrentAndTheStoryGoesWhenBothAreDeleted() throws Exception {
        final String first = KafkaCluster.uniqueId("pipeline-story-a");
        final String copy = KafkaCluster.uniqueId("pipeline-story-b");
        post(new RawArticle(first, null, "Glacier lake drained to protect valley villages", STORY_BODY,
                "newsflow-test", "2026-03-02T08:00:00Z", "en", null, null));
        assertNull(lastOnCurrent(first).story().duplicateOf());
        // The copy: another headline, a dateline and a footer, its last third cut.
        final String trimmed = "SKAFTAFELL (Ice Wire) - " + STORY_BODY.substring(0, STORY_BODY.indexOf(" Farmers in"))
                + " Reporting by Ice Wire; editing by the weekend desk.";
        post(new RawArticle(copy, null, "Engineers cut channel to empty swelling glacier lake", trimmed,
                "newsflow-test", "2026-03-02T13:00:00Z", "en", null, null));

        final EnrichedArticle original = lastOnCurrent(first);
        final EnrichedArticle duplicate = lastOnCurrent(copy);
        assertEquals(first, original.story().id());
        assertEquals(first, duplicate.story().id());
        assertEquals(first, duplicate.story().duplicateOf());
        try (KafkaConsumer<String, StoryView> stories = storiesConsumer()) {
            final Predicate<ConsumerRecord<String, StoryView>> both = r -> first.equals(r.key()) && r.value() != null
                    && r.value().articles().stream().map(StoryView.Article::id).toList().equals(List.of(first, copy));
            final StoryView view = KafkaCluster.lastMatching(KafkaCluster.pollUntil(stories, both), both).value();
            assertEquals(copy, view.articles().get(1).id());
            assertEquals(first, view.articles().get(1).duplicateOf());
        }

        for (String id : List.of(first, copy)) {
            final HttpResponse<String> deleted = http(HttpRequest.newBuilder(URI.create(ingestUri + "/" + id)).DELETE());
            assertEquals(202, deleted.statusCode(), deleted.body());
        }
        try (KafkaConsumer<String, StoryView> stories = storiesConsumer()) {
            final List<ConsumerRecord<String, StoryView>> read = KafkaCluster.pollUntil(stories,
                    r -> first.equals(r.key()) && r.value() == null);
            assertNull(KafkaCluster.lastMatching(read, r -> first.equals(r.key())).value(),
                    "the tombstone is the last record of story " + first);
        }
    }

    private static void post(final RawArticle article) throws Exception {
        final HttpResponse<String> posted = http(HttpRequest.newBuilder(ingestUri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.writeBytes(article))));
        assertEquals(202, posted.statusCode(), posted.body());
    }

    private static KafkaConsumer<String, StoryView> storiesConsumer() {
        return KafkaCluster.consumerFromStart(Topics.STORIES.name(), Topics.STORIES.keySerde().deserializer(),
                Topics.STORIES.valueSerde().deserializer());
    }

    private static void sendRaw(final String id, final byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.RAW.name(), id.getBytes(StandardCharsets.UTF_8), value))
                .get(30, TimeUnit.SECONDS);
    }

    /** The seed file as ingest reads it, under an id of this test. */
    private static RawArticle seedArticle(final String id) {
        final List<ArticleFiles.Entry> entries = ArticleFiles.read(SEED);
        assertEquals(1, entries.size());
        assertTrue(entries.get(0).ok(), entries.get(0).reason());
        return entries.get(0).article().withId(id);
    }

    private static HttpResponse<String> http(final HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static EnrichedArticle lastOnCurrent(final String id) {
        try (KafkaConsumer<String, EnrichedArticle> consumer = currentConsumer()) {
            final Predicate<ConsumerRecord<String, EnrichedArticle>> isArticle =
                    r -> id.equals(r.key()) && r.value() != null;
            return KafkaCluster.lastMatching(KafkaCluster.pollUntil(consumer, isArticle), isArticle).value();
        }
    }

    private static KafkaConsumer<String, EnrichedArticle> currentConsumer() {
        return KafkaCluster.consumerFromStart(Topics.CURRENT.name(), Topics.CURRENT.keySerde().deserializer(),
                Topics.CURRENT.valueSerde().deserializer());
    }
}
