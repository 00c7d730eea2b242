package io.newsflow.ingest.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 serving what a test puts at each path: a body with its content type,
 * answered 304 to a matching If-None-Match or If-Modified-Since when the route is conditional; a status;
 * a redirect; or no answer until the server closes. It counts the requests and the 304s of each path and
 * records the User-Agent.
 */
final class FeedServer implements AutoCloseable {

    static final String LAST_MODIFIED = "Mon, 02 Mar 2026 10:00:00 GMT";

    /** What a path answers. */
    record Route(int status, String contentType, byte[] body, boolean etag, boolean lastModified, String location,
            boolean stall, boolean chunked) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, String> retryAfter = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private volatile String userAgent;

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri(final String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** {@code body} at {@code path}, with an ETag and 304s when {@code etag}. */
    FeedServer serve(final String path, final String contentType, final byte[] body, final boolean etag) {
        routes.put(path, new Route(200, contentType, body, etag, false, null, false, false));
        return this;
    }

    FeedServer serveWithLastModified(final String path, final String contentType, final byte[] body) {
        routes.put(path, new Route(200, contentType, body, false, true, null, false, false));
        return this;
    }

    /** {@code status} with a {@code Retry-After} header. */
    FeedServer busy(final String path, final int status, final String retryAfter) {
        this.retryAfter.put(path, retryAfter);
        return status(path, status);
    }

    FeedServer status(final String path, final int status) {
        routes.put(path, new Route(status, "text/plain", ("status " + status).getBytes(), false, false, null, false,
                false));
        return this;
    }

    FeedServer redirect(final String path, final String location) {
        routes.put(path, new Route(301, "text/plain", new byte[0], false, false, location, false, false));
        return this;
    }

    /** A path that never answers (until the server closes). */
    FeedServer stall(final String path) {
        routes.put(path, new Route(200, "text/plain", new byte[0], false, false, null, true, false));
        return this;
    }

    /** {@code body} sent without a Content-Length; then, if {@code stallAfter}, no end until the server closes. */
    FeedServer chunked(final String path, final String contentType, final byte[] body, final boolean stallAfter) {
        routes.put(path, new Route(200, contentType, body, false, false, null, stallAfter, true));
        return this;
    }

    int requests(final String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    int notModified(final String path) {
        return notModified.getOrDefault(path, new AtomicInteger()).get();
    }

    int maxConcurrent() {
        return maxConcurrent.get();
    }

    String userAgent() {
        return userAgent;
    }

    private void handle(final HttpExchange exchange) throws IOException {
        final String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
        userAgent = exchange.getRequestHeaders().getFirst("User-Agent");
        try (exchange) {
            final Route route = routes.get(path);
            if (route == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (route.chunked()) {
                exchange.getResponseHeaders().add("Content-Type", route.contentType());
                exchange.sendResponseHeaders(200, 0);
                final OutputStream out = exchange.getResponseBody();
                out.write(route.body());
                out.flush();
                if (route.stall()) {
                    closing.await(60, TimeUnit.SECONDS);
                }
                out.close();
                return;
            }
            if (route.stall()) {
                closing.await(60, TimeUnit.SECONDS);
                return;
            }
            if (route.location() != null) {
                exchange.getResponseHeaders().add("Location", route.location());
                exchange.sendResponseHeaders(route.status(), -1);
                return;
            }
            if (retryAfter.containsKey(path)) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter.get(path));
            }
            final String tag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(route.body())) + "\"";
            if (route.etag()) {
                exchange.getResponseHeaders().add("ETag", tag);
            }
            if (route.lastModified()) {
                exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
            }
            final boolean fresh = (route.etag() && tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match")))
                    || (route.lastModified()
                            && LAST_MODIFIED.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since")));
            if (fresh) {
                notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", route.contentType());
            exchange.sendResponseHeaders(route.status(), route.body().length == 0 ? -1 : route.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(route.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            concurrent.decrementAndGet();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
