package io.newsflow.bench;

import io.newsflow.app.AppOptions;
import io.newsflow.app.NewsflowApp;
import io.newsflow.app.ServiceModule;
import io.newsflow.app.Services;
import io.newsflow.app.broker.EmbeddedKafkaBroker;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.json.Json;
import io.newsflow.common.service.ManagedService;
import io.newsflow.common.topic.Topic;
import io.newsflow.common.topic.TopicAdmin;
import io.newsflow.common.topic.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.tagger.Enricher;
import io.newsflow.tagger.Enrichers;
import io.newsflow.tagger.geo.PlaceResolver;
import io.newsflow.tagger.ner.EntityTags;
import io.newsflow.ingest.ArticleFiles;
import io.newsflow.ingest.IngestService;
import io.newsflow.sink.SinkConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code bench.jar}: how fast newsflow is on this machine, every figure measured in the same
 * run on embedded brokers. The tagger alone (the enricher called from as many threads as there are
 * processors, no Kafka); the enrich topology with tagging switched off (the Kafka ceiling); the whole
 * pipeline from HTTP intake to {@code news.articles.current}; end-to-end latency at a fixed rate; the
 * peak heap of the JVM, which holds the broker and every service.
 */
public final class Bench {

    static final String ARTICLES = "articles";
    static final String RATE = "rate";
    static final String TOKENS = "tokens";
    static final String SEED = "seed";
    static final String CONCURRENCY = "concurrency";

    public static final List<ConfigOption> OPTIONS = List.of(
            new ConfigOption(ARTICLES, "2000", "articles per measured run"),
            new ConfigOption(RATE, "0", "articles/s of the latency run; 0: half the measured pipeline rate"),
            new ConfigOption(TOKENS, "600", "length of a generated article in tokens"),
            new ConfigOption(SEED, "20201019", "seed of the article generator"),
            new ConfigOption(CONCURRENCY, "32", "HTTP requests in flight while measuring the pipeline's rate"),
            new ConfigOption(AppOptions.SEEDS, "seeds", "directory of articles added to the generated ones"),
            serviceOption(EnrichConfig.OPTIONS, EnrichConfig.COMMIT_INTERVAL),
            serviceOption(SinkConfig.OPTIONS, SinkConfig.COMMIT_INTERVAL),
            io.newsflow.common.ops.OpsOptions.LOG_LEVEL_OPTION);

    private static final Duration WAIT = Duration.ofMinutes(10);
    /** Articles per warm-up round. */
    private static final int WARM_UP = 200;
    /** The JIT compiler's share of the last warm-up rounds' wall time under which the code counts as warm. */
    private static final double SETTLED_JIT_SHARE = 0.05;
    private static final int SETTLED_ROUNDS = 3;
    private static final Duration MAX_WARM_UP = Duration.ofMinutes(4);

    private final int processors = Runtime.getRuntime().availableProcessors();
    private final Settings settings;

    private Bench(final Settings settings) {
        this.settings = settings;
    }

    /** What {@link #run} measured, in articles/s and ms. */
    public record Result(double pipeline, double tagger, double taggerTokens, double passthrough, double p50Ms,
            double p99Ms, long heapMb, double rate) {

        public double ratio() {
            return pipeline / tagger;
        }

        public String summary() {
            return String.format(Locale.ROOT,
                    "bench pipeline=%.1f tagger=%.1f passthrough=%.1f ratio=%.2f p50Ms=%.0f p99Ms=%.0f heapMb=%d",
                    pipeline, tagger, passthrough, ratio(), p50Ms, p99Ms, heapMb);
        }
    }

    public static Result run(final Settings settings) throws Exception {
        return new Bench(settings).measure();
    }

    public static List<ConfigOption> options() {
        return OPTIONS;
    }

    private Result measure() throws Exception {
        final int n = settings.getInt(ARTICLES, 10, 10_000_000);
        final int tokens = settings.getInt(TOKENS, 20, 100_000);
        final ArticleGenerator generator = new ArticleGenerator(settings.getInt(SEED, 0, Integer.MAX_VALUE), tokens);
        final List<RawArticle> seeds = seeds();
        say("machine: %d processors, max heap %d MB; %d partitions and %d stream threads (the defaults); %d articles"
                + " of ~%d tokens per run + %d seed article(s)", processors, Runtime.getRuntime().maxMemory() >> 20,
                TopicAdmin.defaultPartitions(), processors, n, tokens, seeds.size());

        final List<RawArticle> tagged = articles("tag", n, generator, seeds);
        final double meanTokens = tagged.stream().mapToInt(Bench::tokensOf).average().orElse(0);
        final double[] tagger = taggerAlone(generator, tagged);
        say("tagger alone: %.1f articles/s, %.0f tokens/s (%d threads, mean %.0f tokens/article)", tagger[0],
                tagger[1], processors, meanTokens);

        final double passthrough = passthrough(articles("pass", n, generator, seeds));
        say("passthrough (enrich topology, no tagging, exactly_once_v2): %.1f articles/s", passthrough);

        final Path stateRoot = Files.createTempDirectory("newsflow-bench-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(0).build().start();
                NewsflowApp app = NewsflowApp.start(pipelineSettings(broker.bootstrapServers(), stateRoot),
                        Services.all())) {
            awaitReady(app);
            final URI uri = URI.create("http://127.0.0.1:" + ingestPort(app) + "/articles");
            try (CurrentWatcher watcher = new CurrentWatcher(broker.bootstrapServers())) {
                warmUp("pipeline", round -> post(uri, articles("pipewarm" + round, WARM_UP, generator, List.of()),
                        watcher, 0));
                final double pipeline = post(uri, articles("pipe", n, generator, seeds), watcher, 0)[0];
                say("pipeline (HTTP intake to news.articles.current, exactly_once_v2): %.1f articles/s", pipeline);
                say("ratio pipeline/tagger alone: %.2f", pipeline / tagger[0]);

                final double given = Double.parseDouble(settings.get(RATE));
                final double rate = given > 0 ? given : pipeline / 2;
                final int latencyArticles = (int) Math.max(100, Math.min(n, rate * 30));
                final double[] latency = post(uri, articles("lat", latencyArticles, generator, List.of()), watcher,
                        rate);
                say("latency at %.1f articles/s (%d articles, posted at a fixed rate): p50=%.0f ms p99=%.0f ms",
                        rate, latencyArticles, latency[1], latency[2]);
                final long heapMb = peakHeapMb();
                say("peak heap: %d MB of %d MB allowed; live after a full GC: %d MB (the whole JVM: broker, ingest,"
                        + " enrich, sink and this client)", heapMb, Runtime.getRuntime().maxMemory() >> 20, liveHeapMb());
                final Result result = new Result(pipeline, tagger[0], tagger[1], passthrough, latency[1], latency[2],
                        heapMb, rate);
                System.out.println(result.summary());
                return result;
            }
        } finally {
            deleteRecursively(stateRoot);
        }
    }

    private double[] taggerAlone(final ArticleGenerator generator, final List<RawArticle> articles)
            throws Exception {
        final Enricher enricher = Enrichers.standard();
        warmUp("tagger", round -> runTagger(enricher, articles("warm" + round, WARM_UP, generator, List.of())));
        final long at = System.nanoTime();
        runTagger(enricher, articles);
        final double seconds = (System.nanoTime() - at) / 1e9;
        final long tokens = articles.stream().mapToLong(Bench::tokensOf).sum();
        return new double[] {articles.size() / seconds, tokens / seconds};
    }

    private void runTagger(final Enricher enricher, final List<RawArticle> articles) throws Exception {
        final AtomicInteger next = new AtomicInteger();
        final ExecutorService pool = Executors.newFixedThreadPool(processors);
        try {
            final List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < processors; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        final RawArticle a = articles.get(i);
                        enricher.enrich(a.id(), a, 1L);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One warm-up round; {@code round} counts from 0. */
    @FunctionalInterface
    private interface WarmUpRound {
        void run(int round) throws Exception;
    }

    /**
     * Runs rounds until the JIT compiler's time over the last {@value #SETTLED_ROUNDS} rounds falls under
     * {@value #SETTLED_JIT_SHARE} of their wall time: what is measured next is then compiled code, as in a
     * service that has run for a while, not the compiler competing with it for the same cores.
     */
    private static void warmUp(final String what, final WarmUpRound round) throws Exception {
        final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        final boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        final long start = System.nanoTime();
        // {compiler ms, wall ms} of the latest rounds; without the compiler's time, the rounds count alone.
        final ArrayDeque<double[]> recent = new ArrayDeque<>();
        double share = 0;
        int rounds = 0;
        while (System.nanoTime() - start < MAX_WARM_UP.toNanos()) {
            final long compiledMs = timed ? jit.getTotalCompilationTime() : 0;
            final long at = System.nanoTime();
            round.run(rounds++);
            recent.addLast(new double[] {timed ? jit.getTotalCompilationTime() - compiledMs : 0,
                (System.nanoTime() - at) / 1e6});
            if (recent.size() > SETTLED_ROUNDS) {
                recent.removeFirst();
            }
            share = recent.stream().mapToDouble(r -> r[0]).sum() / recent.stream().mapToDouble(r -> r[1]).sum();
            if (recent.size() == SETTLED_ROUNDS && share < SETTLED_JIT_SHARE) {
                break;
            }
        }
        say("warm-up (%s): %d articles in %.1f s; JIT compiler time over the last rounds: %s", what,
                rounds * WARM_UP, (System.nanoTime() - start) / 1e9,
                timed ? String.format(Locale.ROOT, "%.1f %% of their wall time", share * 100) : "not reported");
    }

    /** The enrich topology with taggers that find nothing, fed by a producer: Kafka and JSON alone. */
    private double passthrough(final List<RawArticle> articles) throws Exception {
        final Path state = Files.createTempDirectory("newsflow-bench-passthrough-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(0).build().start()) {
            final String bootstrap = broker.bootstrapServers();
            createTopics(bootstrap);
            final EnrichConfig cfg = new EnrichConfig(bootstrap, "newsflow-bench-passthrough", state,
                    TopicAdmin.defaultPartitions(), processors, Duration.ofMillis(100), 1024 * 1024, new Properties());
            final Enricher untagged = new Enricher((title, body) -> EntityTags.NONE, PlaceResolver.unresolved(),
                    Enrichers.noTracks(), Clock.systemUTC());
            final KafkaStreams streams = new KafkaStreams(EnrichTopology.buildTopology(cfg, untagged),
                    EnrichTopology.streamsConfig(cfg));
            try (KafkaConsumer<String, byte[]> enriched = consumer(bootstrap, Topics.ENRICHED.name());
                    KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
                streams.start();
                awaitUntil("the passthrough stream to run", () -> streams.state() == KafkaStreams.State.RUNNING);
                final long at = System.nanoTime();
                for (RawArticle a : articles) {
                    producer.send(new ProducerRecord<>(Topics.RAW.name(), a.id(), Json.writeBytes(a)));
                }
                producer.flush();
                int seen = 0;
                final long deadline = System.nanoTime() + WAIT.toNanos();
                while (seen < articles.size()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("passthrough: only " + seen + " articles within " + WAIT);
                    }
                    seen += enriched.poll(Duration.ofMillis(100)).count();
                }
                return articles.size() / ((System.nanoTime() - at) / 1e9);
            } finally {
                streams.close(Duration.ofSeconds(30));
            }
        } finally {
            deleteRecursively(state);
        }
    }

    /**
     * Posts every article over HTTP and waits until all are on {@code news.articles.current}: as fast as
     * {@code concurrency} requests in flight allow when {@code rate} is 0, else one every 1/rate s.
     *
     * @return articles/s from the first post to the last arrival, then p50 and p99 latency in ms
     */
    private double[] post(final URI uri, final List<RawArticle> articles, final CurrentWatcher watcher,
            final double rate) throws Exception {
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        final Semaphore inFlight = new Semaphore(rate > 0 ? 10_000 : settings.getInt(CONCURRENCY, 1, 10_000));
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
        awaitUntil(articles.size() + " articles on news.articles.current", () -> {
            if (failed.get() > 0) {
                throw new IllegalStateException(failed.get() + " posts were not accepted");
            }
            return watcher.arrived(ids) == ids.size();
        });
        final long end = ids.stream().mapToLong(watcher::arrivedAt).max().orElseThrow();
        final double[] latencies = ids.stream().mapToDouble(id -> (watcher.arrivedAt(id) - sentAt.get(id)) / 1e6)
                .sorted().toArray();
        return new double[] {ids.size() / ((end - start) / 1e9), percentile(latencies, 50),
            percentile(latencies, 99)};
    }

    /** The pipeline's settings: its defaults but for what the bench sets, and the given kafka.* settings. */
    private Settings pipelineSettings(final String bootstrap, final Path stateRoot) {
        final List<String> args = new ArrayList<>(List.of(
            "--bootstrap-servers", bootstrap,
            "--enrich-application-id", "newsflow-enrich-bench",
            "--enrich-state-dir", stateRoot.resolve("enrich").toString(),
            "--sink-application-id", "newsflow-sink-bench",
            "--sink-state-dir", stateRoot.resolve("sink").toString(),
            "--ingest-http-port", "0",
            "--seeds", "",
            ConfigOption.flag(EnrichConfig.COMMIT_INTERVAL), settings.get(EnrichConfig.COMMIT_INTERVAL),
            ConfigOption.flag(SinkConfig.COMMIT_INTERVAL), settings.get(SinkConfig.COMMIT_INTERVAL)));
        settings.kafkaPassthrough()
                .forEach((k, v) -> args.addAll(List.of(ConfigOption.flag(Settings.KAFKA_PREFIX + k), (String) v)));
        final List<ServiceModule<?>> modules = Services.all();
        return ConfigLayers.load(AppOptions.all(modules), args.toArray(String[]::new), Map.of()).settings();
    }

    /** A service's own option, default and help included, for the bench to pass on to the pipeline. */
    private static ConfigOption serviceOption(final List<ConfigOption> options, final String key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no option " + key));
    }

    private void createTopics(final String bootstrap) {
        final Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        final List<Topic<?, ?>> topics = new ArrayList<>(EnrichService.topics());
        topics.add(Topics.CURRENT);
        try (Admin admin = Admin.create(props)) {
            TopicAdmin.ensureTopics(admin, topics, TopicAdmin.defaultPartitions());
        }
    }

    private List<RawArticle> seeds() {
        final String dir = settings.get(AppOptions.SEEDS);
        if (dir == null || dir.isBlank() || !Files.isDirectory(Path.of(dir))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return ArticleFiles.readAll(files.sorted().toList()).stream().filter(ArticleFiles.Entry::ok)
                    .map(ArticleFiles.Entry::article).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code n} articles, generated but for one in every 100, which is a seed article when there are seeds. */
    private static List<RawArticle> articles(final String prefix, final int n, final ArticleGenerator generator,
            final List<RawArticle> seeds) {
        final List<RawArticle> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            final String id = "bench-" + prefix + "-" + i;
            list.add(!seeds.isEmpty() && i % 100 == 50 ? seeds.get((i / 100) % seeds.size()).withId(id)
                    : generator.next(id, i));
        }
        return list;
    }

    private static int tokensOf(final RawArticle a) {
        return ArticleGenerator.countTokens(a.title() == null ? "" : a.title())
                + ArticleGenerator.countTokens(a.body() == null ? "" : a.body());
    }

    private static double percentile(final double[] sorted, final int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        final int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    /** The heap still reachable once the garbage is collected: what the JVM needs at the least. */
    private static long liveHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    /** Upper bound of the heap in use at any time: the sum of each heap pool's own peak. */
    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static void awaitReady(final NewsflowApp app) {
        for (ManagedService s : app.services()) {
            awaitUntil(s.name() + " to be ready", () -> s.health().ready());
        }
    }

    private static int ingestPort(final NewsflowApp app) {
        return app.services().stream().filter(IngestService.class::isInstance).map(IngestService.class::cast)
                .findFirst().orElseThrow().port();
    }

    private static void awaitUntil(final String what, final java.util.function.BooleanSupplier condition) {
        final long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private static KafkaProducer<String, byte[]> producer(final String bootstrap) {
        final Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    static KafkaConsumer<String, byte[]> consumer(final String bootstrap, final String topic) {
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        final KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer());
        final List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** Reads news.articles.current on a thread of its own and notes when each awaited id first arrives. */
    private static final class CurrentWatcher implements AutoCloseable {
        private final Map<String, Long> expected = new ConcurrentHashMap<>();
        private final Map<String, Long> arrived = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        CurrentWatcher(final String bootstrap) {
            thread = new Thread(() -> {
                try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, Topics.CURRENT.name())) {
                    while (running.get()) {
                        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                            if (r.key() != null && r.value() != null && expected.containsKey(r.key())) {
                                arrived.putIfAbsent(r.key(), System.nanoTime());
                            }
                        }
                    }
                }
            }, "bench-current-watcher");
            thread.setDaemon(true);
            thread.start();
        }

        void expect(final List<String> ids) {
            ids.forEach(id -> expected.put(id, 0L));
        }

        int arrived(final List<String> ids) {
            return (int) ids.stream().filter(arrived::containsKey).count();
        }

        long arrivedAt(final String id) {
            return arrived.get(id);
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(10_000);
        }
    }

    private static void say(final String format, final Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    private static void deleteRecursively(final Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Temporary files only: what is left is cleaned by the OS.
        }
    }
}
