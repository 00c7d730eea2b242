package io.newsflow.app.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A Server-Sent Events subscriber for the integration tests: events in arrival order, waited for with a timeout. */
final class EventStream implements AutoCloseable {

    /** One event: its type and its data line; comments are left out. */
    record Event(String id, String type, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    EventStream(final URI uri) {
        response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .sendAsync(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofLines());
        // Read on a thread of its own: a callback on the future could run on the caller's thread and never return.
        final Thread reader = new Thread(() -> {
            final HttpResponse<Stream<String>> r;
            try {
                r = response.join();
            } catch (RuntimeException e) {
                return;
            }
            final List<String> fields = new ArrayList<>();
            try {
                r.body().forEach(line -> {
                    if (!line.isEmpty()) {
                        fields.add(line);
                        return;
                    }
                    String id = null;
                    String type = null;
                    String data = null;
                    for (String f : fields) {
                        if (f.startsWith("id: ")) {
                            id = f.substring(4);
                        } else if (f.startsWith("event: ")) {
                            type = f.substring(7);
                        } else if (f.startsWith("data: ")) {
                            data = f.substring(6);
                        }
                    }
                    fields.clear();
                    if (type != null) {
                        events.add(new Event(id, type, data));
                    }
                });
            } catch (RuntimeException e) {
                // The stream was closed by the test.
            }
        }, "it-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** The first event matching {@code match}, the ones before it skipped; fails after {@code timeout}. */
    Event await(final Predicate<Event> match, final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            final Event e = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e != null && match.test(e)) {
                return e;
            }
        }
        throw new AssertionError("no matching event within " + timeout.toSeconds() + " s");
    }

    int status() throws Exception {
        return response.get(30, TimeUnit.SECONDS).statusCode();
    }

    @Override
    public void close() {
        response.cancel(true);
        if (response.isDone() && !response.isCompletedExceptionally()) {
            response.join().body().close();
        }
    }
}
