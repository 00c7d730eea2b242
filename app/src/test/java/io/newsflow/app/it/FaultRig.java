package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.AppOptions;
import io.newsflow.app.NewsflowApp;
import io.newsflow.app.Services;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.Settings;
import io.newsflow.common.json.Json;
import io.newsflow.common.topic.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** What the fault tests share beyond the broker: services in this JVM or in their own, articles, views of topics. */
final class FaultRig {

    private FaultRig() {
    }

    /**
     * Starts the named services ({@code ingest}, {@code enrich}, {@code sink}) in this JVM on the shared
     * broker, under application ids and state directories of their own, and waits until they are ready.
     */
    static NewsflowApp startInProcess(final String name, final Set<String> serviceNames, final String... extra) {
        final NewsflowApp app = NewsflowApp.start(settings(name, extra), Services.named(serviceNames), line -> { });
        app.services().forEach(s -> KafkaCluster.await(s.name() + " to run").atMost(Duration.ofSeconds(120))
                .until(() -> s.health().ready()));
        return app;
    }

    /** The settings of every service under application ids and state directories named after {@code name}. */
    static Settings settings(final String name, final String... extra) {
        final List<String> args = new ArrayList<>(List.of(
                "--bootstrap-servers", KafkaCluster.bootstrapServers(),
                "--enrich-application-id", "newsflow-enrich-" + name,
                "--enrich-state-dir", KafkaCluster.stateDir(name + "-enrich").toString(),
                "--enrich-stream-threads", "1",
                "--sink-application-id", "newsflow-sink-" + name,
                "--sink-state-dir", KafkaCluster.stateDir(name + "-sink").toString(),
                "--sink-stream-threads", "1",
                "--ingest-http-port", "0",
                "--seeds", ""));
        args.addAll(List.of(extra));
        return ConfigLayers.load(AppOptions.all(Services.all()), args.toArray(String[]::new), Map.of()).settings();
    }

    /** A service jar run in a JVM of its own, its output in {@code log}. */
    static Process startJar(final String module, final String jarName, final Path log, final String... args) {
        final Path jar = Path.of("..", module, "target", jarName).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is missing: the reactor builds it before the app module");
        }
        final List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx512m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory under the module's build output for logs of this run. */
    static Path logDir(final String name) {
        try {
            return Files.createDirectories(Path.of("target", "it-logs", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String readLog(final Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short article of its own words under {@code id}. */
    static RawArticle shortArticle(final String id, final int n) {
        return new RawArticle(id, null, "Council meeting " + n + " in Geneva",
                "Delegates from Tripoli and Benghazi met in Geneva on Monday for round " + n
                        + " of the talks. Maria Keller, the mediator, said the ceasefire held.",
                "newsflow-test", null, "en", null, null);
    }

    static byte[] json(final RawArticle article) {
        return Json.writeBytes(article);
    }

    /**
     * The latest value per key of {@code news.articles.current} (tombstones remove the key), read with
     * read_committed; {@link #poll()} reads what has arrived since.
     */
    static final class CurrentView implements AutoCloseable {
        // Read as bytes: other tests may write records to the shared topic that are not articles.
        private final KafkaConsumer<byte[], byte[]> consumer;
        private final Map<String, EnrichedArticle> latest = new HashMap<>();
        private final Predicate<String> keys;

        CurrentView(final Predicate<String> keys) {
            this(KafkaCluster.bootstrapServers(), keys);
        }

        /** The view of another cluster's topic. */
        CurrentView(final String bootstrapServers, final Predicate<String> keys) {
            this.consumer = KafkaCluster.consumerFromStart(bootstrapServers, Topics.CURRENT.name(),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
            this.keys = keys;
        }

        CurrentView poll() {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                final String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
                if (key != null && keys.test(key)) {
                    if (r.value() == null) {
                        latest.remove(key);
                    } else {
                        latest.put(key, Topics.CURRENT.valueSerde().deserializer().deserialize(Topics.CURRENT.name(),
                                r.value()));
                    }
                }
            }
            return this;
        }

        Map<String, EnrichedArticle> latest() {
            return latest;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    /**
     * Each (id, revision) of the articles under {@code prefix} is on news.articles.enriched once
     * (read_committed), and the ids there are exactly {@code ids}.
     */
    static void assertEachRevisionOnceOnEnriched(final String bootstrapServers, final String prefix,
            final Collection<String> ids) {
        // Read as bytes: other tests write records to this topic that are not articles.
        final var values = Topics.ENRICHED.valueSerde().deserializer();
        try (KafkaConsumer<byte[], byte[]> enriched = KafkaCluster.consumerFromStart(bootstrapServers,
                Topics.ENRICHED.name(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            final Map<String, Long> counts = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : readToEnd(enriched)) {
                final String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
                if (key != null && key.startsWith(prefix + "-") && r.value() != null) {
                    final EnrichedArticle article = values.deserialize(Topics.ENRICHED.name(), r.value());
                    counts.merge(key + "@" + article.revision(), 1L, Long::sum);
                }
            }
            final Map<String, Long> duplicates = counts.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertTrue(duplicates.isEmpty(), "duplicate (id, revision) on enriched: " + duplicates.size() + " e.g. "
                    + duplicates.entrySet().stream().limit(5).toList());
            assertEquals(new TreeSet<>(ids), counts.keySet().stream().map(k -> k.substring(0, k.lastIndexOf('@')))
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    /** Every record of {@code consumer}'s partitions up to their end offsets as they are now. */
    static <K, V> List<ConsumerRecord<K, V>> readToEnd(final KafkaConsumer<K, V> consumer) {
        final List<ConsumerRecord<K, V>> seen = new ArrayList<>();
        final Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), KafkaCluster.TIMEOUT);
        final long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("did not reach the end offsets " + end);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return seen;
    }
}
