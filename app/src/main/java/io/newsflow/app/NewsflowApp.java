package io.newsflow.app;

import io.newsflow.app.broker.EmbeddedKafkaBroker;
import io.newsflow.common.config.Settings;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.ops.OpsOptions;
import io.newsflow.common.service.Health;
import io.newsflow.common.service.ManagedService;
import io.newsflow.common.service.ServiceContext;
import io.newsflow.common.topic.Replication;
import io.newsflow.common.topic.Topic;
import io.newsflow.common.topic.TopicAdmin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * newsflow in one JVM: the embedded broker (unless a cluster is given), the topics, every service, and
 * a printer of what lands on {@code news.articles.current}. Closing stops them in reverse order.
 *
 * <p>The services share one {@link ServiceContext}: one {@link Metrics} registry ({@code service=newsflow})
 * and one ops handler, which the intake port serves ({@code /health/live}, {@code /health/ready} and
 * {@code /metrics} for all of them); each logs its summary line ({@code component=ingest|enrich|sink}).
 * The launcher knows the services only as {@link ServiceModule}s.
 */
public final class NewsflowApp implements ManagedService {

    private static final Logger LOG = LoggerFactory.getLogger(NewsflowApp.class);

    private final Deque<NamedCloseable> started;
    private final String bootstrapServers;
    private final List<ManagedService> services;

    private record NamedCloseable(String name, AutoCloseable resource) {
    }

    private NewsflowApp(final Deque<NamedCloseable> started, final String bootstrapServers,
            final List<ManagedService> services) {
        this.started = started;
        this.bootstrapServers = bootstrapServers;
        this.services = List.copyOf(services);
    }

    /**
     * Starts everything; on failure stops what had started and rethrows.
     *
     * @param out where the lines about {@code news.articles.current} go
     */
    public static NewsflowApp start(final Settings settings, final List<ServiceModule<?>> modules,
            final Consumer<String> out) {
        return start(settings, modules, Objects.requireNonNull(out, "out"), true);
    }

    /**
     * Starts everything but the printer of {@code news.articles.current}, whose consumer would take its
     * share of the cores for lines nobody reads (the benchmark); on failure stops what had started and
     * rethrows.
     */
    public static NewsflowApp start(final Settings settings, final List<ServiceModule<?>> modules) {
        return start(settings, modules, line -> { }, false);
    }

    private static NewsflowApp start(final Settings settings, final List<ServiceModule<?>> modules,
            final Consumer<String> out, final boolean print) {
        final String given = settings.get(AppOptions.BOOTSTRAP_SERVERS);
        final boolean embedded = given == null || given.isBlank();
        // Every configuration is read before anything starts, so a bad setting costs no broker start-up.
        final Map<String, String> preview = new HashMap<>(settings.asMap());
        if (embedded) {
            preview.put(AppOptions.BOOTSTRAP_SERVERS, "127.0.0.1:" + settings.getInt(AppOptions.BROKER_PORT, 0, 65_535));
        }
        modules.forEach(m -> m.configure(Settings.of(preview)));
        final Duration summaryInterval = OpsOptions.summaryInterval(settings);

        final Deque<NamedCloseable> started = new ArrayDeque<>();
        final Metrics metrics = Metrics.create("newsflow");
        started.push(new NamedCloseable("metrics", metrics));
        try {
            final Map<String, String> values = new HashMap<>(settings.asMap());
            String bootstrap = given;
            if (embedded) {
                final EmbeddedKafkaBroker broker = startBroker(settings, AppOptions.BROKER_PORT);
                started.push(new NamedCloseable("broker", broker));
                bootstrap = broker.bootstrapServers();
                keepStateWithBroker(settings, values, broker.dataDir());
            }
            values.put(AppOptions.BOOTSTRAP_SERVERS, bootstrap);
            final Settings effective = Settings.of(values);
            ensureTopics(bootstrap, effective, modules);
            if (print) {
                started.push(new NamedCloseable("printer",
                        CurrentArticlePrinter.start(bootstrap, effective.kafkaPassthrough(), out)));
            }
            final ServiceContext context = ServiceContext.of(metrics, summaryInterval);
            final List<ManagedService> services = new ArrayList<>();
            final List<ServiceModule.Seeds> seeders = new ArrayList<>();
            for (ServiceModule<?> module : modules) {
                final ServiceModule.Started service = module.start(effective, context);
                started.push(new NamedCloseable(module.name(), service.service()));
                services.add(service.service());
                seeders.add(service.seeds());
            }
            LOG.info("event=started bootstrapServers={} services={}", bootstrap,
                    services.stream().map(ManagedService::name).toList());
            ingestSeeds(settings, seeders, out);
            return new NewsflowApp(started, bootstrap, services);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    /** The embedded broker on the port of {@code portKey}, with its data in {@code --data-dir} if given. */
    static EmbeddedKafkaBroker startBroker(final Settings settings, final String portKey) {
        final EmbeddedKafkaBroker.Builder builder = EmbeddedKafkaBroker.builder()
                .port(settings.getInt(portKey, 0, 65_535));
        final String dataDir = settings.get(AppOptions.DATA_DIR);
        if (dataDir != null && !dataDir.isBlank()) {
            builder.dataDir(Path.of(dataDir));
        }
        return builder.build().start();
    }

    /**
     * Local Streams state left at its default moves into the broker's data directory: state kept in a
     * shared place would outlive a broker whose data is deleted on exit and meet a cluster that never
     * saw it.
     */
    private static void keepStateWithBroker(final Settings settings, final Map<String, String> values,
            final Path brokerDataDir) {
        settings.asMap().keySet().stream()
                .filter(k -> k.equals("state.dir") || k.endsWith(".state.dir"))
                .filter(k -> "default".equals(settings.sources().getOrDefault(k, "default")))
                .forEach(k -> values.put(k, brokerDataDir.resolve("streams").toString()));
    }

    /** The topics of every module, made sure of before anything reads them (the printer among them). */
    private static void ensureTopics(final String bootstrap, final Settings settings,
            final List<ServiceModule<?>> modules) {
        final Set<Topic<?, ?>> topics = new LinkedHashSet<>();
        modules.forEach(m -> topics.addAll(m.topics()));
        TopicAdmin.ensureTopics(bootstrap, settings.kafkaPassthrough(), "newsflow-admin", topics,
                settings.getInt(AppOptions.PARTITIONS, 1, 10_000), Replication.from(settings));
    }

    /** Publishes the articles of the seeds directory through the first service that takes them. */
    private static void ingestSeeds(final Settings settings, final List<ServiceModule.Seeds> seeders,
            final Consumer<String> out) {
        final String seeds = settings.get(AppOptions.SEEDS);
        if (seeds == null || seeds.isBlank()) {
            return;
        }
        final Path dir = Path.of(seeds);
        if (!Files.isDirectory(dir)) {
            LOG.info("event=seeds_skipped dir={} reason=not_a_directory", dir);
            return;
        }
        if (seeders.stream().noneMatch(s -> s.ingest(dir, out))) {
            LOG.warn("event=seeds_skipped dir={} reason=no_ingest_service", dir);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public List<ManagedService> services() {
        return services;
    }

    @Override
    public String name() {
        return "newsflow";
    }

    /** Up when every service is; otherwise the first service that is not, and why. */
    @Override
    public Health health() {
        for (ManagedService s : services) {
            final Health h = s.health();
            if (!h.ready()) {
                return new Health(h.live(), false, s.name() + ": " + h.reason());
            }
        }
        return Health.up();
    }

    /** Live while every service is. */
    @Override
    public boolean live() {
        return services.stream().allMatch(ManagedService::live);
    }

    /** Stops the services, the printer and the broker, newest first. */
    @Override
    public void close() {
        closeAll(started);
    }

    private static void closeAll(final Deque<NamedCloseable> started) {
        while (!started.isEmpty()) {
            final NamedCloseable next = started.pop();
            final long at = System.nanoTime();
            try {
                next.resource().close();
                LOG.info("event=stopped component={} tookMs={}", next.name(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - at));
            } catch (Exception e) {
                LOG.warn("event=stop_failed component={}", next.name(), e);
            }
        }
    }
}
