package io.newsflow.bench;

import io.newsflow.common.article.RawArticle;
import io.newsflow.common.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/** Posts articles to the HTTP intake and times each one until it is on {@code news.articles.current}. */
final class HttpLoad {

    /**
     * What one load measured.
     *
     * @param rate articles/s from the first post to the last arrival
     * @param p50Ms median latency from post to arrival
     * @param p99Ms 99th percentile of that latency
     * @param steadyRate articles/s between the arrivals of the 10th and the 90th percentile: the rate once the
     *                   first articles are through and before the last stream thread drains its partitions alone
     */
    record Outcome(double rate, double p50Ms, double p99Ms, double steadyRate) {
    }

    /** Requests in flight at a fixed rate: so many that the rate, not the client, sets the pace. */
    private static final int UNBOUNDED = 10_000;

    private final URI uri;
    private final CurrentWatcher watcher;
    private final int concurrency;

    HttpLoad(final URI uri, final CurrentWatcher watcher, final int concurrency) {
        this.uri = uri;
        this.watcher = watcher;
        this.concurrency = concurrency;
    }

    /**
     * Posts every article and waits until all are on {@code news.articles.current}: as fast as
     * {@code concurrency} requests in flight allow when {@code rate} is 0, else one every 1/rate s.
     */
    Outcome post(final List<RawArticle> articles, final double rate) throws Exception {
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        final Semaphore inFlight = new Semaphore(rate > 0 ? UNBOUNDED : concurrency);
        final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        final AtomicInteger failed = new AtomicInteger();
        final List<String> ids = articles.stream().map(RawArticle::id).toList();
        watcher.expect(ids);
        final long start = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            if (rate > 0) {
                final long due = start + (long) (i * 1e9 / rate);
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
            }
            inFlight.acquire();
            final RawArticle a = articles.get(i);
            sentAt.put(a.id(), System.nanoTime());
            http.sendAsync(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(Json.writeBytes(a))).build(),
                    HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        inFlight.release();
                        if (error != null || response.statusCode() != 202) {
                            failed.incrementAndGet();
                        }
                    });
        }
        Await.until(articles.size() + " articles on news.articles.current", () -> {
            if (failed.get() > 0) {
                throw new IllegalStateException(failed.get() + " posts were not accepted");
            }
            return watcher.arrived(ids) == ids.size();
        });
        final double[] latencies = ids.stream().mapToDouble(id -> (watcher.arrivedAt(id) - sentAt.get(id)) / 1e6)
                .sorted().toArray();
        final long[] arrivals = ids.stream().mapToLong(watcher::arrivedAt).sorted().toArray();
        final long end = arrivals[arrivals.length - 1];
        final int from = arrivals.length / 10;
        final int to = arrivals.length - 1 - arrivals.length / 10;
        final double steady = to > from && arrivals[to] > arrivals[from]
                ? (to - from) / ((arrivals[to] - arrivals[from]) / 1e9) : Double.NaN;
        return new Outcome(ids.size() / ((end - start) / 1e9), Percentiles.of(latencies, 50),
                Percentiles.of(latencies, 99), steady);
    }
}
