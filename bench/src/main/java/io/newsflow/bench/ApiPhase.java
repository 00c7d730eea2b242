package io.newsflow.bench;

import io.newsflow.api.ApiConfig;
import io.newsflow.api.ApiService;
import io.newsflow.app.broker.EmbeddedKafkaBroker;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.json.Json;
import io.newsflow.common.service.StreamsSettings;
import io.newsflow.common.topic.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code bench.jar api}: the api service over {@code --articles} generated enriched articles produced
 * straight to {@code news.articles.current} on an embedded broker. Measures how long the api takes to
 * index them, the latency of a filtered list and of a lookup by id (sequential requests over one
 * keep-alive connection, after a warm-up), the live stream's delay from the send to the subscriber, the
 * size of its stores on disk, and the time another instance with an empty state directory takes to
 * restore them from the changelogs.
 */
final class ApiPhase {

    static final String ARTICLES = "articles";
    static final String QUERIES = "queries";
    static final String EVENTS = "events";
    static final String THREADS = "stream-threads";
    static final String SEED = "seed";
    static final String LIST_QUERY = "/api/articles?country=LY&track=military&limit=50";
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(30);

    static final List<ConfigOption> OPTIONS = List.of(
            new ConfigOption(ARTICLES, "100000", "generated articles loaded into the api's stores"),
            new ConfigOption(QUERIES, "2000", "requests measured per query (after as many warm-up requests/4)"),
            new ConfigOption(EVENTS, "300", "articles sent while a live-stream subscriber measures their delay"),
            new ConfigOption(THREADS, "2", "stream threads of the api"),
            new ConfigOption(StreamsSettings.PARTITIONS, "4", "partitions of the topics"),
            new ConfigOption(SEED, "20201019", "seed of the article generator"));

    /** What one run measured; {@link #summary()} is its last line. */
    record Result(int articles, double loadSeconds, double listP50, double listP99, double getP50, double getP99,
            double sseP50, double sseP99, double storeMb, double restoreSeconds, int listSize) {

        String summary() {
            return String.format(Locale.ROOT, "api articles=%d loadS=%.1f listP50Ms=%.2f listP99Ms=%.2f"
                    + " getP50Ms=%.2f getP99Ms=%.2f sseP50Ms=%.1f sseP99Ms=%.1f storeMb=%.1f restoreS=%.1f",
                    articles, loadSeconds, listP50, listP99, getP50, getP99, sseP50, sseP99, storeMb, restoreSeconds);
        }
    }

    private ApiPhase() {
    }

    static Result run(final Settings settings) throws Exception {
        final int articles = settings.getInt(ARTICLES, 1, 10_000_000);
        final int queries = settings.getInt(QUERIES, 10, 1_000_000);
        final int events = settings.getInt(EVENTS, 10, 100_000);
        final int threads = settings.getInt(THREADS, 1, 64);
        final int partitions = settings.getInt(StreamsSettings.PARTITIONS, 1, 1000);
        final Path root = Files.createTempDirectory("newsflow-bench-api");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(0).dataDir(root.resolve("broker"))
                .build().start()) {
            final String bootstrap = broker.bootstrapServers();
            final String applicationId = "newsflow-api-bench";
            final Path firstState = root.resolve("state-1");
            final ApiService api = ApiService.start(config(bootstrap, applicationId, firstState, threads, partitions));
            final double loadSeconds;
            final double[] list;
            final double[] get;
            final double[] sse;
            final int listSize;
            final String countries;
            try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
                Await.until("the api to run", () -> api.health().ready());
                try (OffsetsCaughtUp offsets = new OffsetsCaughtUp(bootstrap, applicationId, Topics.CURRENT.name())) {
                    final long loadStart = System.nanoTime();
                    final ApiArticleGenerator generator = new ApiArticleGenerator(settings.getInt(SEED, 0, Integer.MAX_VALUE));
                    for (int i = 0; i < articles; i++) {
                        producer.send(new ProducerRecord<>(Topics.CURRENT.name(), "bench-api-" + i,
                                Json.writeBytes(generator.article(i))));
                    }
                    producer.flush();
                    System.out.printf(Locale.ROOT, "api produced %d articles in %.1f s%n", articles, seconds(loadStart));
                    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10)).build();
                    final URI base = URI.create("http://127.0.0.1:" + api.port());
                    final String lastId = "bench-api-" + (articles - 1);
                    waitFor("the api to index " + articles + " articles",
                            () -> status(http, base, "/api/articles/" + lastId) == 200 && offsets.caughtUp());
                    loadSeconds = seconds(loadStart);
                    System.out.printf(Locale.ROOT, "api indexed %d articles in %.1f s (from the first send)%n", articles,
                            loadSeconds);
                    listSize = Json.mapper().readTree(body(http, base, LIST_QUERY)).get("articles").size();
                    list = measure(http, base, queries, i -> LIST_QUERY);
                    final Random random = new Random(7);
                    get = measure(http, base, queries, i -> "/api/articles/bench-api-" + random.nextInt(articles));
                    sse = SseDelay.measure(base, producer, events);
                    countries = body(http, base, "/api/countries");
                }
            } finally {
                api.close();
            }
            final double storeMb = sizeMb(firstState);
            final Path secondState = root.resolve("state-2");
            final long restoreStart = System.nanoTime();
            final ApiService restored = ApiService.start(config(bootstrap, applicationId, secondState, threads,
                    partitions));
            final double restoreSeconds;
            try {
                final HttpClient http = HttpClient.newHttpClient();
                final URI base = URI.create("http://127.0.0.1:" + restored.port());
                // Restored when every partition's counts are back: a task answers only once all its stores are.
                waitFor("the restored api to answer", () -> restored.health().ready()
                        && status(http, base, "/api/countries") == 200 && countries.equals(quietBody(http, base)));
                restoreSeconds = seconds(restoreStart);
                final int again = Json.mapper().readTree(body(http, base, LIST_QUERY)).get("articles").size();
                if (again != listSize) {
                    throw new IllegalStateException("the restored stores answer " + again + " articles, not "
                            + listSize);
                }
            } finally {
                restored.close();
            }
            final Result r = new Result(articles, loadSeconds, Percentiles.of(list, 50), Percentiles.of(list, 99),
                    Percentiles.of(get, 50), Percentiles.of(get, 99), Percentiles.of(sse, 50), Percentiles.of(sse, 99),
                    storeMb, restoreSeconds, listSize);
            System.out.printf(Locale.ROOT, "api list %s: %d articles a page%n", LIST_QUERY, listSize);
            System.out.println(r.summary());
            return r;
        } finally {
            TempDirs.deleteRecursively(root);
        }
    }

    private static ApiConfig config(final String bootstrap, final String applicationId, final Path state,
            final int threads, final int partitions) {
        final ApiConfig base = ApiConfig.of(bootstrap, applicationId, state, 0);
        return new ApiConfig(new StreamsSettings("api", bootstrap, applicationId, state, partitions, threads,
                base.streams().commitInterval()), base.httpHost(), 0, "", base.replay(), base.subscribers(),
                base.subscriberQueue(), new Properties());
    }

    private static KafkaProducer<String, byte[]> producer(final String bootstrap) {
        final Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Milliseconds of each of {@code n} requests, sorted, after {@code n/4} unmeasured ones. */
    private static double[] measure(final HttpClient http, final URI base, final int n,
            final java.util.function.IntFunction<String> path) throws Exception {
        for (int i = 0; i < n / 4; i++) {
            body(http, base, path.apply(i));
        }
        final double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            final String p = path.apply(i);
            final long at = System.nanoTime();
            body(http, base, p);
            ms[i] = (System.nanoTime() - at) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static String body(final HttpClient http, final URI base, final String path) throws Exception {
        final HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static int status(final HttpClient http, final URI base, final String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String quietBody(final HttpClient http, final URI base) {
        try {
            return body(http, base, "/api/countries");
        } catch (Exception e) {
            return null;
        }
    }

    static double sizeMb(final Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / (1024.0 * 1024.0);
        }
    }

    /** Polls every 200 ms for {@link #LOAD_TIMEOUT} at the most (loading 100,000 articles on a small machine). */
    private static void waitFor(final String what, final java.util.function.BooleanSupplier condition) {
        final long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
        }
    }

    private static double seconds(final long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
