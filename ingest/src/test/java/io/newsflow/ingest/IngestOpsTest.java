package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.ops.OpsHandler;
import io.newsflow.common.service.Health;
import io.newsflow.common.service.ManagedService;
import io.newsflow.common.topic.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ops paths on the intake port and the ingest counters they expose. */
class IngestOpsTest {

    private static final String TOKEN = "ops-test-token";
    private static final String ARTICLE = """
            {"title":"Ferry timetable changes for the winter",
             "body":"The island ferry will sail twice a day from the first of December, the operator said.",
             "source":"Example Wire","publishedAt":"2026-11-20","language":"en"}""";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicReference<Health> health = new AtomicReference<>(Health.notReady("Kafka cluster unreachable"));
    private Metrics metrics;
    private IngestHttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (metrics != null) {
            metrics.close();
        }
    }

    private void start(final boolean acknowledge, final String token) {
        final IngestConfig cfg = new IngestConfig("localhost:9", "127.0.0.1", 0, 3, 4096, 16_384,
                Duration.ofMillis(300), Duration.ofSeconds(30), token, new Properties());
        metrics = Metrics.create("ingest");
        final MockProducer<String, RawArticle> producer = new MockProducer<>(acknowledge, null, new StringSerializer(),
                Topics.RAW.valueSerde().serializer());
        final ArticlePublisher publisher = new ArticlePublisher(producer, new ArticleValidator(cfg.maxBodyBytes()),
                cfg.sendTimeout(), Clock.systemUTC(), metrics);
        final ManagedService service = new ManagedService() {
            @Override
            public String name() {
                return "ingest";
            }

            @Override
            public Health health() {
                return health.get();
            }

            @Override
            public void close() {
            }
        };
        final OpsHandler ops = new OpsHandler(metrics).register(service);
        server = IngestHttpServer.start(cfg, publisher, health::get, ops);
    }

    @Test
    void liveAndReadyAnswerOnTheIntakePortWithoutATokenAndSayWhyNotReady() throws Exception {
        start(true, TOKEN);

        final HttpResponse<String> live = get("/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertEquals("UP", json(live).get("status").asText());

        final HttpResponse<String> notReady = get("/health/ready");
        assertEquals(503, notReady.statusCode(), notReady.body());
        final JsonNode body = json(notReady);
        assertEquals("DOWN", body.get("status").asText());
        assertEquals("ingest", body.get("services").get(0).get("name").asText());
        assertEquals("Kafka cluster unreachable", body.get("services").get(0).get("reason").asText());

        health.set(Health.up());
        final HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("UP", json(ready).get("status").asText());

        health.set(Health.dead("HTTP intake stopped"));
        assertEquals(503, get("/health/live").statusCode());
        assertEquals(503, get("/health").statusCode(), "the pipeline's GET /health still answers");
    }

    @Test
    void metricsAreServedInPrometheusTextWithoutAToken() throws Exception {
        start(true, TOKEN);

        final HttpResponse<String> scrape = get("/metrics");
        assertEquals(200, scrape.statusCode());
        assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(scrape.body().contains("jvm_memory_used_bytes"), "JVM binders are bound");
        assertEquals(401, post("/articles", "application/json", ARTICLE, null).statusCode(),
                "the intake itself still needs the token");
    }

    @Test
    void acknowledgedArticlesAreCountedAndTimed() throws Exception {
        start(true, "");

        assertEquals(202, post("/articles", "application/json", ARTICLE, null).statusCode());
        assertEquals(207, post("/articles/batch", "application/json",
                "[" + ARTICLE + ", {\"title\": \" \"}, " + ARTICLE.replace("Ferry", "Bus") + "]", null).statusCode());

        final String text = get("/metrics").body();
        assertEquals(3.0, value(text, "newsflow_articles_ingested_total", ""), text);
        assertEquals(3.0, value(text, "newsflow_ingest_publish_duration_seconds_count", ""), text);
        assertEquals(1.0, value(text, "newsflow_articles_rejected_total", "reason=\"invalid_article\""), text);
    }

    @Test
    void everyRefusalIsCountedWithItsReason() throws Exception {
        start(true, TOKEN);
        final String auth = "Bearer " + TOKEN;

        assertEquals(400, post("/articles", "application/json", "{\"title\": \"half", auth).statusCode());
        assertEquals(400, post("/articles", "application/json", "{\"title\": \" \"}", auth).statusCode());
        assertEquals(400, post("/articles", "application/json", "{\"title\": \"x\", \"publishedAt\": \"soon\"}",
                auth).statusCode());
        assertEquals(415, post("/articles", "text/plain", ARTICLE, auth).statusCode());
        assertEquals(413, post("/articles", "application/json", "{\"body\": \"" + "a".repeat(5000) + "\"}", auth)
                .statusCode());
        assertEquals(401, post("/articles", "application/json", ARTICLE, null).statusCode());
        assertEquals(401, post("/articles", "application/json", ARTICLE, "Bearer wrong").statusCode());
        assertEquals(404, post("/nowhere", "application/json", ARTICLE, auth).statusCode());

        final String text = get("/metrics").body();
        assertEquals(1.0, value(text, "newsflow_articles_rejected_total", "reason=\"invalid_json\""), text);
        assertEquals(2.0, value(text, "newsflow_articles_rejected_total", "reason=\"invalid_article\""), text);
        assertEquals(1.0, value(text, "newsflow_articles_rejected_total", "reason=\"unsupported_media_type\""), text);
        assertEquals(1.0, value(text, "newsflow_articles_rejected_total", "reason=\"too_large\""), text);
        assertEquals(2.0, value(text, "newsflow_articles_rejected_total", "reason=\"unauthorized\""), text);
        assertEquals(0.0, value(text, "newsflow_articles_ingested_total", ""), text);
        assertEquals(7, metrics.total(Metrics.ARTICLES_REJECTED).getAsLong(), "a wrong address is no article");
    }

    @Test
    void anArticleTheBrokerNeverAcknowledgesIsABrokerUnavailableRefusal() throws Exception {
        start(false, "");

        assertEquals(503, post("/articles", "application/json", ARTICLE, null).statusCode());

        final String text = get("/metrics").body();
        assertEquals(1.0, value(text, "newsflow_articles_rejected_total", "reason=\"broker_unavailable\""), text);
        assertEquals(0.0, value(text, "newsflow_articles_ingested_total", ""), text);
    }

    /** The value of the one sample of {@code name} whose labels contain {@code label} (any, when empty). */
    private static double value(final String scrape, final String name, final String label) {
        Double found = null;
        for (String line : scrape.split("\n")) {
            if (line.startsWith(name + "{") && line.contains("service=\"ingest\"") && line.contains(label)) {
                assertEquals(null, found, "one sample of " + name + " " + label);
                found = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        assertTrue(found != null, "no sample of " + name + " " + label);
        return found;
    }

    private HttpResponse<String> get(final String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(final String path, final String contentType, final String body,
            final String authorization) throws IOException, InterruptedException {
        final HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(final String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static JsonNode json(final HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }
}
