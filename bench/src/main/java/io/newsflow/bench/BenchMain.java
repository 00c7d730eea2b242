package io.newsflow.bench;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.Settings;
import io.newsflow.common.log.Logging;
import io.newsflow.common.ops.OpsOptions;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar bench.jar [--articles 2000] [--rate R]}: runs {@link Bench} and exits. It lives in a jar
 * of its own so that the production jars carry no benchmark; it reaches newsflow through public APIs only.
 */
public final class BenchMain {

    static {
        // The bench runs the broker and every service in its JVM, as the all-in-one launcher does.
        Logging.init("newsflow");
    }

    static final int EXIT_BAD_CONFIG = 2;
    static final int EXIT_FAILED = 1;
    static final String USAGE = """
            Usage: java -jar bench.jar [--articles 2000] [--rate R] [options]
            Measures the tagger alone, a pass-through topology and the whole pipeline on embedded brokers, then
            latency at a fixed rate (half the measured maximum unless --rate), and prints them; the last line is
            bench pipeline=... tagger=... passthrough=... ratio=... p50Ms=... p99Ms=... heapMb=...""";

    private BenchMain() {
    }

    public static void main(final String[] args) {
        System.exit(run(args));
    }

    /** @return the exit code: 0 measured (or help shown), 1 the run failed, 2 a bad option */
    static int run(final String[] args) {
        final Settings settings;
        try {
            final ConfigLayers.Parsed parsed = ConfigLayers.load(Bench.OPTIONS, args, System.getenv());
            if (parsed.helpRequested()) {
                System.out.println(ConfigLayers.help(USAGE, Bench.OPTIONS));
                return 0;
            }
            if (!parsed.positional().isEmpty()) {
                throw new ConfigException("unexpected arguments " + parsed.positional() + " (see --help)");
            }
            settings = parsed.settings();
            OpsOptions.applyLogLevel(settings);
            LoggerFactory.getLogger(BenchMain.class).info("event=config {}", settings.describe());
        } catch (ConfigException e) {
            System.err.println("bench: " + e.getMessage());
            return EXIT_BAD_CONFIG;
        }
        try {
            Bench.run(settings);
            // Kafka and HTTP client threads would keep the JVM up: main exits with the code.
            return 0;
        } catch (ConfigException e) {
            System.err.println("bench: " + e.getMessage());
            return EXIT_BAD_CONFIG;
        } catch (Exception e) {
            System.err.println("bench: failed: " + e);
            e.printStackTrace();
            return EXIT_FAILED;
        }
    }
}
