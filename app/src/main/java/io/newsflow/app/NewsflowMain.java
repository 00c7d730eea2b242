package io.newsflow.app;

import io.newsflow.app.broker.BrokerException;
import io.newsflow.app.broker.EmbeddedKafkaBroker;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.log.Logging;
import io.newsflow.common.ops.OpsOptions;
import io.newsflow.common.topic.TopicConfigException;
import io.newsflow.ingest.IngestStartException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar newsflow.jar [options]}: the embedded broker and every service in one JVM, until
 * Ctrl-C. {@code java -jar newsflow.jar broker [--port 9092] [--data-dir D]}: the embedded broker alone.
 */
public final class NewsflowMain {

    static {
        Logging.init("newsflow");
    }

    static final int EXIT_BAD_CONFIG = 2;
    static final int EXIT_FAILED = 1;
    private static final String BROKER_COMMAND = "broker";
    private static final String BENCH_COMMAND = "bench";
    private static final String USAGE = """
            Usage: java -jar newsflow.jar [options]
                   java -jar newsflow.jar broker [--port 9092] [--data-dir DIR]
            Without a command: starts a single-node Kafka broker on 127.0.0.1 (unless --bootstrap-servers names
            a cluster), creates the newsflow topics, runs ingest, enrich and sink, ingests the seeds directory
            and prints one line per article that lands on news.articles.current, until Ctrl-C.
            broker: runs the embedded Kafka broker alone.
            The benchmark is a jar of its own: java -jar bench/target/bench.jar [--articles 2000] [--rate R]""";

    private NewsflowMain() {
    }

    public static void main(final String[] args) throws InterruptedException {
        if (args.length > 0 && BROKER_COMMAND.equals(args[0])) {
            runBroker(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && BENCH_COMMAND.equals(args[0])) {
            runBench();
        } else {
            runAll(args);
        }
    }

    private static void runAll(final String[] args) throws InterruptedException {
        final List<ServiceModule<?>> modules = Services.all();
        final List<ConfigOption> options = AppOptions.all(modules);
        final Settings settings = parse(options, args);
        if (settings == null) {
            return;
        }
        final long startedAt = System.nanoTime();
        final NewsflowApp app;
        try {
            app = NewsflowApp.start(settings, modules, System.out::println);
            System.out.printf("newsflow running on %s (started in %d ms); Ctrl-C to stop%n", app.bootstrapServers(),
                    (System.nanoTime() - startedAt) / 1_000_000);
        } catch (ConfigException e) {
            System.err.println("newsflow: " + e.getMessage());
            System.exit(EXIT_BAD_CONFIG);
            return;
        } catch (TopicConfigException | BrokerException | IngestStartException e) {
            System.err.println("newsflow: " + e.getMessage());
            System.exit(EXIT_FAILED);
            return;
        }
        awaitShutdown(app, () -> app.services().stream()
                .filter(s -> !s.health().live())
                .map(s -> s.name() + ": " + s.health().reason())
                .findFirst());
    }

    private static void runBroker(final String[] args) throws InterruptedException {
        final Settings settings = parse(AppOptions.BROKER, args);
        if (settings == null) {
            return;
        }
        final EmbeddedKafkaBroker broker;
        try {
            final EmbeddedKafkaBroker.Builder builder = EmbeddedKafkaBroker.builder()
                    .port(settings.getInt(AppOptions.PORT, 0, 65_535));
            final String dataDir = settings.get(AppOptions.DATA_DIR);
            if (dataDir != null && !dataDir.isBlank()) {
                builder.dataDir(Path.of(dataDir));
            }
            broker = builder.build().start();
        } catch (ConfigException e) {
            System.err.println("newsflow broker: " + e.getMessage());
            System.exit(EXIT_BAD_CONFIG);
            return;
        } catch (BrokerException e) {
            System.err.println("newsflow broker: " + e.getMessage());
            System.exit(EXIT_FAILED);
            return;
        }
        System.out.printf("Kafka broker listening on %s (data in %s); Ctrl-C to stop%n", broker.bootstrapServers(),
                broker.dataDir());
        awaitShutdown(broker, () -> broker.isRunning() ? Optional.empty() : Optional.of("the broker stopped"));
    }

    /** The benchmark left the production jar; whoever still asks for it here learns where it went. */
    private static void runBench() {
        System.err.println("newsflow: bench is not part of newsflow.jar; run java -jar bench/target/bench.jar"
                + " [--articles N] [--rate R]");
        System.exit(EXIT_BAD_CONFIG);
    }

    /**
     * Parses the command line, prints help when asked (then returns null), exits with
     * {@value #EXIT_BAD_CONFIG} on a bad option, and applies {@code --log-level}.
     */
    private static Settings parse(final List<ConfigOption> options, final String[] args) {
        try {
            final ConfigLayers.Parsed parsed = ConfigLayers.load(options, args, System.getenv());
            if (parsed.helpRequested()) {
                System.out.println(ConfigLayers.help(USAGE, options));
                return null;
            }
            if (!parsed.positional().isEmpty()) {
                throw new ConfigException("unexpected arguments " + parsed.positional() + " (see --help)");
            }
            final Settings settings = parsed.settings();
            OpsOptions.applyLogLevel(settings);
            LoggerFactory.getLogger(NewsflowMain.class).info("event=config {}", settings.describe());
            return settings;
        } catch (ConfigException e) {
            System.err.println("newsflow: " + e.getMessage());
            System.exit(EXIT_BAD_CONFIG);
            return null;
        }
    }

    /**
     * Waits for Ctrl-C, then closes {@code running} within the shutdown hook. Leaves with
     * {@value #EXIT_FAILED} when {@code failure} reports that something stopped on its own.
     */
    private static void awaitShutdown(final AutoCloseable running, final Supplier<Optional<String>> failure)
            throws InterruptedException {
        final CountDownLatch stopped = new CountDownLatch(1);
        final AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            final long at = System.nanoTime();
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("newsflow: stop failed: " + e);
            }
            System.err.printf("newsflow stopped in %d ms%n", (System.nanoTime() - at) / 1_000_000);
            stopped.countDown();
        }, "newsflow-shutdown"));
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            final Optional<String> failed = stopping.get() ? Optional.empty() : failure.get();
            if (failed.isPresent()) {
                System.err.println("newsflow: " + failed.get() + "; stopping");
                System.exit(EXIT_FAILED);
            }
        }
    }
}
