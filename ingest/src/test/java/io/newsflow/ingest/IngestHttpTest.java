package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.common.article.ArticleIds;
import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.service.Health;
import io.newsflow.common.topic.Topics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IngestHttpTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String TOKEN = "s3cret-token";
    private static final String ARTICLE = """
            {"url":"https://news.example.org/2026/03/01/harbour-reopens?utm_source=feed",
             "title":"Harbour reopens after storm repairs",
             "body":"The port authority said on Sunday that the northern harbour reopened to cargo ships.",
             "source":"Example Wire","publishedAt":"2026-03-01","language":"en"}""";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private MockProducer<String, RawArticle> producer;
    private IngestHttpServer server;

    /** Checks {@code condition} every few milliseconds until it holds or five seconds have passed. */
    private static boolean poll(final BooleanSupplier condition) {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        return condition.getAsBoolean();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private IngestConfig config(final String token, final int maxBodyBytes, final Duration idleTimeout) {
        return new IngestConfig("localhost:9", "127.0.0.1", 0, 3, maxBodyBytes, 4 * maxBodyBytes,
                Duration.ofMillis(300), idleTimeout, token, new Properties());
    }

    private void start(final IngestConfig cfg, final boolean autoComplete) {
        producer = new MockProducer<>(autoComplete, null, new StringSerializer(),
                Topics.RAW.valueSerde().serializer());
        final ArticlePublisher publisher = new ArticlePublisher(producer,
                new ArticleValidator(cfg.maxBodyBytes(), Clock.fixed(NOW, ZoneOffset.UTC)), cfg.sendTimeout(),
                Clock.fixed(NOW, ZoneOffset.UTC), null);
        server = IngestHttpServer.start(cfg, publisher, Health::up);
        toClose.add(server);
    }

    private void start() {
        start(config("", 4096, Duration.ofSeconds(30)), true);
    }

    private URI uri(final String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> post(final String path, final String contentType, final String body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(final String body) throws IOException, InterruptedException {
        return post("/articles", "application/json", body);
    }

    private static JsonNode json(final HttpResponse<String> response) throws IOException {
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        return Json.mapper().readTree(response.body());
    }

    private static void assertInvalid(final HttpResponse<String> response, final String field) throws IOException {
        assertEquals(400, response.statusCode(), response.body());
        final JsonNode body = json(response);
        assertEquals("invalid_article", body.get("error").asText());
        final List<String> fields = new ArrayList<>();
        body.get("problems").forEach(p -> {
            fields.add(p.get("field").asText());
            assertFalse(p.get("message").asText().isBlank());
        });
        assertTrue(fields.contains(field), "problems " + fields + " should name " + field);
    }

    @Test
    void acceptedArticleIsPublishedKeyedByIdAfterTheAcknowledgement() throws Exception {
        start();
        final HttpResponse<String> response = postJson(ARTICLE);

        assertEquals(202, response.statusCode(), response.body());
        final JsonNode body = json(response);
        final String expectedId = ArticleIds.fromUrl("https://news.example.org/2026/03/01/harbour-reopens");
        assertEquals(expectedId, body.get("id").asText());
        assertEquals(Topics.RAW.name(), body.get("topic").asText());
        assertEquals(0, body.get("partition").asInt());
        assertEquals(0L, body.get("offset").asLong());

        assertEquals(1, producer.history().size());
        final ProducerRecord<String, RawArticle> record = producer.history().get(0);
        assertEquals(Topics.RAW.name(), record.topic());
        assertEquals(expectedId, record.key());
        final RawArticle value = record.value();
        assertEquals(expectedId, value.id());
        assertEquals("Harbour reopens after storm repairs", value.title());
        assertTrue(value.body().startsWith("The port authority said"));
        assertEquals("Example Wire", value.source());
        assertEquals("2026-03-01", value.publishedAt());
        assertEquals(NOW.toEpochMilli(), value.revision());
        assertEquals(NOW.toString(), value.ingestedAt());
    }

    @Test
    void theSameArticleTwiceGetsTheSameId() throws Exception {
        start();
        final String noUrl = "{\"title\":\"Council approves budget\",\"body\":\"The vote was 7 to 2.\"}";
        final JsonNode first = json(postJson(noUrl));
        final JsonNode second = json(postJson(noUrl));

        assertEquals(first.get("id").asText(), second.get("id").asText());
        assertEquals(ArticleIds.fromContent(null, "Council approves budget", "The vote was 7 to 2."),
                first.get("id").asText());
        assertEquals(1L, second.get("offset").asLong());
        assertEquals(2, producer.history().size());
        assertEquals(producer.history().get(0).key(), producer.history().get(1).key());
    }

    @Test
    void producerIdAndRevisionAreKept() throws Exception {
        start();
        final HttpResponse<String> response = postJson(
                "{\"id\":\"wire:2026-0042\",\"title\":\"Bridge closed\",\"revision\":7}");

        assertEquals(202, response.statusCode(), response.body());
        assertEquals("wire:2026-0042", json(response).get("id").asText());
        assertEquals(7L, producer.history().get(0).value().revision());
        assertEquals("wire:2026-0042", producer.history().get(0).key());
    }

    @Test
    void malformedJsonIs400AndPublishesNothing() throws Exception {
        start();
        assertInvalid(postJson("{\"title\": \"unterminated"), "json");
        assertInvalid(postJson("{\"title\": }"), "json");
        assertInvalid(postJson(""), "json");
        assertInvalid(postJson("[" + ARTICLE + "]"), "article");
        assertInvalid(postJson("{\"title\": {\"nested\": true}}"), "title");
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void articleWithoutTitleAndBodyIs400() throws Exception {
        start();
        assertInvalid(postJson("{\"source\":\"Example Wire\",\"title\":\"  \"}"), "title");
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void badDateIs400() throws Exception {
        start();
        assertInvalid(postJson("{\"title\":\"Budget\",\"publishedAt\":\"19/10/2020\"}"), "publishedAt");
        assertInvalid(postJson("{\"title\":\"Budget\",\"publishedAt\":\"2099-01-01\"}"), "publishedAt");
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void anArticleInAnyLanguageIsAcceptedAndOnlyABadLanguageTagIs400() throws Exception {
        start();
        final HttpResponse<String> french = postJson(
                "{\"title\":\"Le port rouvre\",\"body\":\"Le maire a inauguré le quai.\",\"language\":\"fr-CA\"}");
        assertEquals(202, french.statusCode(), french.body());
        assertEquals("fr-CA", producer.history().get(0).value().language(), "published as the producer gave it");
        assertInvalid(postJson("{\"title\":\"Budget\",\"language\":\"English\"}"), "language");
        assertEquals(1, producer.history().size());
    }

    @Test
    void badIdIs400() throws Exception {
        start();
        assertInvalid(postJson("{\"id\":\"has spaces/and slashes\",\"title\":\"Budget\"}"), "id");
        assertInvalid(postJson("{\"id\":\"" + "x".repeat(ArticleIds.MAX_LENGTH + 1) + "\",\"title\":\"Budget\"}"),
                "id");
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void everyProblemIsNamed() throws Exception {
        start();
        final HttpResponse<String> response = postJson(
                "{\"id\":\"bad id\",\"publishedAt\":\"yesterday\",\"revision\":-1}");
        assertInvalid(response, "title");
        assertInvalid(response, "id");
        assertInvalid(response, "publishedAt");
        assertInvalid(response, "revision");
    }

    @Test
    void declaredBodyOverTheLimitIs413() throws Exception {
        start();
        final String big = "{\"title\":\"Big\",\"body\":\"" + "a".repeat(5000) + "\"}";
        final HttpResponse<String> response = postJson(big);

        assertEquals(413, response.statusCode());
        assertEquals("payload_too_large", json(response).get("error").asText());
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void streamedBodyOverTheLimitIs413WhileReading() throws Exception {
        start();
        final byte[] big = ("{\"title\":\"Big\",\"body\":\"" + "a".repeat(20_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        // No Content-Length: the limit can only be enforced while reading.
        final HttpRequest request = HttpRequest.newBuilder(uri("/articles")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        final HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
        start();
        assertEquals(415, post("/articles", "text/plain", ARTICLE).statusCode());
        assertEquals(415, post("/articles", "application/x-ndjson", ARTICLE).statusCode());
        assertEquals(415, post("/articles", "application/json; charset=latin1", ARTICLE).statusCode());
        assertEquals(415, client.send(HttpRequest.newBuilder(uri("/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(202, post("/articles", "application/json; charset=UTF-8", ARTICLE).statusCode());
        assertEquals(1, producer.history().size());
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() throws Exception {
        start();
        final HttpResponse<String> notFound = client.send(HttpRequest.newBuilder(uri("/nothing/here")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, notFound.statusCode());
        assertEquals("not_found", json(notFound).get("error").asText());

        final HttpResponse<String> wrongMethod = client.send(HttpRequest.newBuilder(uri("/articles")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElse(""));
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void tokenIsRequiredWhenConfigured() throws Exception {
        start(config(TOKEN, 4096, Duration.ofSeconds(30)), true);

        final HttpResponse<String> missing = postJson(ARTICLE);
        assertEquals(401, missing.statusCode());
        assertEquals("unauthorized", json(missing).get("error").asText());
        assertTrue(missing.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

        final HttpResponse<String> wrong = client.send(HttpRequest.newBuilder(uri("/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN + "x")
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
        assertFalse(wrong.body().contains(TOKEN));

        final HttpResponse<String> deleteWithout = client.send(HttpRequest.newBuilder(uri("/articles/abc")).DELETE()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, deleteWithout.statusCode());
        assertTrue(producer.history().isEmpty());

        final HttpResponse<String> right = client.send(HttpRequest.newBuilder(uri("/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, right.statusCode());
        assertEquals(1, producer.history().size());

        final HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
    }

    @Test
    void sendThatIsNeverAcknowledgedIs503AfterTheBoundedWait() throws Exception {
        start(config("", 4096, Duration.ofSeconds(30)), false);
        final long startNanos = System.nanoTime();
        final HttpResponse<String> response = postJson(ARTICLE);
        final long tookMs = (System.nanoTime() - startNanos) / 1_000_000;

        assertEquals(503, response.statusCode(), response.body());
        assertEquals("unavailable", json(response).get("error").asText());
        assertTrue(response.headers().firstValue("Retry-After").isPresent());
        assertTrue(tookMs >= 250 && tookMs < 5_000, "waited " + tookMs + " ms for a 300 ms send timeout");
    }

    @Test
    void sendThatFailsIs503() throws Exception {
        start();
        producer.sendException = new TimeoutException("Topic news.articles.raw not present in metadata after 300 ms.");
        final HttpResponse<String> response = postJson(ARTICLE);
        assertEquals(503, response.statusCode(), response.body());
    }

    @Test
    void acknowledgementWithAnErrorIs503() throws Exception {
        start(config("", 4096, Duration.ofSeconds(30)), false);
        final CompletableFuture<HttpResponse<String>> pending = client.sendAsync(HttpRequest.newBuilder(uri("/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(poll(() -> producer.errorNext(new NotEnoughReplicasException("2 < 3"))),
                "the request never reached the producer");
        assertEquals(503, pending.get(5, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void batchAnswersPerItemByIndex() throws Exception {
        start();
        final String batch = "[" + ARTICLE + ","
                + "{\"source\":\"Example Wire\"},"
                + "42,"
                + "{\"id\":\"wire-7\",\"title\":\"Dam inspected\",\"publishedAt\":\"not a date\"},"
                + "{\"id\":\"wire-8\",\"title\":\"Dam inspected again\"}]";
        final HttpResponse<String> response = post("/articles/batch", "application/json", batch);

        assertEquals(207, response.statusCode(), response.body());
        final JsonNode results = json(response).get("results");
        assertEquals(5, results.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(i, results.get(i).get("index").asInt());
        }
        assertEquals(202, results.get(0).get("status").asInt());
        assertNotNull(results.get(0).get("offset"));
        assertEquals(400, results.get(1).get("status").asInt());
        assertEquals("title", results.get(1).get("errors").get(0).get("field").asText());
        assertEquals(400, results.get(2).get("status").asInt());
        assertEquals(400, results.get(3).get("status").asInt());
        assertEquals("wire-7", results.get(3).get("id").asText());
        assertEquals("publishedAt", results.get(3).get("errors").get(0).get("field").asText());
        assertEquals(202, results.get(4).get("status").asInt());
        assertEquals("wire-8", results.get(4).get("id").asText());

        assertEquals(2, producer.history().size());
        assertEquals("wire-8", producer.history().get(1).key());
    }

    @Test
    void batchStatusIs202WhenAllAcceptedAnd400WhenAllBad() throws Exception {
        start();
        final HttpResponse<String> good = post("/articles/batch", "application/json",
                "[{\"title\":\"One\"},{\"title\":\"Two\"}]");
        assertEquals(202, good.statusCode(), good.body());
        final HttpResponse<String> bad = post("/articles/batch", "application/json", "[{},{\"id\":\"a b\"}]");
        assertEquals(400, bad.statusCode(), bad.body());
        final HttpResponse<String> empty = post("/articles/batch", "application/json", "[]");
        assertEquals(400, empty.statusCode());
        final HttpResponse<String> notArray = post("/articles/batch", "application/json", "{\"title\":\"One\"}");
        assertInvalid(notArray, "articles");
        assertEquals(2, producer.history().size());
    }

    @Test
    void ndjsonBatchReportsLines() throws Exception {
        start();
        final String ndjson = "{\"title\":\"One\"}\n\n{\"title\": oops}\r\n{\"title\":\"Three\"}\n";
        final HttpResponse<String> response = post("/articles/batch", "application/x-ndjson", ndjson);

        assertEquals(207, response.statusCode(), response.body());
        final JsonNode results = json(response).get("results");
        assertEquals(3, results.size());
        assertEquals(1, results.get(0).get("line").asInt());
        assertEquals(202, results.get(0).get("status").asInt());
        assertEquals(3, results.get(1).get("line").asInt());
        assertEquals(400, results.get(1).get("status").asInt());
        assertEquals("json", results.get(1).get("errors").get(0).get("field").asText());
        assertEquals(4, results.get(2).get("line").asInt());
        assertEquals(2, producer.history().size());
    }

    @Test
    void batchWhenTheBrokerIsDownIs503ForEveryItem() throws Exception {
        start();
        producer.sendException = new TimeoutException("metadata not available");
        final HttpResponse<String> response = post("/articles/batch", "application/json",
                "[{\"title\":\"One\"},{\"title\":\"Two\"}]");
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Retry-After").isPresent());
        json(response).get("results").forEach(r -> assertEquals(503, r.get("status").asInt()));
    }

    @Test
    void deletePublishesATombstone() throws Exception {
        start();
        final HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/articles/wire:2026-0042"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(202, response.statusCode(), response.body());
        assertEquals("wire:2026-0042", json(response).get("id").asText());
        assertEquals(1, producer.history().size());
        assertEquals("wire:2026-0042", producer.history().get(0).key());
        assertNull(producer.history().get(0).value());
    }

    @Test
    void deleteWithABadIdIs400() throws Exception {
        start();
        final HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                uri("/articles/" + "x".repeat(ArticleIds.MAX_LENGTH + 1))).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertInvalid(response, "id");
        final HttpResponse<String> spaces = client.send(HttpRequest.newBuilder(uri("/articles/bad%20id")).DELETE()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertInvalid(spaces, "id");
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void healthAnswersWithItsStatus() throws Exception {
        start();
        final HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        final JsonNode body = json(response);
        assertEquals("UP", body.get("status").asText());
        assertTrue(body.get("ready").asBoolean());
    }

    @Test
    void healthIs503WhenNotReady() throws Exception {
        final IngestConfig cfg = config("", 4096, Duration.ofSeconds(30));
        producer = new MockProducer<>(true, null, new StringSerializer(), Topics.RAW.valueSerde().serializer());
        server = IngestHttpServer.start(cfg, new ArticlePublisher(producer,
                new ArticleValidator(cfg.maxBodyBytes()), cfg.sendTimeout(), Clock.systemUTC(), null),
                () -> Health.notReady("Kafka cluster unreachable"));
        toClose.add(server);
        final HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, response.statusCode());
        assertEquals("NOT_READY", json(response).get("status").asText());
    }

    @Test
    void aClientThatNeverFinishesItsBodyIsCutOff() throws Exception {
        start(config("", 4096, Duration.ofMillis(500)), true);
        final long startNanos = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            final OutputStream out = socket.getOutputStream();
            out.write(("POST /articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"title\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            final InputStream in = socket.getInputStream();
            final byte[] buffer = new byte[4096];
            final StringBuilder answer = new StringBuilder();
            int n;
            // The server closes the connection (with or without an error response) once the idle timeout fires.
            while ((n = in.read(buffer)) != -1) {
                answer.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
            }
            assertFalse(answer.toString().startsWith("HTTP/1.1 202"), answer.toString());
        }
        final long tookMs = (System.nanoTime() - startNanos) / 1_000_000;
        assertTrue(tookMs < 8_000, "connection was held for " + tookMs + " ms");
        assertTrue(producer.history().isEmpty());
        // The server still serves others.
        assertEquals(202, postJson(ARTICLE).statusCode());
    }

    @Test
    void closeLetsARequestInFlightFinish() throws Exception {
        start(new IngestConfig("localhost:9", "127.0.0.1", 0, 3, 4096, 16384, Duration.ofSeconds(8),
                Duration.ofSeconds(30), "", new Properties()), false);
        final CompletableFuture<HttpResponse<String>> pending = client.sendAsync(HttpRequest.newBuilder(uri("/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(poll(() -> !producer.history().isEmpty()), "the request never reached the producer");

        final long closeStart = System.nanoTime();
        final CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
        assertTrue(poll(() -> !server.isRunning()), "the server did not start stopping");
        assertFalse(closing.isDone(), "close returned while a request was still waiting for Kafka");
        assertTrue(producer.completeNext());

        assertEquals(202, pending.get(5, TimeUnit.SECONDS).statusCode());
        closing.get(IngestHttpServer.STOP_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        final long closeMs = (System.nanoTime() - closeStart) / 1_000_000;
        assertTrue(closeMs < 10_000, "close took " + closeMs + " ms");
    }
}
