package io.newsflow.api.http;

import static io.newsflow.api.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.api.StoreFixture;
import io.newsflow.api.cluster.Cluster;
import io.newsflow.api.stream.EventBuffer;
import io.newsflow.common.article.StoryView;
import io.newsflow.common.http.WebServer;
import io.newsflow.common.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The routes over a TopologyTestDriver's stores, on a real HTTP server. */
class ApiHttpTest {

    @TempDir
    static Path state;
    private static StoreFixture stores;
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        stores = new StoreFixture(state);
        for (int i = 1; i <= 5; i++) {
            stores.put(article("ly-" + i).at("2021-04-0" + i + "T09:00:00Z").country("LY").track("military")
                    .person("Khalifa Haftar").place("Tripoli", 2210247, "LY", 32.89, 13.18).talks(i % 2 == 0).build());
        }
        stores.put(article("ch-1").at("2021-04-06T09:00:00Z").country("CH").track("political")
                .person("Stephanie Williams").org("United Nations").place("Geneva", 2660646, "CH", 46.2, 6.14)
                .story("s-1").build());
        stores.putStory(new StoryView("s-1", "Talks in Geneva", "2021-04-06T09:00:00Z", "2021-04-06T09:00:00Z",
                List.of(new StoryView.Article("ch-1", "t", "example", "2021-04-06T09:00:00Z", null)), List.of("example"),
                List.of("Stephanie Williams"), List.of("United Nations"), List.of("Geneva"), List.of("CH"),
                List.of("political"), true));
        final ApiHttp http = new ApiHttp(stores.local(), Cluster.single(), new EventBuffer(100, 10, 100), null);
        server = WebServer.start(new WebServer.Options("api-test", "127.0.0.1", 0, 16, 2, -1, -1,
                Duration.ofSeconds(30), Duration.ZERO), http::addTo);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        stores.close();
    }

    static HttpResponse<String> get(final String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(final String path, final int status) throws Exception {
        final HttpResponse<String> r = get(path);
        assertEquals(status, r.statusCode(), path + " -> " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return Json.mapper().readTree(r.body());
    }

    @Test
    void anArticleByIdIsItsStoredJson() throws Exception {
        final JsonNode a = json("/api/articles/ch-1", 200);
        assertEquals("ch-1", a.get("id").asText());
        assertEquals("Geneva", a.get("locations").get(0).get("name").asText());
        assertEquals("no article no-such-id", json("/api/articles/no-such-id", 404).get("error").asText());
        assertEquals(404, get("/api/articles/bad%20id").statusCode());
    }

    @Test
    void listsPageNewestFirstWithFiltersAnded() throws Exception {
        final List<String> ids = new ArrayList<>();
        String next = null;
        do {
            final JsonNode page = json("/api/articles?country=LY&track=military&limit=2"
                    + (next == null ? "" : "&cursor=" + next), 200);
            page.get("articles").forEach(a -> ids.add(a.get("id").asText()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
        } while (next != null);
        assertEquals(List.of("ly-5", "ly-4", "ly-3", "ly-2", "ly-1"), ids);
        assertEquals(List.of("ly-4", "ly-2"), idsOf(json("/api/articles?person=khalifa%20haftar&talks=true", 200)));
        assertEquals(List.of("ch-1"), idsOf(json("/api/articles?story=s-1", 200)));
        assertEquals(List.of("ch-1", "ly-5", "ly-4"), idsOf(json("/api/articles?limit=3", 200)));
        assertEquals(List.of("ly-3"), idsOf(json("/api/articles?place=2210247&until=2021-04-03T09:00:00Z"
                + "&since=2021-04-03T00:00:00Z", 200)));
    }

    @Test
    void badParametersAre400() throws Exception {
        for (String q : List.of("country=Libya", "track=naval", "talks=maybe", "limit=0", "limit=201", "place=x1",
                "since=yesterday", "cursor=%21%21", "q=%21%21")) {
            assertNotNull(json("/api/articles?" + q, 400).get("error").asText(), q);
        }
        assertEquals(400, get("/api/entities?type=ship").statusCode());
    }

    @Test
    void countsAreByArticlesMostFirst() throws Exception {
        final JsonNode countries = json("/api/countries", 200).get("countries");
        assertEquals("LY", countries.get(0).get("country").asText());
        assertEquals(5, countries.get(0).get("count").asInt());
        assertEquals(1, countries.get(1).get("count").asInt());
        final JsonNode recent = json("/api/countries?since=2021-04-05T00:00:00Z", 200).get("countries");
        assertEquals(2, recent.size());
        assertEquals(1, recent.get(0).get("count").asInt());
        final JsonNode places = json("/api/places", 200).get("places");
        assertEquals(2210247, places.get(0).get("geonameId").asLong());
        assertEquals("Tripoli", places.get(0).get("name").asText());
        assertEquals(32.89, places.get(0).get("lat").asDouble(), 1e-9);
        final JsonNode people = json("/api/entities?type=person&prefix=KHA", 200).get("entities");
        assertEquals(1, people.size());
        assertEquals("Khalifa Haftar", people.get(0).get("name").asText());
        assertEquals(5, people.get(0).get("count").asInt());
        assertTrue(people.get(0).get("geonameId").isNull());
        final JsonNode geneva = json("/api/entities?type=place&prefix=gen", 200).get("entities");
        assertEquals(2660646, geneva.get(0).get("geonameId").asLong());
        assertEquals(3, json("/api/entities?prefix=&limit=3", 200).get("entities").size());
    }

    @Test
    void storiesAreListedAndFoundById() throws Exception {
        assertEquals("s-1", json("/api/stories?country=CH", 200).get("stories").get(0).get("id").asText());
        assertEquals(0, json("/api/stories?country=LY", 200).get("stories").size());
        assertEquals("Talks in Geneva", json("/api/stories/s-1", 200).get("title").asText());
        assertEquals(404, get("/api/stories/s-2").statusCode());
    }

    @Test
    void thePageAndTheDocumentsAreServed() throws Exception {
        final HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").replace(" ", "").equals("text/html;charset=utf-8"));
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(404, get("/assets/../io/newsflow/api/openapi.json").statusCode());
        assertEquals(404, get("/assets/none.js").statusCode());
        assertEquals(404, get("/nowhere").statusCode());
        assertEquals(405, HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/articles")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        final JsonNode openapi = json("/api/openapi.json", 200);
        assertTrue(openapi.get("openapi").asText().startsWith("3."));
        final List<String> paths = new ArrayList<>();
        openapi.get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(List.of("/api/articles", "/api/articles/{id}", "/api/entities", "/api/countries", "/api/places",
                "/api/stories", "/api/stories/{id}", "/api/stream", "/api/openapi.json", "/api/asyncapi.json"), paths);
        final HttpResponse<String> asyncapi = get("/api/asyncapi.json");
        final boolean present = ApiHttpTest.class.getClassLoader()
                .getResource("io/newsflow/contract/asyncapi.json") != null;
        assertEquals(present ? 200 : 404, asyncapi.statusCode());
        if (!present) {
            assertTrue(asyncapi.body().contains("AsyncAPI document of the topics is not in this build"));
        }
    }

    static List<String> idsOf(final JsonNode page) {
        final List<String> ids = new ArrayList<>();
        for (Iterator<JsonNode> it = page.get("articles").elements(); it.hasNext(); ) {
            ids.add(it.next().get("id").asText());
        }
        return ids;
    }
}
