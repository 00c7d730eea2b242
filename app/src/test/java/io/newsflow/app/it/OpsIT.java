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
import io.newsflow.ingest.IngestService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The all-in-one process's ops endpoints on the intake port: one health answer for ingest, enrich and
 * sink, and one {@code /metrics} with the counters of all three once an article went through.
 */
class OpsIT {

    /** A metric newsflow serves: its own, the Kafka clients', the JVM's and the process's. */
    private static final Pattern METRIC_NAME = Pattern.compile("\\b((?:newsflow|kafka|jvm|process|system)_[a-z0-9_]+)\\b");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static NewsflowApp app;
    private static HttpResponse<String> firstReady;
    private static int port;

    @BeforeAll
    static void start() {
        final List<ServiceModule<?>> modules = Services.all();
        final String[] args = {
            "--bootstrap-servers", KafkaCluster.bootstrapServers(),
            "--enrich-application-id", KafkaCluster.uniqueId("newsflow-enrich-ops-it"),
            "--enrich-state-dir", KafkaCluster.stateDir("ops-enrich").toString(),
            "--enrich-stream-threads", "1",
            "--sink-application-id", KafkaCluster.uniqueId("newsflow-sink-ops-it"),
            "--sink-state-dir", KafkaCluster.stateDir("ops-sink").toString(),
            "--sink-stream-threads", "1",
            "--api-application-id", KafkaCluster.uniqueId("newsflow-api-ops-it"),
            "--api-state-dir", KafkaCluster.stateDir("ops-api").toString(),
            "--api-stream-threads", "1",
            "--api-http-port", "0",
            "--ingest-http-port", "0",
            "--seeds", "",
            "--summary-interval", "1s",
        };
        final Settings settings = ConfigLayers.load(AppOptions.all(modules), args, Map.of()).settings();
        app = NewsflowApp.start(settings, modules, line -> { });
        port = app.services().stream().filter(IngestService.class::isInstance).map(IngestService.class::cast)
                .findFirst().orElseThrow().port();
        firstReady = get("/health/ready");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            final long at = System.nanoTime();
            app.close();
            final long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - at);
            assertTrue(tookMs < 10_000, "stopping took " + tookMs + " ms");
        }
    }

    @Test
    void healthAnswersForEveryServiceBeforeAndAfterTheStreamsRun() throws IOException {
        // Right after start the streams are still joining their groups, unless that was already done.
        if (firstReady.statusCode() == 503) {
            final JsonNode body = Json.mapper().readTree(firstReady.body());
            assertEquals("DOWN", body.get("status").asText());
            boolean saysWhy = false;
            for (JsonNode s : body.get("services")) {
                saysWhy |= !s.get("ready").asBoolean() && s.get("reason").asText().contains("REBALANCING");
            }
            assertTrue(saysWhy, firstReady.body());
        } else {
            assertEquals(200, firstReady.statusCode(), firstReady.body());
        }
        assertEquals(200, get("/health/live").statusCode());

        KafkaCluster.await("every service ready").until(() -> get("/health/ready").statusCode() == 200);
        final JsonNode ready = Json.mapper().readTree(get("/health/ready").body());
        assertEquals("UP", ready.get("status").asText());
        assertEquals(List.of("ingest", "enrich", "sink", "api"), names(ready));
        for (JsonNode s : ready.get("services")) {
            assertEquals("READY", s.get("state").asText(), s.toString());
        }
        assertEquals(200, get("/health").statusCode(), "the intake's own health path still answers");
    }

    @Test
    void metricsHoldTheCountersOfEveryServiceAfterAnArticleWentThrough() throws Exception {
        KafkaCluster.await("every service ready").until(() -> get("/health/ready").statusCode() == 200);
        final String id = KafkaCluster.uniqueId("ops-article");
        final HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(uri("/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.writeBytes(new RawArticle(id, null,
                        "Ceasefire talks open in Geneva", "Military delegations met in Geneva on Monday.",
                        "newsflow-test", "2026-11-20", "en", null, null))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, posted.statusCode(), posted.body());
        assertEquals(400, HTTP.send(HttpRequest.newBuilder(uri("/articles")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": ")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());

        KafkaCluster.await("the article enriched and stored")
                .until(() -> sample("newsflow_articles_enriched_total") >= 1
                && sample("newsflow_articles_stored_total") >= 1);
        final String text = get("/metrics").body();
        assertTrue(sample("newsflow_articles_ingested_total") >= 1, text);
        assertTrue(text.contains("newsflow_articles_rejected_total{reason=\"invalid_json\",service=\"newsflow\"} 1.0"),
                text);
        assertTrue(text.contains("newsflow_dlq_total{service=\"newsflow\"}"), "dlq counter");
        assertTrue(text.contains("newsflow_enrich_duration_seconds_bucket{service=\"newsflow\""), "latency histogram");
        assertTrue(text.contains("kafka_producer_"), "producer client metrics");
        assertTrue(text.contains("kafka_stream_"), "Kafka Streams metrics");
    }

    /**
     * The alert rules and the Grafana dashboard in {@code ops/} name only metrics this process serves, so
     * that neither silently watches a series that does not exist (promtool checks their syntax in CI).
     */
    @Test
    void alertRulesAndDashboardNameOnlyMetricsTheServicesExpose() throws Exception {
        KafkaCluster.await("every service ready").until(() -> get("/health/ready").statusCode() == 200);
        final Path ops = Path.of("").toAbsolutePath().getParent().resolve("ops");
        final Set<String> named = new TreeSet<>(metricNames(Files.readString(ops.resolve("prometheus/newsflow-alerts.yml"))));
        final JsonNode dashboard = Json.mapper().readTree(ops.resolve("grafana/newsflow-dashboard.json").toFile());
        int queries = 0;
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                named.addAll(metricNames(target.get("expr").asText()));
                queries++;
            }
        }
        assertTrue(queries >= 10, "queries in the dashboard: " + queries);
        assertTrue(named.size() >= 10, "metric names found in the rules and the dashboard: " + named);
        final HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(uri("/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.writeBytes(new RawArticle(
                        KafkaCluster.uniqueId("ops-rules"), null, "Budget talks resume in Lisbon",
                        "Finance ministers met in Lisbon on Tuesday to discuss the budget.", "newsflow-test",
                        "2026-11-20", "en", null, null))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, posted.statusCode(), posted.body());
        final Set<String> missing = new TreeSet<>(named);
        KafkaCluster.await("every metric of the rules and the dashboard served").until(() -> {
            missing.removeAll(exposedNames(get("/metrics").body()));
            return missing.isEmpty();
        });
        assertEquals(Set.of(), missing);
    }

    private static Set<String> metricNames(final String text) {
        final Set<String> names = new TreeSet<>();
        final Matcher m = METRIC_NAME.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Metric names in a Prometheus text exposition: sample names and the HELP/TYPE families. */
    private static Set<String> exposedNames(final String exposition) {
        final Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                names.add(line.split(" ", 4)[2]);
            } else if (!line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    private static double sample(final String name) {
        final Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{service=\"newsflow\"} (\\S+)$")
                .matcher(get("/metrics").body());
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    private static List<String> names(final JsonNode report) {
        final List<String> names = new ArrayList<>();
        report.get("services").forEach(s -> names.add(s.get("name").asText()));
        return names;
    }

    private static URI uri(final String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> get(final String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
