package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.NewsflowApp;
import io.newsflow.common.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once through a crash: enrich, then sink, runs as a JVM of its own, is killed with SIGKILL
 * while articles stream through, and is started again on the same state. Every article ends on
 * news.articles.current once, and news.articles.enriched (read_committed) holds each (id, revision) once.
 */
class CrashIT {

    private static final int ARTICLES = 2_000;
    private static final int KILL_AFTER = 200;
    private static final Duration FINISH = Duration.ofSeconds(240);

    /** The service JVMs' output, kept for reading after a failure. */
    private final Path logs = FaultRig.logDir("crash");

    @Test
    void enrichKilledMidStreamLosesAndDuplicatesNothing() throws Exception {
        final String prefix = KafkaCluster.uniqueId("crash-enrich");
        final String appId = "newsflow-enrich-" + prefix;
        final String stateDir = KafkaCluster.stateDir(prefix).toString();
        final String[] args = {"--bootstrap-servers", KafkaCluster.bootstrapServers(), "--enrich-application-id", appId,
            "--enrich-state-dir", stateDir, "--enrich-stream-threads", "1", "--ops-host", "127.0.0.1", "--ops-port", "0"};
        final Path log = logs.resolve(prefix + "-enrich.log");
        try (NewsflowApp sink = FaultRig.startInProcess(prefix, Set.of("sink"))) {
            crashAndRestart(prefix, log, () -> FaultRig.startJar("enrich", "enrich.jar", log, args));
        }
    }

    @Test
    void sinkKilledMidStreamLosesAndDuplicatesNothing() throws Exception {
        final String prefix = KafkaCluster.uniqueId("crash-sink");
        final String[] args = {"--bootstrap-servers", KafkaCluster.bootstrapServers(),
            "--sink-application-id", "newsflow-sink-" + prefix,
            "--sink-state-dir", KafkaCluster.stateDir(prefix).toString(), "--sink-stream-threads", "1",
            "--log-level", "info", "--ops-host", "127.0.0.1", "--ops-port", "0"};
        final Path log = logs.resolve(prefix + "-sink.log");
        try (NewsflowApp enrich = FaultRig.startInProcess(prefix, Set.of("enrich"))) {
            crashAndRestart(prefix, log, () -> FaultRig.startJar("sink", "sink.jar", log, args));
        }
    }

    private void crashAndRestart(final String prefix, final Path log, final java.util.function.Supplier<Process> jar)
            throws Exception {
        final List<String> ids = IntStream.range(0, ARTICLES).mapToObj(i -> prefix + "-" + i).toList();
        Process process = jar.get();
        try (FaultRig.CurrentView current = new FaultRig.CurrentView(k -> k.startsWith(prefix + "-"));
                KafkaProducer<byte[], byte[]> producer = KafkaCluster.producer()) {
            awaitRunning(process, log, 1);
            final CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> send(producer, ids));
            KafkaCluster.await(KILL_AFTER + " articles on current").atMost(FINISH)
                    .until(() -> current.poll().latest().size() >= KILL_AFTER);
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed JVM is gone");
            final int seenAtKill = current.poll().latest().size();
            assertTrue(seenAtKill < ARTICLES, "killed mid-stream, not after the end: " + seenAtKill);

            final long restartedAt = System.nanoTime();
            process = jar.get();
            awaitRunning(process, log, 2);
            System.out.printf("crash-test %s: restarted JVM running after %d ms%n", prefix,
                    (System.nanoTime() - restartedAt) / 1_000_000);
            sending.get(120, TimeUnit.SECONDS);
            KafkaCluster.await("all " + ARTICLES + " articles on current").atMost(FINISH)
                    .until(() -> current.poll().latest().size() >= ARTICLES);
            System.out.printf("crash-test %s: all %d articles on current %d ms after the restart%n", prefix, ARTICLES,
                    (System.nanoTime() - restartedAt) / 1_000_000);
            assertEquals(new TreeSet<>(ids), new TreeSet<>(current.latest().keySet()));
            current.latest().forEach((id, a) -> assertEquals(id, a.id()));
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        FaultRig.assertEachRevisionOnceOnEnriched(KafkaCluster.bootstrapServers(), prefix, ids);
    }

    private static void send(final KafkaProducer<byte[], byte[]> producer, final List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            producer.send(new ProducerRecord<>(Topics.RAW.name(), ids.get(i).getBytes(StandardCharsets.UTF_8),
                    FaultRig.json(FaultRig.shortArticle(ids.get(i), i))));
            if (i % 100 == 99) {
                // Paced, so that the kill lands while articles are still arriving.
                producer.flush();
            }
        }
        producer.flush();
    }

    /** Waits until the {@code n}-th start of the JVM logs its stream running. */
    private static void awaitRunning(final Process process, final Path log, final int n) {
        KafkaCluster.await("start " + n + " of the service JVM to reach RUNNING (log " + log + ")").atMost(FINISH)
                .until(() -> {
                    assertTrue(process.isAlive(), () -> "the service JVM exited: " + FaultRig.readLog(log));
                    final String text = FaultRig.readLog(log);
                    return text.split("to=RUNNING", -1).length - 1 >= n;
                });
    }
}
