package io.newsflow.bench;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.topic.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The live stream's delay: a subscriber of {@code /api/stream?q=<marker>} and articles carrying the marker
 * sent one at a time to {@code news.articles.current}; each delay runs from just before the send to the
 * arrival of its event at the subscriber.
 */
final class SseDelay {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final String MARKER = "ssebenchmarker";

    private SseDelay() {
    }

    static double[] measure(final URI base, final KafkaProducer<String, byte[]> producer, final int events)
            throws Exception {
        final Map<String, Long> sent = new ConcurrentHashMap<>();
        final Map<String, Long> received = new ConcurrentHashMap<>();
        final CountDownLatch all = new CountDownLatch(events);
        final CountDownLatch connected = new CountDownLatch(1);
        final HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base.resolve("/api/stream?q=" + MARKER)).build(), HttpResponse.BodyHandlers.ofLines());
        final Thread reader = new Thread(() -> {
            try {
                response.body().forEach(line -> {
                    final long at = System.nanoTime();
                    if (line.startsWith(": connected")) {
                        connected.countDown();
                    } else if (line.startsWith("data: {")) {
                        try {
                            final String id = Json.mapper().readTree(line.substring(6)).get("id").asText();
                            if (received.putIfAbsent(id, at) == null) {
                                all.countDown();
                            }
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
            } catch (RuntimeException e) {
                // closed at the end
            }
        }, "bench-sse-reader");
        reader.setDaemon(true);
        reader.start();
        if (!connected.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the live stream did not open");
        }
        final ApiArticleGenerator generator = new ApiArticleGenerator(99);
        for (int i = 0; i < events; i++) {
            final EnrichedArticle base0 = generator.article(i);
            final String id = "bench-sse-" + i;
            final EnrichedArticle a = new EnrichedArticle(id, base0.url(), base0.title() + " " + MARKER, base0.body(),
                    base0.source(), base0.publishedAt(), "en", 1, base0.ingestedAt(), base0.people(),
                    base0.organizations(), base0.locations(), base0.countries(), base0.tracks(), base0.primaryTrack(),
                    base0.talks(), base0.enrichment());
            sent.put(id, System.nanoTime());
            producer.send(new ProducerRecord<>(Topics.CURRENT.name(), id, Json.writeBytes(a)));
            producer.flush();
            // One article every 20 ms: the delay of each, not of a queue of them.
            Thread.sleep(20);
        }
        if (!all.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the subscriber got " + received.size() + " of " + events + " articles");
        }
        response.body().close();
        final List<String> ids = List.copyOf(sent.keySet());
        final double[] ms = ids.stream().mapToDouble(id -> (received.get(id) - sent.get(id)) / 1e6).toArray();
        Arrays.sort(ms);
        return ms;
    }
}
