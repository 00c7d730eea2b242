package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.api.ApiConfig;
import io.newsflow.api.ApiService;
import io.newsflow.app.AppOptions;
import io.newsflow.app.NewsflowApp;
import io.newsflow.app.ServiceModule;
import io.newsflow.app.Services;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.Settings;
import io.newsflow.common.json.Json;
import io.newsflow.ingest.ArticleFiles;
import io.newsflow.ingest.IngestService;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two api instances of one application on the shared broker behind ingest, enrich and sink: every article
 * posted is answered by id on both (one of them asks the owner), lists and counts agree on both and page
 * across them with one cursor, and a subscriber of one instance receives a posted article and its
 * retraction whichever instance holds it.
 */
class ApiIT {

    private static final Path SEED = Path.of("..", "seeds", "2020-10-19-un-libya-military-talks.txt");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration SLOW = Duration.ofSeconds(120);
    private static NewsflowApp pipeline;
    private static ApiService first;
    private static ApiService second;
    private static URI ingest;

    @BeforeAll
    static void start() {
        final List<ServiceModule<?>> modules = Services.named(List.of("ingest", "enrich", "sink"));
        final String[] args = {
            "--bootstrap-servers", KafkaCluster.bootstrapServers(),
            "--enrich-application-id", "newsflow-enrich-api-it",
            "--enrich-state-dir", KafkaCluster.stateDir("api-it-enrich").toString(),
            "--enrich-stream-threads", "1",
            "--sink-application-id", "newsflow-sink-api-it",
            "--sink-state-dir", KafkaCluster.stateDir("api-it-sink").toString(),
            "--sink-stream-threads", "1",
            "--ingest-http-port", "0",
            "--seeds", "",
        };
        final Settings settings = ConfigLayers.load(AppOptions.all(modules), args, Map.of()).settings();
        pipeline = NewsflowApp.start(settings, modules);
        final String applicationId = KafkaCluster.uniqueId("newsflow-api-it");
        first = ApiService.start(ApiConfig.of(KafkaCluster.bootstrapServers(), applicationId,
                KafkaCluster.stateDir("api-it-1"), 0));
        second = ApiService.start(ApiConfig.of(KafkaCluster.bootstrapServers(), applicationId,
                KafkaCluster.stateDir("api-it-2"), 0));
        pipeline.services().forEach(s -> KafkaCluster.await(s.name() + " to run").atMost(SLOW)
                .until(() -> s.health().ready()));
        List.of(first, second).forEach(a -> KafkaCluster.await("api to run").until(() -> a.health().ready()));
        final int port = pipeline.services().stream().filter(IngestService.class::isInstance)
                .map(IngestService.class::cast).findFirst().orElseThrow().port();
        ingest = URI.create("http://127.0.0.1:" + port + "/articles");
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {second, first, pipeline}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Test
    void bothInstancesAnswerForEveryArticleAndAgreeOnListsAndCounts() throws Exception {
        final String marker = "mark" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        final List<String> ids = new ArrayList<>();
        final String[] places = {"Geneva", "Tripoli", "Tunis", "Cairo", "Berlin", "Moscow"};
        for (int i = 0; i < places.length; i++) {
            final String id = KafkaCluster.uniqueId("api-it-" + i);
            post(new RawArticle(id, null, "Delegates meet in " + places[i] + " " + marker,
                    "The delegations met in " + places[i] + " on Monday to discuss the ceasefire. Reference "
                            + marker + ".", "newsflow-test", "2021-05-0" + (i + 1) + "T10:00:00Z", "en", null, null));
            ids.add(id);
        }
        final String seedId = KafkaCluster.uniqueId("api-it-seed");
        post(seed(seedId));
        ids.add(seedId);

        for (String id : ids) {
            for (ApiService api : List.of(first, second)) {
                KafkaCluster.await(id + " on " + api.uri()).atMost(SLOW)
                        .until(() -> get(api, "/api/articles/" + id).statusCode() == 200);
            }
            assertEquals(Json.mapper().readTree(get(first, "/api/articles/" + id).body()),
                    Json.mapper().readTree(get(second, "/api/articles/" + id).body()), id);
        }
        final String byMarker = "/api/articles?q=" + marker;
        final List<String> fromFirst = idsOf(json(first, byMarker));
        assertEquals(fromFirst, idsOf(json(second, byMarker)));
        // Newest first: the articles were published a day apart, the last one posted latest.
        final List<String> expected = new ArrayList<>(ids.subList(0, places.length));
        java.util.Collections.reverse(expected);
        assertEquals(expected, fromFirst);

        // One cursor pages across both instances, whichever is asked for each page.
        final List<String> paged = new ArrayList<>();
        String next = null;
        int page = 0;
        do {
            final JsonNode answer = json(page++ % 2 == 0 ? first : second, byMarker + "&limit=2"
                    + (next == null ? "" : "&cursor=" + next));
            paged.addAll(idsOf(answer));
            next = answer.get("next").isNull() ? null : answer.get("next").asText();
        } while (next != null && page < 10);
        assertEquals(expected, paged);

        final List<String> haftar = idsOf(json(first, "/api/articles?person=" + enc("khalifa haftar") + "&limit=200"));
        assertTrue(haftar.contains(seedId), haftar.toString());
        assertEquals(haftar, idsOf(json(second, "/api/articles?person=" + enc("Khalifa Haftar") + "&limit=200")));
        assertEquals(json(first, "/api/countries"), json(second, "/api/countries"));
        assertEquals(json(first, "/api/places?limit=5000"), json(second, "/api/places?limit=5000"));
        final JsonNode williams = json(second, "/api/entities?type=person&prefix=stephanie");
        assertEquals(williams, json(first, "/api/entities?type=person&prefix=stephanie"));
        assertTrue(williams.get("entities").get(0).get("count").asInt() >= 1, williams.toString());
        final Set<String> places2 = new HashSet<>();
        json(first, "/api/places?limit=5000").get("places").forEach(p -> places2.add(p.get("name").asText()));
        assertTrue(places2.contains("Geneva"), places2.toString());
    }

    @Test
    void aSubscriberOfOneInstanceGetsEveryPostedArticleAndItsRetraction() throws Exception {
        final String marker = "live" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        for (ApiService api : List.of(first, second)) {
            try (EventStream events = new EventStream(URI.create(api.uri() + "api/stream?q=" + marker))) {
                assertEquals(200, events.status());
                final String id = KafkaCluster.uniqueId("api-it-live");
                post(new RawArticle(id, null, "Envoy arrives in Geneva " + marker,
                        "The envoy arrived in Geneva for the talks. " + marker, "newsflow-test", null, "en", null,
                        null));
                final EventStream.Event article = events.await(e -> "article".equals(e.type()), SLOW);
                assertEquals(id, Json.mapper().readTree(article.data()).get("id").asText());
                final HttpResponse<String> deleted = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/" + id))
                        .timeout(Duration.ofSeconds(30)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(202, deleted.statusCode(), deleted.body());
                final EventStream.Event retraction = events.await(e -> "retraction".equals(e.type())
                        && e.data().contains("\"" + id + "\""), SLOW);
                assertTrue(Long.parseLong(retraction.id()) > Long.parseLong(article.id()));
                KafkaCluster.await(id + " gone from " + api.uri())
                        .until(() -> get(api, "/api/articles/" + id).statusCode() == 404);
            }
        }
    }

    private static void post(final RawArticle article) throws Exception {
        final HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(ingest)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.writeBytes(article))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, posted.statusCode(), posted.body());
    }

    private static RawArticle seed(final String id) {
        final List<ArticleFiles.Entry> entries = ArticleFiles.read(SEED);
        assertTrue(entries.get(0).ok(), entries.get(0).reason());
        return entries.get(0).article().withId(id);
    }

    private static HttpResponse<String> get(final ApiService api, final String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(final ApiService api, final String path) throws Exception {
        final HttpResponse<String> r = get(api, path);
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        return Json.mapper().readTree(r.body());
    }

    private static List<String> idsOf(final JsonNode page) {
        final List<String> ids = new ArrayList<>();
        page.get("articles").forEach(a -> ids.add(a.get("id").asText()));
        return ids;
    }

    private static String enc(final String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
