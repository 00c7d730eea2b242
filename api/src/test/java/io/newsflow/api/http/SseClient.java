package io.newsflow.api.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Server-Sent Events client for tests: the events of a stream, each as its field lines, with a timeout per wait. */
public final class SseClient implements AutoCloseable {

    /** One event: its id (or null), type and data; a comment is an event of type ":". */
    public record Event(String id, String type, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;

    public SseClient(final URI uri, final Map<String, String> headers) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        headers.forEach(request::header);
        response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        // Read on a thread of its own: a callback on the future could run on the caller's thread and never return.
        final Thread reader = new Thread(() -> {
            final HttpResponse<Stream<String>> r;
            try {
                r = response.join();
            } catch (RuntimeException e) {
                return;
            }
            lines = r.body();
            final List<String> fields = new ArrayList<>();
            try {
                r.body().forEach(line -> {
                    if (line.isEmpty()) {
                        events.add(toEvent(fields));
                        fields.clear();
                    } else {
                        fields.add(line);
                    }
                });
            } catch (RuntimeException e) {
                // closed by the test
            }
        }, "test-sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    private static Event toEvent(final List<String> fields) {
        String id = null;
        String type = "message";
        final StringBuilder data = new StringBuilder();
        for (String f : fields) {
            if (f.startsWith(":")) {
                return new Event(null, ":", f.substring(1).strip());
            } else if (f.startsWith("id: ")) {
                id = f.substring(4);
            } else if (f.startsWith("event: ")) {
                type = f.substring(7);
            } else if (f.startsWith("data: ")) {
                data.append(f.substring(6));
            }
        }
        return new Event(id, type, data.toString());
    }

    public int status() throws Exception {
        return response.get(10, TimeUnit.SECONDS).statusCode();
    }

    /** The next event that is not a comment, waiting at most {@code timeout}; null when none came. */
    public Event next(final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            final Event e = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e == null || !":".equals(e.type())) {
                return e;
            }
        }
    }

    /** The next comment or event, waiting at most {@code timeout}. */
    public Event nextAny(final Duration timeout) throws InterruptedException {
        return events.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        response.cancel(true);
        if (lines != null) {
            lines.close();
        }
    }
}
