package io.newsflow.app;

import io.newsflow.api.ApiService;
import io.newsflow.app.broker.EmbeddedKafkaBroker;
import io.newsflow.common.config.Settings;
import io.newsflow.common.log.Logging;
import io.newsflow.common.service.FullSpeedJvm;
import io.newsflow.common.service.Health;
import io.newsflow.common.service.ManagedService;
import io.newsflow.common.service.Program;
import io.newsflow.common.service.ServiceRunner;
import java.util.Arrays;

/**
 * {@code java -jar newsflow.jar [options]}: the embedded broker and every service in one JVM, until
 * Ctrl-C. {@code java -jar newsflow.jar broker [--port 9092] [--data-dir D]}: the embedded broker alone.
 */
public final class NewsflowMain {

    static {
        Logging.init("newsflow");
    }

    private static final String USAGE = """
            Usage: java -jar newsflow.jar [options]
                   java -jar newsflow.jar broker [--port 9092] [--data-dir DIR]
            Without a command: starts a single-node Kafka broker on 127.0.0.1 (unless --bootstrap-servers names
            a cluster), creates the newsflow topics, runs ingest, enrich, sink and api (http://127.0.0.1:8090/),
            ingests the seeds directory and prints one line per article that lands on news.articles.current, until Ctrl-C.
            --feeds-file FILE (one feed URL a line) makes ingest also poll those RSS and Atom feeds
            (--poll-interval 5m, --fetch-pages to take each item's page text as its body).
            broker: runs the embedded Kafka broker alone.
            The benchmark is a jar of its own: java -jar bench/target/bench.jar [--articles 2000] [--rate R]""";

    /** The embedded broker (unless a cluster is given) and every service, until Ctrl-C. */
    static final Program<Settings> ALL = new Program<>("newsflow", USAGE, AppOptions.all(Services.all()), null,
            Program::optionsOnly, (settings, context, out) -> {
                final long startedAt = System.nanoTime();
                final NewsflowApp app = NewsflowApp.start(settings, Services.all(), out::println);
                out.printf("newsflow running on %s (started in %d ms); Ctrl-C to stop%n", app.bootstrapServers(),
                        (System.nanoTime() - startedAt) / 1_000_000);
                app.services().stream().filter(ApiService.class::isInstance).map(ApiService.class::cast)
                        .forEach(api -> out.printf("api and web page on %s%n", api.uri()));
                return Program.Outcome.serving(app);
            });

    /** The embedded broker alone. */
    static final Program<Settings> BROKER = new Program<>("newsflow broker", USAGE, AppOptions.BROKER, null,
            Program::optionsOnly, (settings, context, out) -> {
                final EmbeddedKafkaBroker broker = NewsflowApp.startBroker(settings, AppOptions.PORT);
                out.printf("Kafka broker listening on %s (data in %s); Ctrl-C to stop%n", broker.bootstrapServers(),
                        broker.dataDir());
                return Program.Outcome.serving(new RunningBroker(broker));
            });

    private NewsflowMain() {
    }

    public static void main(final String[] args) {
        if (args.length > 0 && "broker".equals(args[0])) {
            ServiceRunner.main(BROKER, Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && "bench".equals(args[0])) {
            runBench();
        } else {
            // Tagging at full speed needs a JVM flag; without it, the launcher runs in a JVM that has it.
            FullSpeedJvm.relaunchOrContinue(NewsflowMain.class, args);
            ServiceRunner.main(ALL, args);
        }
    }

    /** The benchmark left the production jar; whoever still asks for it here learns where it went. */
    private static void runBench() {
        System.err.println("newsflow: bench is not part of newsflow.jar; run java -jar bench/target/bench.jar"
                + " [--articles N] [--rate R]");
        System.exit(ServiceRunner.BAD_CONFIG);
    }

    /** The embedded broker as the runner sees it: live while it runs. */
    private record RunningBroker(EmbeddedKafkaBroker broker) implements ManagedService {

        @Override
        public String name() {
            return "broker";
        }

        @Override
        public Health health() {
            return broker.isRunning() ? Health.up() : Health.dead("the broker stopped");
        }

        @Override
        public void close() {
            broker.close();
        }
    }
}
