package io.newsflow.common.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.common.http.WebServer;
import io.newsflow.common.json.Json;
import io.newsflow.common.service.Health;
import io.newsflow.common.service.ManagedService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsServerTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Metrics metrics;
    private OpsServer ops;

    @BeforeEach
    void start() {
        metrics = Metrics.create("enrich");
        ops = new OpsServer("127.0.0.1", 0, metrics).start();
    }

    @AfterEach
    void stop() {
        ops.close();
        metrics.close();
    }

    @Test
    void portZeroBindsAFreePort() {
        assertTrue(ops.port() > 0);
        assertTrue(ops.isRunning());
        assertEquals("http://127.0.0.1:" + ops.port(), ops.uri().toString());
    }

    @Test
    void beforeAnyServiceIsRegisteredTheProcessIsLiveButNotReady() throws Exception {
        final HttpResponse<String> live = get(ops.uri(), "/health/live");
        assertEquals(200, live.statusCode());
        assertEquals("UP", json(live).get("status").asText());

        final HttpResponse<String> ready = get(ops.uri(), "/health/ready");
        assertEquals(503, ready.statusCode());
        assertTrue(ready.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        final JsonNode body = json(ready);
        assertEquals("DOWN", body.get("status").asText());
        assertTrue(body.get("reason").asText().startsWith("starting"), ready.body());
    }

    @Test
    void readinessNamesEachServiceAndWhyItIsNotReady() throws Exception {
        final FakeService enrich = new FakeService("enrich", Health.notReady("streams REBALANCING"));
        final FakeService sink = new FakeService("sink", Health.up());
        ops.register(enrich).register(sink);

        HttpResponse<String> ready = get(ops.uri(), "/health/ready");
        assertEquals(503, ready.statusCode());
        JsonNode body = json(ready);
        assertEquals("ready", body.get("check").asText());
        assertEquals("DOWN", body.get("status").asText());
        final JsonNode first = body.get("services").get(0);
        assertEquals("enrich", first.get("name").asText());
        assertEquals("NOT_READY", first.get("state").asText());
        assertEquals("streams REBALANCING", first.get("reason").asText());
        final JsonNode second = body.get("services").get(1);
        assertEquals("READY", second.get("state").asText());
        assertFalse(second.has("reason"), "no reason when ready: " + ready.body());
        assertEquals(200, get(ops.uri(), "/health/live").statusCode(), "not ready is still live");

        enrich.health(Health.up());
        ready = get(ops.uri(), "/health/ready");
        assertEquals(200, ready.statusCode());
        assertEquals("UP", json(ready).get("status").asText());
    }

    @Test
    void aDeadServiceFailsLiveness() throws Exception {
        ops.register(new FakeService("enrich", Health.dead("streams ERROR: fatal")));
        final HttpResponse<String> live = get(ops.uri(), "/health/live");
        assertEquals(503, live.statusCode());
        final JsonNode service = json(live).get("services").get(0);
        assertEquals("DEAD", service.get("state").asText());
        assertEquals("streams ERROR: fatal", service.get("reason").asText());
    }

    @Test
    void aHealthCheckThatThrowsMakesTheServiceNotReadyWithTheReason() throws Exception {
        ops.register(new ManagedService() {
            @Override
            public String name() {
                return "sink";
            }

            @Override
            public Health health() {
                throw new IllegalStateException("admin client closed");
            }

            @Override
            public void close() {
            }
        });
        final HttpResponse<String> ready = get(ops.uri(), "/health/ready");
        assertEquals(503, ready.statusCode());
        assertTrue(ready.body().contains("admin client closed"), ready.body());
    }

    @Test
    void metricsAreInPrometheusTextWithTheCountersAfterAnArticleWentThrough() throws Exception {
        metrics.ingested().increment();
        metrics.rejected("no_text").increment();
        metrics.enriched().increment();
        metrics.dlq().increment(2);
        metrics.enrichDuration().record(Duration.ofMillis(12));

        final HttpResponse<String> res = get(ops.uri(), "/metrics");
        assertEquals(200, res.statusCode());
        assertTrue(res.headers().firstValue("content-type").orElse("").startsWith("text/plain"), res.headers().toString());
        final String text = res.body();
        assertTrue(text.contains("newsflow_articles_ingested_total{service=\"enrich\"} 1.0"), text);
        assertTrue(text.contains("newsflow_articles_rejected_total{reason=\"no_text\",service=\"enrich\"} 1.0"), text);
        assertTrue(text.contains("newsflow_articles_enriched_total{service=\"enrich\"} 1.0"), text);
        assertTrue(text.contains("newsflow_dlq_total{service=\"enrich\"} 2.0"), text);
        assertTrue(text.contains("newsflow_enrich_duration_seconds_count{service=\"enrich\"} 1"), text);
        assertTrue(text.contains("newsflow_enrich_duration_seconds_bucket{"), text);
        assertTrue(text.contains("jvm_memory_used_bytes{"), text);
    }

    @Test
    void otherPathsAndMethodsAreNotServed() throws Exception {
        assertEquals(404, get(ops.uri(), "/articles").statusCode());
        final HttpResponse<String> post = http.send(HttpRequest.newBuilder(ops.uri().resolve("/health/ready"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void theRoutesMountOnAnotherServerBesideItsOwnPaths() throws Exception {
        final OpsHandler opsHandler = new OpsHandler(metrics).register(new FakeService("ingest", Health.up()));
        final WebServer.Options options = new WebServer.Options("intake-test", "127.0.0.1", 0, 8, 2, 1, 1,
                Duration.ofSeconds(30), Duration.ZERO);
        try (WebServer intake = WebServer.start(options, config -> {
            opsHandler.addTo(config.routes);
            config.routes.get("/articles", ctx -> ctx.status(202).result("accepted"));
        })) {
            final URI base = URI.create("http://127.0.0.1:" + intake.port());
            assertEquals(200, get(base, "/health/ready").statusCode());
            assertEquals(200, get(base, "/metrics").statusCode());
            final HttpResponse<String> article = get(base, "/articles");
            assertEquals(202, article.statusCode());
            assertEquals("accepted", article.body());
        }
    }

    @Test
    void closeStopsTheServerAndIsIdempotent() {
        ops.close();
        assertFalse(ops.isRunning());
        ops.close();
    }

    private HttpResponse<String> get(final URI base, final String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(final HttpResponse<String> res) throws Exception {
        return Json.mapper().readTree(res.body());
    }
}
