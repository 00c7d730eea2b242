package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.NewsflowApp;
import io.newsflow.common.topic.Topics;
import io.newsflow.ingest.IngestService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

/**
 * newsflow past one machine: three brokers (the services create their topics at 3 replicas, 2 in sync, by
 * default), two enrich and two sink
 * instances in JVMs of their own, articles posted over HTTP throughout. Mid-stream one broker and one
 * enrich instance are killed with SIGKILL; the broker comes back, the enrich instance does not. Every
 * article the intake acknowledged with 202 reaches news.articles.current, each (id, revision) is on
 * news.articles.enriched once (read_committed), and the surviving enrich instance did the dead one's work.
 */
class ClusterIT {

    private static final int ARTICLES = 400;
    private static final int KILL_AFTER = 80;
    private static final Duration FINISH = Duration.ofSeconds(300);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Path logs = FaultRig.logDir("cluster");

    @Test
    void brokerAndEnrichKilledMidStreamLoseAndDuplicateNothing() throws Exception {
        final String prefix = KafkaCluster.uniqueId("cluster");
        try (ThreeBrokers cluster = ThreeBrokers.start(prefix)) {
            final String bootstrap = cluster.bootstrapServers();
            final List<Process> services = new ArrayList<>();
            try {
                final Process enrichA = enrich(prefix, "a", bootstrap);
                final Process enrichB = enrich(prefix, "b", bootstrap);
                services.addAll(List.of(enrichA, enrichB, sink(prefix, "a", bootstrap), sink(prefix, "b", bootstrap)));
                for (int i = 0; i < services.size(); i++) {
                    awaitRunning(services.get(i), log(prefix, i));
                }
                assertReplicatedByDefault(cluster, prefix);
                // Opened once the services made their topics: reading a missing news.articles.current would
                // have the brokers auto-create it, uncompacted, and sink would rightly refuse to start.
                try (FaultRig.CurrentView current = new FaultRig.CurrentView(bootstrap, k -> k.startsWith(prefix + "-"))) {
                    try (NewsflowApp ingest = FaultRig.startInProcess(prefix + "-ingest", Set.of("ingest"),
                            "--bootstrap-servers", bootstrap)) {
                        final int port = ingest.services().stream().filter(IngestService.class::isInstance)
                                .map(IngestService.class::cast).findFirst().orElseThrow().port();
                        final Set<String> accepted = ConcurrentHashMap.newKeySet();
                        final CompletableFuture<Void> posting = CompletableFuture.runAsync(() -> post(port, prefix, accepted));

                        KafkaCluster.await(KILL_AFTER + " articles on current").atMost(FINISH)
                                .until(() -> current.poll().latest().size() >= KILL_AFTER);
                        cluster.kill(2);
                        enrichA.destroyForcibly();
                        assertTrue(enrichA.waitFor(30, TimeUnit.SECONDS), "the killed enrich JVM is gone");
                        final int atKill = current.poll().latest().size();
                        final long killedAt = System.nanoTime();
                        KafkaCluster.await("progress with one broker and one enrich instance down").atMost(FINISH)
                                .until(() -> current.poll().latest().size() >= atKill + 20);
                        System.out.printf("cluster-test %s: 20 more articles on current %d ms after the kills%n", prefix,
                                (System.nanoTime() - killedAt) / 1_000_000);
                        cluster.restart(2);

                        posting.get(FINISH.toSeconds(), TimeUnit.SECONDS);
                        assertTrue(accepted.size() >= ARTICLES * 9 / 10, "the intake accepted " + accepted.size());
                        KafkaCluster.await("every accepted article on current").atMost(FINISH)
                                .until(() -> current.poll().latest().keySet().containsAll(accepted));
                        assertTrue(atKill < accepted.size(), "killed mid-stream: " + atKill + " of " + accepted.size());
                    }
                    assertTrue(enrichB.isAlive(), "the surviving enrich instance is still running");
                    FaultRig.assertEachRevisionOnceOnEnriched(bootstrap, prefix, current.latest().keySet());
                }
            } finally {
                for (Process p : services) {
                    p.destroy();
                }
                for (Process p : services) {
                    if (!p.waitFor(30, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                }
            }
        }
    }

    /**
     * The services made the topics themselves: 3 replicas and min.insync.replicas 2 by default on three
     * brokers, the contract's topics and sink's internal (changelog) topic alike.
     */
    private static void assertReplicatedByDefault(final ThreeBrokers cluster, final String prefix) throws Exception {
        try (Admin admin = cluster.admin()) {
            final List<String> names = new ArrayList<>(List.of(Topics.RAW.name(), Topics.ENRICHED.name(),
                    Topics.CURRENT.name(), Topics.DLQ.name()));
            admin.listTopics().names().get(60, TimeUnit.SECONDS).stream()
                    .filter(n -> n.startsWith("newsflow-sink-" + prefix) && n.endsWith("-changelog")).forEach(names::add);
            assertTrue(names.size() > 4, "sink's changelog topic is among " + names);
            admin.describeTopics(names).allTopicNames().get(60, TimeUnit.SECONDS).values().forEach(d -> d.partitions()
                    .forEach(p -> assertEquals(ThreeBrokers.NODES, p.replicas().size(), d.name())));
            final var resources = names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
            admin.describeConfigs(resources).all().get(60, TimeUnit.SECONDS).forEach((r, c) -> assertEquals("2",
                    c.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value(), r.name()));
        }
    }

    private Process enrich(final String prefix, final String instance, final String bootstrap) {
        return FaultRig.startJar("enrich", "enrich.jar", log(prefix, "enrich-" + instance),
                "--bootstrap-servers", bootstrap, "--enrich-application-id", "newsflow-enrich-" + prefix,
                "--enrich-state-dir", KafkaCluster.stateDir(prefix + "-enrich-" + instance).toString(),
                "--enrich-stream-threads", "1", "--ops-host", "127.0.0.1", "--ops-port", "0");
    }

    private Process sink(final String prefix, final String instance, final String bootstrap) {
        return FaultRig.startJar("sink", "sink.jar", log(prefix, "sink-" + instance),
                "--bootstrap-servers", bootstrap, "--sink-application-id", "newsflow-sink-" + prefix,
                "--sink-state-dir", KafkaCluster.stateDir(prefix + "-sink-" + instance).toString(),
                "--sink-stream-threads", "1", "--ops-host", "127.0.0.1", "--ops-port", "0");
    }

    private Path log(final String prefix, final String name) {
        return logs.resolve(prefix + "-" + name + ".log");
    }

    private Path log(final String prefix, final int index) {
        return log(prefix, List.of("enrich-a", "enrich-b", "sink-a", "sink-b").get(index));
    }

    /** Posts the articles one by one; a 202 is the intake's word that the cluster has the article. */
    private static void post(final int port, final String prefix, final Set<String> accepted) {
        for (int i = 0; i < ARTICLES; i++) {
            final String id = prefix + "-" + i;
            final HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(FaultRig.json(FaultRig.shortArticle(id, i)))).build();
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 202) {
                    accepted.add(id);
                }
            } catch (java.io.IOException e) {
                // Not accepted: the producer of such an article would send it again; it is not counted.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void awaitRunning(final Process process, final Path log) {
        KafkaCluster.await("the service JVM to reach RUNNING (log " + log + ")").atMost(FINISH).until(() -> {
            assertTrue(process.isAlive(), () -> "the service JVM exited: " + FaultRig.readLog(log));
            return FaultRig.readLog(log).contains("to=RUNNING");
        });
    }
}
