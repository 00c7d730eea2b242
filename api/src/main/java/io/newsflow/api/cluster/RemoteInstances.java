package io.newsflow.api.cluster;

import io.newsflow.api.query.CountEntry;
import io.newsflow.api.query.Page;
import io.newsflow.api.store.Position;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks the other api instances for their part of an answer over their {@code /api/internal/...} routes,
 * which answer from their local stores only. Every call is bounded ({@link #TIMEOUT}); an instance that
 * does not answer makes the whole answer a 503: a list silently missing a partition would be wrong.
 */
public final class RemoteInstances {

    public static final String INTERNAL = "/api/internal";
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Largest answer read from another instance. */
    static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;

    /** A page as instances exchange it: positions as cursors, the JSON as text. */
    public record WirePage(List<WireItem> items, String scannedTo) {
    }

    public record WireItem(String pos, String json) {
    }

    public record WireCounts(List<CountEntry> counts) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    /** The JSON of {@code id} from its owner; null when it has none. */
    public byte[] get(final HostInfo host, final String path, final String id) {
        final HttpResponse<byte[]> r = join(send(host, path + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                .replace("+", "%20"), null));
        return r.statusCode() == 404 ? null : r.body();
    }

    /** The pages of {@code path} from each of {@code hosts}, asked at once with the same query string. */
    public List<Page> pages(final List<HostInfo> hosts, final String path, final String query) {
        final List<Page> pages = new ArrayList<>();
        for (HttpResponse<byte[]> r : all(hosts, path, query)) {
            pages.add(toPage(read(r.body(), WirePage.class)));
        }
        return pages;
    }

    public List<List<CountEntry>> counts(final List<HostInfo> hosts, final String query) {
        final List<List<CountEntry>> out = new ArrayList<>();
        for (HttpResponse<byte[]> r : all(hosts, INTERNAL + "/counts", query)) {
            out.add(read(r.body(), WireCounts.class).counts());
        }
        return out;
    }

    public static WirePage toWire(final Page page) {
        return new WirePage(page.items().stream().map(i -> new WireItem(i.position().cursor(),
                new String(i.json(), StandardCharsets.UTF_8))).toList(),
                page.scannedTo() == null ? null : page.scannedTo().cursor());
    }

    static Page toPage(final WirePage wire) {
        return new Page(wire.items().stream().map(i -> new Page.Item(Position.fromCursor(i.pos()),
                i.json().getBytes(StandardCharsets.UTF_8))).toList(),
                wire.scannedTo() == null ? null : Position.fromCursor(wire.scannedTo()));
    }

    private List<HttpResponse<byte[]>> all(final List<HostInfo> hosts, final String path, final String query) {
        final List<CompletableFuture<HttpResponse<byte[]>>> calls = new ArrayList<>();
        for (HostInfo h : hosts) {
            calls.add(send(h, path, query));
        }
        final List<HttpResponse<byte[]>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<byte[]>> c : calls) {
            final HttpResponse<byte[]> r = join(c);
            if (r.statusCode() != 200) {
                throw new StoresNotReadyException("instance " + r.uri().getAuthority() + " answered "
                        + r.statusCode());
            }
            answers.add(r);
        }
        return answers;
    }

    private CompletableFuture<HttpResponse<byte[]>> send(final HostInfo host, final String path, final String query) {
        final URI uri = URI.create("http://" + host.host() + ":" + host.port() + path
                + (query == null || query.isEmpty() ? "" : "?" + query));
        final HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> join(final CompletableFuture<HttpResponse<byte[]>> call) {
        try {
            final HttpResponse<byte[]> r = call.get(TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
            if (r.body() != null && r.body().length > MAX_ANSWER_BYTES) {
                throw new StoresNotReadyException("instance " + r.uri().getAuthority() + " answered too much");
            }
            if (r.statusCode() != 200 && r.statusCode() != 404) {
                throw new StoresNotReadyException("instance " + r.uri().getAuthority() + " answered "
                        + r.statusCode());
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoresNotReadyException("interrupted while asking another instance", e);
        } catch (ExecutionException | TimeoutException e) {
            call.cancel(true);
            throw new StoresNotReadyException("another instance did not answer: " + e.getMessage(), e);
        }
    }

    private static <T> T read(final byte[] body, final Class<T> type) {
        try {
            return Json.read(body, type);
        } catch (IOException e) {
            throw new StoresNotReadyException("another instance answered unreadable JSON", e);
        }
    }
}
