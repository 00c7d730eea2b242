package io.newsflow.api.http;

import static io.newsflow.api.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newsflow.api.StoreFixture;
import io.newsflow.api.cluster.Cluster;
import io.newsflow.api.stream.EventBuffer;
import io.newsflow.api.stream.LiveEvent;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.http.WebServer;
import io.newsflow.common.json.Json;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/stream} over HTTP: filtered events, retractions, keepalives, resumption. */
class StreamRouteTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path state;
    private StoreFixture stores;
    private EventBuffer buffer;
    private WebServer server;

    @BeforeEach
    void start() {
        stores = new StoreFixture(state);
        buffer = new EventBuffer(100, 10, 100, 1000);
        final ApiHttp http = new ApiHttp(stores.local(), Cluster.single(), buffer, null, Duration.ofMillis(200));
        server = WebServer.start(new WebServer.Options("api-test", "127.0.0.1", 0, 16, 2, -1, -1,
                Duration.ofSeconds(30), Duration.ZERO), http::addTo);
    }

    @AfterEach
    void stop() throws Exception {
        buffer.close();
        server.close();
        stores.close();
    }

    private SseClient subscribe(final String query, final Map<String, String> headers) throws Exception {
        final SseClient c = new SseClient(URI.create("http://127.0.0.1:" + server.port() + "/api/stream" + query),
                headers);
        assertEquals(200, c.status());
        assertEquals(":", c.nextAny(WAIT).type(), "the connected comment comes first");
        return c;
    }

    private void publish(final EnrichedArticle a) {
        buffer.publish(LiveEvent.ARTICLE, Json.writeBytes(a), a);
    }

    @Test
    void aSubscriberGetsMatchingArticlesRetractionsAndKeepalives() throws Exception {
        try (SseClient c = subscribe("?country=LY&track=military", Map.of())) {
            publish(article("tn").country("TN").track("military").build());
            publish(article("ly").country("LY").track("military").build());
            buffer.publish(LiveEvent.RETRACTION, Json.writeBytes(Map.of("id", "old")), null);
            final SseClient.Event first = c.next(WAIT);
            assertEquals("article", first.type());
            assertEquals("1001", first.id());
            assertEquals("ly", Json.mapper().readTree(first.data()).get("id").asText());
            final SseClient.Event retraction = c.next(WAIT);
            assertEquals("retraction", retraction.type());
            assertEquals("{\"id\":\"old\"}", retraction.data());
            final SseClient.Event keepalive = c.nextAny(WAIT);
            assertEquals(":", keepalive.type());
            assertEquals("keepalive", keepalive.data());
        }
    }

    @Test
    void aReconnectResumesAfterItsLastEventOrStartsWithAReset() throws Exception {
        for (int i = 0; i < 4; i++) {
            publish(article("a" + i).build());
        }
        try (SseClient c = subscribe("", Map.of("Last-Event-ID", "1001"))) {
            assertEquals("1002", c.next(WAIT).id());
            assertEquals("1003", c.next(WAIT).id());
            publish(article("live").build());
            assertEquals("1004", c.next(WAIT).id());
        }
        try (SseClient c = new SseClient(URI.create("http://127.0.0.1:" + server.port()
                + "/api/stream?lastEventId=7"), Map.of())) {
            final SseClient.Event reset = c.next(WAIT);
            assertNotNull(reset);
            assertEquals("reset", reset.type());
        }
        try (SseClient c = new SseClient(URI.create("http://127.0.0.1:" + server.port()
                + "/api/stream?country=Libya"), Map.of())) {
            assertEquals(400, c.status());
        }
    }
}
