package io.newsflow.app.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on 127.0.0.1 for the feed tests: an RSS 2.0 feed of {@code items} items at {@link #feedUrl()},
 * answered 304 to its ETag while {@link #conditional} is on, and an HTML page for each item. Paths start
 * with a prefix of its own, so that its articles are told apart from those of other tests on the shared
 * topics. Counts the feed's requests and its 304s.
 */
final class FeedSite implements AutoCloseable {

    static final String SOURCE = "Harbour Times";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final String prefix = "/site-" + UUID.randomUUID().toString().substring(0, 8);
    private final int items;
    private final byte[] feed;
    private final String etag;
    private final AtomicInteger feedRequests = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    volatile boolean conditional = true;

    FeedSite(final int items) throws IOException {
        this.items = items;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext(prefix, this::handle);
        server.start();
        feed = rss().getBytes(StandardCharsets.UTF_8);
        etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(feed)) + "\"";
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    String feedUrl() {
        return base() + "/feed.xml";
    }

    String pageUrl(final int n) {
        return base() + "/page/" + n;
    }

    static String title(final int n) {
        return "Quay report " + n + ": grain ships unloaded";
    }

    /** Item {@code n} was published {@code n} hours before 1 March 2026 09:00 UTC. */
    static ZonedDateTime published(final int n) {
        return ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC).minusHours(n);
    }

    /** The sentence only the page of item {@code n} has. */
    static String pageSentence(final int n) {
        return "Dock workers in Rotterdam unloaded " + n + " ships of grain for the Dutch mills on Monday.";
    }

    int feedRequests() {
        return feedRequests.get();
    }

    int notModified() {
        return notModified.get();
    }

    private String rss() {
        final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                + "<channel><title>" + SOURCE + "</title><link>" + base() + "</link><description>Port news"
                + "</description><language>en</language>\n");
        for (int n = 1; n <= items; n++) {
            xml.append("<item><title>").append(title(n)).append("</title><link>").append(pageUrl(n))
                    .append("</link><guid isPermaLink=\"false\">quay-").append(n).append("</guid><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).format(published(n)))
                    .append("</pubDate><description><![CDATA[<p>Ships at the quay, day ").append(n)
                    .append(".</p>]]></description></item>\n");
        }
        return xml.append("</channel></rss>").toString();
    }

    private static String page(final int n) {
        return "<!DOCTYPE html><html><head><title>" + title(n) + "</title><script>var x = 1;</script></head><body>"
                + "<header><a href=\"/\">Harbour Times</a></header><article><h1>" + title(n) + "</h1><p>"
                + pageSentence(n) + "</p></article></body></html>";
    }

    private void handle(final HttpExchange exchange) throws IOException {
        try (exchange) {
            final String path = exchange.getRequestURI().getPath().substring(prefix.length());
            if (path.equals("/feed.xml")) {
                feedRequests.incrementAndGet();
                exchange.getResponseHeaders().add("ETag", etag);
                if (conditional && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                send(exchange, "application/rss+xml; charset=UTF-8", feed);
            } else if (path.startsWith("/page/")) {
                send(exchange, "text/html; charset=UTF-8",
                        page(Integer.parseInt(path.substring("/page/".length()))).getBytes(StandardCharsets.UTF_8));
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private static void send(final HttpExchange exchange, final String contentType, final byte[] body)
            throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
