package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.service.Health;
import io.newsflow.common.topic.Topics;
import io.newsflow.ingest.pages.TestPages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Web pages posted to the HTTP intake are published as their main text. */
class IngestHtmlTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String PAGE = TestPages.articlePage("", TestPages.PARAGRAPHS);
    private static final String TEXT = String.join("\n\n", TestPages.PARAGRAPHS);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private MockProducer<String, RawArticle> producer;
    private IngestHttpServer server;

    @BeforeEach
    void start() {
        final IngestConfig cfg = new IngestConfig("localhost:9", "127.0.0.1", 0, 3, 64 * 1024, 256 * 1024,
                Duration.ofMillis(300), Duration.ofSeconds(30), "", new Properties());
        producer = new MockProducer<>(true, null, new StringSerializer(), Topics.RAW.valueSerde().serializer());
        final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        server = IngestHttpServer.start(cfg, new ArticlePublisher(producer,
                new ArticleValidator(cfg.maxBodyBytes(), clock), cfg.sendTimeout(), clock, null), Health::up);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(final String path, final String contentType, final byte[] body)
            throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(final Map<String, String> article) throws Exception {
        return post("/articles", "application/json", Json.mapper().writeValueAsBytes(article));
    }

    private RawArticle published(final int index) {
        return producer.history().get(index).value();
    }

    @Test
    void aBodyOfMarkupIsPublishedAsItsText() throws Exception {
        final HttpResponse<String> response = postJson(Map.of("title", "Northern quay closes", "body", PAGE));

        assertEquals(202, response.statusCode(), response.body());
        assertEquals("Northern quay closes", published(0).title());
        assertEquals(TEXT, published(0).body());
        assertFalse(published(0).body().contains("tracker"));
    }

    @Test
    void theHtmlFieldIsPublishedAsTextWithThePageTitle() throws Exception {
        final HttpResponse<String> response = postJson(Map.of("url", "https://gazette.example/quay", "html", PAGE));

        assertEquals(202, response.statusCode(), response.body());
        assertEquals("Quay to close for repairs", published(0).title());
        assertEquals(TEXT, published(0).body());
        assertEquals("https://gazette.example/quay", published(0).url());
    }

    @Test
    void aBatchItemOfMarkupIsPublishedAsText() throws Exception {
        final byte[] batch = Json.mapper().writeValueAsBytes(List.of(Map.of("html", PAGE),
                Map.of("title", "Plain", "body", "Turnout was <50% in the north, a < b.")));

        final HttpResponse<String> response = post("/articles/batch", "application/json", batch);

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(TEXT, published(0).body());
        assertEquals("Turnout was <50% in the north, a < b.", published(1).body());
    }

    @Test
    void aPageWithoutTextIs400AndPublishesNothing() throws Exception {
        final HttpResponse<String> response = postJson(Map.of("title", "Menu", "html",
                "<html><body><nav><a href=\"/\">Home</a></nav><script>var page = 'no text';</script></body></html>"));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"field\":\"html\""), response.body());
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void aPagePostedAsTextHtmlIsPublishedInItsOwnCharset() throws Exception {
        final Charset cp1251 = Charset.forName("windows-1251");
        final List<String> paragraphs = List.of("Мэр Новгорода сообщил во вторник, что мост через реку закроют"
                + " на ремонт до конца лета.");
        final byte[] page = TestPages.articlePage("<meta charset=\"windows-1251\">", paragraphs).getBytes(cp1251);

        final HttpResponse<String> response = post("/articles?url=https%3A%2F%2Fgazette.example%2Fmost&source=Gazette",
                "text/html", page);

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(paragraphs.get(0), published(0).body());
        assertEquals("Quay to close for repairs", published(0).title());
        assertEquals("https://gazette.example/most", published(0).url());
        assertEquals("Gazette", published(0).source());

        final byte[] latin1 = TestPages.articlePage("", List.of("Der Bürgermeister sagte, die Straße "
                + "bleibe gesperrt.")).getBytes(StandardCharsets.ISO_8859_1);
        final HttpResponse<String> second = post("/articles?title=Stra%C3%9Fe", "text/html; charset=ISO-8859-1",
                latin1);
        assertEquals(202, second.statusCode(), second.body());
        assertEquals("Straße", published(1).title());
        assertEquals("Der Bürgermeister sagte, die Straße bleibe gesperrt.", published(1).body());
    }
}
