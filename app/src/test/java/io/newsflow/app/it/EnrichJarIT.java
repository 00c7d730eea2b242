package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.RawArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.topic.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The enrich jar as operations run it, in a JVM of its own against the shared broker: its ops endpoints
 * before and after the stream is up, its counters once an article went through, its summary line, and a
 * clean stop within ten seconds of SIGTERM.
 */
class EnrichJarIT {

    private static final Path JAR = Path.of("..", "enrich", "target", "enrich.jar");
    private static final Pattern OPS_PORT = Pattern.compile("event=ops\\.started .*port=(\\d+)");
    private static final Pattern ENRICHED_TOTAL =
            Pattern.compile("(?m)^newsflow_articles_enriched_total\\{service=\"enrich\"} (\\S+)$");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Path output;
    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void healthMetricsSummaryAndACleanStopOnSigterm() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath() + " is built by the enrich module");
        // A file rather than a pipe: the lines written while the JVM exits are all kept.
        output = Files.createTempFile(KafkaCluster.stateDir("enrich-jar-log"), "enrich", ".log");
        final String appId = KafkaCluster.uniqueId("enrich-jar-it");
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(),
                "--bootstrap-servers", KafkaCluster.bootstrapServers(),
                "--enrich-application-id", appId,
                "--enrich-state-dir", KafkaCluster.stateDir("enrich-jar").toString(),
                "--enrich-stream-threads", "1",
                "--ops-host", "127.0.0.1",
                "--ops-port", "0",
                "--summary-interval", "500ms")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();

        final int port = Integer.parseInt(awaitLine("the ops server", OPS_PORT).group(1));
        // The ops server is up before the NER model has loaded (seconds): the first answers say "starting".
        final HttpResponse<String> starting = get(port, "/health/ready");
        assertEquals(503, starting.statusCode(), starting.body());
        assertTrue(starting.body().contains("\"status\":\"DOWN\""), starting.body());
        assertTrue(starting.body().contains("\"reason\":"), "says why: " + starting.body());
        assertEquals(200, get(port, "/health/live").statusCode());

        KafkaCluster.await("enrich to be ready").until(() -> get(port, "/health/ready").statusCode() == 200);
        final HttpResponse<String> ready = get(port, "/health/ready");
        assertTrue(ready.body().contains("{\"name\":\"enrich\",\"state\":\"READY\""), ready.body());

        final String id = KafkaCluster.uniqueId("enrich-jar-article");
        try (KafkaProducer<byte[], byte[]> producer = KafkaCluster.producer()) {
            producer.send(new ProducerRecord<>(Topics.RAW.name(), id.getBytes(StandardCharsets.UTF_8),
                    Json.writeBytes(new RawArticle(id, null, "Harbour talks resume in Valletta",
                            "Negotiators met in Valletta on Tuesday to discuss the harbour dispute.", "newsflow-test",
                            "2026-11-20", "en", null, null)))).get(30, TimeUnit.SECONDS);
        }
        KafkaCluster.await("newsflow_articles_enriched_total >= 1").until(() -> enrichedTotal(port).orElse(0.0) >= 1);
        final String scrape = get(port, "/metrics").body();
        assertTrue(scrape.contains("newsflow_dlq_total{service=\"enrich\"}"), "dlq counter");
        assertTrue(scrape.contains("newsflow_enrich_duration_seconds_count{service=\"enrich\"}"), "latency histogram");
        assertTrue(scrape.contains("kafka_stream_"), "Kafka Streams metrics");
        assertTrue(scrape.contains("kafka_consumer_"), "Kafka client metrics");

        final Matcher summary = awaitLine("a summary with an enriched article",
                Pattern.compile("level=INFO service=enrich event=summary enriched=([1-9]\\d*) .*dlq=\\d+.*"));
        assertTrue(summary.group(0).contains(" lag="), summary.group(0));

        final long sigtermAt = System.nanoTime();
        process.destroy();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the enrich JVM stopped within 10 s of SIGTERM");
        final long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sigtermAt);
        awaitLine("the stream's clean stop", Pattern.compile("event=stopped clean=true"));
        awaitLine("the shutdown line", Pattern.compile("level=INFO service=enrich event=shutdown tookMs=\\d+"));
        assertTrue(tookMs < 10_000, "stopped in " + tookMs + " ms");
    }

    private Optional<Double> enrichedTotal(final int port) {
        final Matcher m = ENRICHED_TOTAL.matcher(get(port, "/metrics").body());
        return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }

    private static HttpResponse<String> get(final int port, final String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Matcher awaitLine(final String what, final Pattern pattern) {
        final Matcher[] found = new Matcher[1];
        try {
            KafkaCluster.await(what).until(() -> {
                for (String line : lines()) {
                    final Matcher m = pattern.matcher(line);
                    if (m.find()) {
                        found[0] = m;
                        return true;
                    }
                }
                return false;
            });
        } catch (AssertionError | ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "; output:\n" + String.join("\n", lines()), e);
        }
        return found[0];
    }
}
