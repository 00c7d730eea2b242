package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.NewsflowApp;
import io.newsflow.app.broker.EmbeddedKafkaBroker;
import io.newsflow.ingest.IngestService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The broker stops for 15 s and comes back while articles are posted over HTTP: posts made while it is
 * down get 503, never 202, and every article that got 202 reaches news.articles.current.
 */
class IntakeBrokerOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final int POSTERS = 2;

    private record Post(String id, long startedAt, long endedAt, int status) {
    }

    @Test
    void everyAcceptedArticleArrivesAndPostsDuringTheOutageGet503() throws Exception {
        final String prefix = KafkaCluster.uniqueId("bounce");
        final EmbeddedKafkaBroker broker = KafkaCluster.broker();
        final List<Post> posts = new CopyOnWriteArrayList<>();
        final AtomicBoolean posting = new AtomicBoolean(true);
        final AtomicInteger counter = new AtomicInteger();
        final ExecutorService posters = Executors.newFixedThreadPool(POSTERS);
        long outageFrom;
        long outageTo;
        try (NewsflowApp app = FaultRig.startInProcess(prefix, Set.of("ingest", "enrich", "sink"),
                "--ingest-send-timeout", "2s")) {
            final int port = app.services().stream().filter(IngestService.class::isInstance)
                    .map(IngestService.class::cast).findFirst().orElseThrow().port();
            final URI uri = URI.create("http://127.0.0.1:" + port + "/articles");
            final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (int t = 0; t < POSTERS; t++) {
                posters.submit(() -> {
                    while (posting.get()) {
                        final int n = counter.getAndIncrement();
                        final String id = prefix + "-" + n;
                        final long startedAt = System.nanoTime();
                        int status;
                        try {
                            status = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(
                                            FaultRig.json(FaultRig.shortArticle(id, n)))).build(),
                                    HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        posts.add(new Post(id, startedAt, System.nanoTime(), status));
                    }
                    return null;
                });
            }
            KafkaCluster.await("20 accepted posts before the outage").atMost(Duration.ofSeconds(60))
                    .until(() -> accepted(posts) >= 20);
            broker.stop();
            outageFrom = System.nanoTime();
            Thread.sleep(OUTAGE.toMillis());
            outageTo = System.nanoTime();
            broker.start();
            final int acceptedBefore = accepted(posts);
            KafkaCluster.await("20 accepted posts after the broker came back").atMost(Duration.ofSeconds(120))
                    .until(() -> accepted(posts) >= acceptedBefore + 20);
            posting.set(false);
            posters.shutdown();
            assertTrue(posters.awaitTermination(60, TimeUnit.SECONDS));

            final Map<Integer, Long> statuses = posts.stream()
                    .collect(Collectors.groupingBy(Post::status, Collectors.counting()));
            assertTrue(statuses.keySet().stream().allMatch(s -> s == 202 || s == 503), "statuses " + statuses);
            final List<Post> duringOutage = posts.stream()
                    .filter(p -> p.startedAt() >= outageFrom && p.endedAt() <= outageTo).toList();
            assertTrue(duringOutage.size() >= 3, "posts while the broker was down: " + duringOutage.size());
            assertTrue(duringOutage.stream().allMatch(p -> p.status() == 503),
                    "a post during the outage was not 503: " + duringOutage.stream().map(Post::status).toList());

            final Set<String> acceptedIds = posts.stream().filter(p -> p.status() == 202).map(Post::id)
                    .collect(Collectors.toSet());
            try (FaultRig.CurrentView current = new FaultRig.CurrentView(k -> k.startsWith(prefix + "-"))) {
                KafkaCluster.await(acceptedIds.size() + " accepted articles on current").atMost(Duration.ofSeconds(180))
                        .until(() -> current.poll().latest().keySet().containsAll(acceptedIds));
                assertEquals(acceptedIds, current.latest().keySet().stream().filter(acceptedIds::contains)
                        .collect(Collectors.toSet()));
            }
        } finally {
            posting.set(false);
            posters.shutdownNow();
            if (!broker.isRunning()) {
                broker.start();
            }
        }
    }

    private static int accepted(final List<Post> posts) {
        return (int) posts.stream().filter(p -> p.status() == 202).count();
    }
}
