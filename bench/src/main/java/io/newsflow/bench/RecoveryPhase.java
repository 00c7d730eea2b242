package io.newsflow.bench;

import io.newsflow.common.article.RawArticle;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.json.Json;
import io.newsflow.common.service.FullSpeedJvm;
import io.newsflow.common.topic.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Kill and restart: enrich runs in a JVM of its own (as it does in production), articles are written to
 * {@code news.articles.raw} all at once, the JVM is SIGKILLed once a fifth of them are on {@code
 * news.articles.current} and started again at once. {@code recoverS} is the time from that restart to the
 * last article on current; what it has to do in that time is start, take its partitions back, fence the
 * dead instance's transaction and tag what remained, which at the tagger's own rate takes {@code tagS}.
 * Sink runs in the caller's JVM; nothing else may read {@code news.articles.raw} meanwhile.
 */
final class RecoveryPhase {

    /**
     * What a kill and restart cost.
     *
     * @param recoverS  seconds from the restart to the last article on current
     * @param remaining articles not yet on current when the JVM was killed
     * @param tagS      seconds the tagger alone takes for {@code remaining} articles
     */
    record Recovery(double recoverS, int remaining, double tagS) {
    }

    private final String bootstrap;
    private final Path stateDir;
    private final Path log;
    private final boolean stories;

    RecoveryPhase(final String bootstrap, final Path stateRoot, final boolean stories) {
        this.bootstrap = bootstrap;
        this.stories = stories;
        this.stateDir = stateRoot.resolve("enrich-recovery");
        this.log = stateRoot.resolve("enrich-recovery.log");
    }

    Recovery measure(final List<RawArticle> articles, final CurrentWatcher watcher, final double taggerRate)
            throws Exception {
        final List<String> ids = articles.stream().map(RawArticle::id).toList();
        watcher.expect(ids);
        Process enrich = start(1);
        try {
            try (KafkaProducer<String, byte[]> producer = KafkaClients.producer(bootstrap)) {
                for (RawArticle a : articles) {
                    producer.send(new ProducerRecord<>(Topics.RAW.name(), a.id(), Json.writeBytes(a)));
                }
            }
            final int killAfter = Math.max(1, ids.size() / 5);
            Await.until(killAfter + " articles on current", () -> watcher.arrived(ids) >= killAfter);
            enrich.destroyForcibly();
            if (!enrich.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the killed enrich JVM did not exit");
            }
            final int remaining = ids.size() - watcher.arrived(ids);
            final long restartedAt = System.nanoTime();
            enrich = start(2);
            final double runningS = (System.nanoTime() - restartedAt) / 1e9;
            Await.until("all " + ids.size() + " articles on current after the restart",
                    () -> watcher.arrived(ids) == ids.size());
            final long end = ids.stream().mapToLong(watcher::arrivedAt).max().orElseThrow();
            final long firstAfter = ids.stream().mapToLong(watcher::arrivedAt).filter(t -> t > restartedAt).min()
                    .orElse(end);
            final Recovery recovery = new Recovery((end - restartedAt) / 1e9, remaining, remaining / taggerRate);
            Report.say("recovery (enrich SIGKILLed after %d of %d articles, restarted at once): RUNNING %.1f s and the"
                    + " first article on current %.1f s after the restart, all %.1f s after it; tagging the %d left takes"
                    + " %.1f s at the warm tagger's rate", ids.size() - remaining, ids.size(), runningS,
                    (firstAfter - restartedAt) / 1e9, recovery.recoverS(), remaining, recovery.tagS());
            return recovery;
        } finally {
            enrich.destroyForcibly();
            enrich.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Starts enrich from this jar at full speed, and waits until it logs its {@code n}-th RUNNING. */
    private Process start(final int n) throws IOException {
        // The flags the launcher's relaunch would add, given here so that the timed start is one JVM.
        final List<String> command = new ArrayList<>(List.of(javaBinary(), "-XX:-DontCompileHugeMethods"));
        command.addAll(FullSpeedJvm.G1_SETTINGS);
        command.addAll(List.of("-cp", ownJar(), EnrichMain.class.getName(), "--bootstrap-servers", bootstrap,
                // The pipeline's application id: its committed offsets are at the end of news.articles.raw, so this
                // instance tags the recovery's articles only, as an instance taking over a running group would.
                "--enrich-application-id", PipelineApp.ENRICH_APPLICATION_ID, "--enrich-state-dir", stateDir.toString(),
                "--ops-host", "127.0.0.1", "--ops-port", "0",
                ConfigOption.flag(EnrichConfig.STORIES_ENABLED), String.valueOf(stories)));
        final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("NEWSFLOW_RELAUNCH", "false");
        final Process process = builder.start();
        Await.until("enrich's start " + n + " to reach RUNNING (log " + log + ")", () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("enrich exited with " + process.exitValue() + "; see " + log);
            }
            return runningCount() >= n;
        });
        return process;
    }

    private int runningCount() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8).split("to=RUNNING", -1).length - 1
                    : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String ownJar() {
        try {
            return Path.of(RecoveryPhase.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot find the bench's own jar", e);
        }
    }
}
