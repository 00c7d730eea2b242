package io.newsflow.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.feed.FeedState;
import io.newsflow.common.topic.Topics;
import io.newsflow.ingest.ArticlePublisher;
import io.newsflow.ingest.pages.PageExtractor;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedPollTest {

    private static final String RSS = "application/rss+xml; charset=UTF-8";
    private static final String HTML = "text/html; charset=UTF-8";
    private static final int MAX_FETCH = 64 * 1024;

    private FeedServer server;
    private final MockProducer<String, RawArticle> producer = new MockProducer<>(true, null, new StringSerializer(),
            Topics.RAW.valueSerde().serializer());
    private final ArticlePublisher publisher = publisher(producer, Duration.ofSeconds(2));
    private final FeedFetcher fetcher = new FeedFetcher(Duration.ofMillis(800), MAX_FETCH, "newsflow/test (news feed reader)");

    @BeforeEach
    void startServer() throws IOException {
        server = new FeedServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static ArticlePublisher publisher(final MockProducer<String, RawArticle> producer, final Duration timeout) {
        return new ArticlePublisher(producer, new ArticleValidator(ArticleValidator.DEFAULT_MAX_BODY_BYTES), timeout,
                Clock.systemUTC(), null);
    }

    private FeedPoll poll(final boolean fetchPages, final ArticlePublisher with) {
        return new FeedPoll(fetcher, new FeedParser(),
                new ItemArticles(fetcher, fetchPages, ArticleValidator.DEFAULT_MAX_BODY_BYTES, new PageExtractor()),
                with,
                Clock.systemUTC());
    }

    private FeedPoll.Result poll(final FeedPoll poll, final String path, final FeedState state) {
        return poll.poll(server.uri(path), state, () -> false);
    }

    private FeedState empty(final String path) {
        return FeedState.empty(server.uri(path).toString());
    }

    private void serveFeed(final int items, final boolean etag) {
        server.serve("/feed.xml", RSS, bytes(Feeds.rss("Harbour Times", items, server.uri("/page/").toString())), etag);
    }

    private static byte[] bytes(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<RawArticle> sent() {
        return producer.history().stream().map(ProducerRecord::value).toList();
    }

    @Test
    void everyItemBecomesAnArticleWithItsPageTextAndTheNextPollIsAnswered304() {
        serveFeed(20, true);
        for (int n = 1; n <= 20; n++) {
            server.serve("/page/" + n, HTML, bytes(Feeds.page(n)), false);
        }
        final FeedPoll poll = poll(true, publisher);

        final FeedPoll.Result first = poll(poll, "/feed.xml", empty("/feed.xml"));

        assertEquals(20, first.published());
        final List<RawArticle> articles = sent();
        assertEquals(20, articles.size());
        for (int n = 1; n <= 20; n++) {
            final RawArticle a = articles.get(n - 1);
            assertEquals(Feeds.title(n), a.title());
            assertEquals(Feeds.published(n).toInstant().toString(), a.publishedAt());
            assertEquals("Harbour Times", a.source());
            assertEquals(server.uri("/page/" + n).toString(), a.url());
            assertTrue(a.body().contains("The full story of day " + n + ": cranes unloaded grain for & from the valley."),
                    a.body());
            assertFalse(a.body().contains("<") || a.body().contains("color: red"), a.body());
            assertTrue(a.id().startsWith("feed-"), a.id());
            assertEquals("en-gb", a.language());
        }
        assertEquals(20, articles.stream().map(RawArticle::id).distinct().count());
        assertTrue(server.userAgent().startsWith("newsflow/"), server.userAgent());

        final FeedPoll.Result second = poll(poll, "/feed.xml", first.state());
        assertTrue(second.notModified());
        assertEquals(1, server.notModified("/feed.xml"));
        assertEquals(20, producer.history().size());
        assertEquals(1, server.requests("/page/1"), "a page is fetched once");
    }

    @Test
    void theSameItemsOnEveryPollArePublishedOnceWhenTheServerHasNoValidators() {
        serveFeed(5, false);
        final FeedPoll poll = poll(false, publisher);

        final FeedPoll.Result first = poll(poll, "/feed.xml", empty("/feed.xml"));
        final FeedPoll.Result second = poll(poll, "/feed.xml", first.state());
        final FeedPoll.Result third = poll(poll, "/feed.xml", second.state());

        assertEquals(5, first.published());
        assertFalse(second.notModified());
        assertEquals(0, second.published() + third.published());
        assertEquals(5, producer.history().size());
        assertEquals(3, server.requests("/feed.xml"));
        assertEquals("Ships arrived at the harbour on day 1.", sent().get(0).body(), "the description as text");
    }

    @Test
    void lastModifiedIsSentBackAndAnswered304() {
        server.serveWithLastModified("/feed.xml", RSS, bytes(Feeds.rss("Harbour Times", 3, "http://127.0.0.1/p/")));
        final FeedPoll poll = poll(false, publisher);

        final FeedPoll.Result first = poll(poll, "/feed.xml", empty("/feed.xml"));
        assertEquals(FeedServer.LAST_MODIFIED, first.state().lastModified());
        assertTrue(poll(poll, "/feed.xml", first.state()).notModified());
        assertEquals(1, server.notModified("/feed.xml"));
    }

    @Test
    void anItemWhoseContentChangesBecomesANewRevisionOfTheSameArticle() {
        final String base = "http://127.0.0.1/p/";
        final String before = Feeds.rss("Harbour Times", 3, base);
        server.serve("/feed.xml", RSS, bytes(before), true);
        final FeedPoll poll = poll(false, publisher);
        final FeedPoll.Result first = poll(poll, "/feed.xml", empty("/feed.xml"));

        final String after = before.replace("on day 2.", "on day 2, and left at noon.");
        server.serve("/feed.xml", RSS, bytes(after), true);
        final FeedPoll.Result second = poll(poll, "/feed.xml", first.state());

        assertEquals(1, second.published());
        final List<RawArticle> articles = sent();
        assertEquals(4, articles.size());
        final RawArticle revised = articles.get(3);
        assertEquals(articles.get(1).id(), revised.id());
        assertEquals("Ships arrived at the harbour on day 2, and left at noon.", revised.body());
        assertTrue(revised.revision() >= articles.get(1).revision());
        assertFalse(poll(poll, "/feed.xml", second.state()).published() > 0);
    }

    @Test
    void aRestartBetweenPollsPublishesNothingAgain() {
        serveFeed(4, false);
        final InMemoryStateStore store = new InMemoryStateStore();
        final FeedPoll.Result first = poll(poll(false, publisher), "/feed.xml", empty("/feed.xml"));
        store.save(first.state());

        // A new poller, as after a restart: everything it knows comes from the store.
        final FeedFetcher fresh = new FeedFetcher(Duration.ofSeconds(2), MAX_FETCH, "newsflow/test");
        final FeedPoll restarted = new FeedPoll(fresh, new FeedParser(),
                new ItemArticles(fresh, false, ArticleValidator.DEFAULT_MAX_BODY_BYTES, new PageExtractor()),
                publisher,
                Clock.systemUTC());
        final String feed = server.uri("/feed.xml").toString();
        final FeedPoll.Result again = restarted.poll(server.uri("/feed.xml"), store.load(List.of(feed)).get(feed),
                () -> false);

        assertEquals(0, again.published());
        assertEquals(4, producer.history().size());
    }

    @Test
    void itemsTheBrokerDidNotAcknowledgeArePublishedAtTheNextPoll() {
        serveFeed(3, true);
        final MockProducer<String, RawArticle> down = new MockProducer<>(false, null, new StringSerializer(),
                Topics.RAW.valueSerde().serializer());
        final FeedPoll.Result failed = poll(poll(false, publisher(down, Duration.ofMillis(100))), "/feed.xml",
                empty("/feed.xml"));

        assertEquals(3, failed.failed());
        assertNull(failed.state().etag(), "validators are kept only when every item was acknowledged");
        assertTrue(failed.state().items().isEmpty());

        final FeedPoll.Result retried = poll(poll(false, publisher), "/feed.xml", failed.state());
        assertFalse(retried.notModified());
        assertEquals(3, retried.published());
    }

    @Test
    void aMalformedFeedFailsAsUnreadableAndPublishesNothing() {
        server.serve("/feed.xml", RSS, bytes("<rss version=\"2.0\"><channel><title>Broken</title><item>"), true);
        final FetchException e = assertThrows(FetchException.class,
                () -> poll(poll(false, publisher), "/feed.xml", empty("/feed.xml")));
        assertEquals(FetchException.Reason.UNREADABLE, e.reason());
        assertEquals(0, producer.history().size());
    }

    @Test
    void aDoctypeIsRefusedSoThatNoEntityIsRead() {
        final String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>&secret;</title><item><title>t</title></item></channel></rss>""";
        server.serve("/feed.xml", RSS, bytes(xxe), false);
        final FetchException e = assertThrows(FetchException.class,
                () -> poll(poll(false, publisher), "/feed.xml", empty("/feed.xml")));
        assertEquals(FetchException.Reason.UNREADABLE, e.reason());
    }

    @Test
    void notFoundAndServerErrorsFailWithTheirStatus() {
        server.status("/gone.xml", 404).status("/broken.xml", 500);
        final FeedPoll poll = poll(false, publisher);
        assertEquals(404, assertThrows(FetchException.class, () -> poll(poll, "/gone.xml", empty("/gone.xml"))).status());
        assertEquals(500, assertThrows(FetchException.class,
                () -> poll(poll, "/broken.xml", empty("/broken.xml"))).status());
        assertEquals(404, assertThrows(FetchException.class,
                () -> poll(poll, "/nothing-here.xml", empty("/nothing-here.xml"))).status());
    }

    @Test
    void aBusyServerSaysHowLongToWaitAndTheWaitIsHonouredUpToAnHour() {
        server.busy("/busy.xml", 503, "120").busy("/limited.xml", 429, "Wed, 21 Oct 2015 07:28:00 GMT");
        final FeedPoll poll = poll(false, publisher);
        final FetchException busy = assertThrows(FetchException.class, () -> poll(poll, "/busy.xml", empty("/busy.xml")));
        assertEquals(503, busy.status());
        assertEquals(Duration.ofSeconds(120), busy.retryAfter());
        assertNull(assertThrows(FetchException.class, () -> poll(poll, "/limited.xml", empty("/limited.xml")))
                .retryAfter(), "a date in the past asks for no wait");

        assertEquals(Duration.ofSeconds(120), FeedsService.delay(Duration.ofSeconds(30), busy.retryAfter()));
        assertEquals(Duration.ofSeconds(300), FeedsService.delay(Duration.ofSeconds(300), busy.retryAfter()));
        assertEquals(Duration.ofHours(1), FeedsService.delay(Duration.ofSeconds(30), Duration.ofDays(2)));
        assertEquals(Duration.ofSeconds(30), FeedsService.delay(Duration.ofSeconds(30), null));
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() {
        server.stall("/slow.xml");
        final long start = System.nanoTime();
        final FetchException e = assertThrows(FetchException.class,
                () -> poll(poll(false, publisher), "/slow.xml", empty("/slow.xml")));
        final long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(FetchException.Reason.TIMEOUT, e.reason());
        assertTrue(tookMs < 3_000, "gave up after " + tookMs + " ms");
    }

    @Test
    void aBodyThatNeverEndsTimesOutAndOneWithoutALengthStopsAtTheLimit() {
        final String feed = Feeds.rss("Harbour Times", 3, "http://127.0.0.1/p/");
        server.chunked("/trickle.xml", RSS, bytes(feed.substring(0, feed.length() / 2)), true);
        server.chunked("/endless.xml", RSS, bytes(feed.repeat(MAX_FETCH / feed.length() + 2)), false);
        final long start = System.nanoTime();
        assertEquals(FetchException.Reason.TIMEOUT, assertThrows(FetchException.class,
                () -> poll(poll(false, publisher), "/trickle.xml", empty("/trickle.xml"))).reason());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 3_000, "the deadline covers the body too");
        assertEquals(FetchException.Reason.TOO_LARGE, assertThrows(FetchException.class,
                () -> poll(poll(false, publisher), "/endless.xml", empty("/endless.xml"))).reason());
    }

    @Test
    void redirectsAreFollowed() {
        serveFeed(2, false);
        server.redirect("/old.xml", server.uri("/feed.xml").toString());
        final FeedPoll.Result result = poll(poll(false, publisher), "/old.xml", empty("/old.xml"));
        assertEquals(2, result.published());
        assertEquals(1, server.requests("/old.xml"));
    }

    @Test
    void aPageOverTheSizeLimitIsNotReadAndTheDescriptionIsTheBody() {
        serveFeed(1, false);
        server.serve("/page/1", HTML, bytes(Feeds.page(1) + "<p>padding</p>".repeat(MAX_FETCH / 10)), false);
        final FeedPoll.Result result = poll(poll(true, publisher), "/feed.xml", empty("/feed.xml"));
        assertEquals(1, result.published());
        assertEquals("Ships arrived at the harbour on day 1.", sent().get(0).body());
    }

    @Test
    void aFeedOverTheSizeLimitFails() {
        server.serve("/feed.xml", RSS, bytes(Feeds.rss("Harbour Times", 400, "http://127.0.0.1/p/")), false);
        final FetchException e = assertThrows(FetchException.class,
                () -> poll(poll(false, publisher), "/feed.xml", empty("/feed.xml")));
        assertEquals(FetchException.Reason.TOO_LARGE, e.reason());
    }

    @Test
    void feedsAndPagesInOtherCharsetsAreDecoded() {
        final Charset latin1 = Charset.forName("ISO-8859-1");
        final String feed = Feeds.rss("Café du Port", 1, server.uri("/page/").toString())
                .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .replace(Feeds.title(1), "Crème brûlée at the quay");
        server.serve("/feed.xml", "application/rss+xml", feed.getBytes(latin1), false);
        server.serve("/page/1", "text/html; charset=windows-1252",
                "<html><body><p>A na\u00efve caf\u00e9 \u2014 opened \u201ctoday\u201d.</p></body></html>"
                        .getBytes(Charset.forName("windows-1252")), false);

        poll(poll(true, publisher), "/feed.xml", empty("/feed.xml"));

        final RawArticle a = sent().get(0);
        assertEquals("Café du Port", a.source());
        assertEquals("Crème brûlée at the quay", a.title());
        assertEquals("A na\u00efve caf\u00e9 \u2014 opened \u201ctoday\u201d.", a.body());
    }

    @Test
    void theStateOfAFeedCarriesItsItemsAndValidators() {
        serveFeed(3, true);
        final FeedPoll.Result first = poll(poll(false, publisher), "/feed.xml", empty("/feed.xml"));
        assertEquals(3, first.state().items().size());
        assertTrue(first.state().etag() != null && first.state().etag().startsWith("\""));
        assertEquals(URI.create(first.state().feed()), server.uri("/feed.xml"));
    }
}
