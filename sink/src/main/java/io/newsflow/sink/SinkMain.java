package io.newsflow.sink;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.log.Logfmt;
import io.newsflow.common.log.Logging;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.ops.OpsOptions;
import io.newsflow.common.ops.OpsServer;
import io.newsflow.common.ops.SummaryReporter;
import io.newsflow.common.service.Health;
import io.newsflow.common.topic.TopicConfigException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar sink.jar --bootstrap-servers HOST:PORT}: runs the sink until stopped. */
public final class SinkMain {

    static {
        Logging.init("sink");
    }

    private static final Logger LOG = LoggerFactory.getLogger(SinkMain.class);
    private static final String USAGE = "Usage: java -jar sink.jar --bootstrap-servers HOST:PORT [options]\n"
            + "Keeps the latest enriched version of every article in the compacted news.articles.current.\n"
            + "GET /health/live, /health/ready and /metrics (Prometheus text) are served on --ops-port.";
    static final int EXIT_BAD_CONFIG = 2;
    private static final int EXIT_FAILED = 1;

    /** The sink's settings, the ops endpoints, the summary interval and {@code --log-level}. */
    static final List<ConfigOption> OPTIONS = Stream.concat(SinkConfig.OPTIONS.stream(),
            OpsOptions.options(8082).stream()).toList();

    private SinkMain() {
    }

    public static void main(final String[] args) throws InterruptedException {
        final SinkConfig cfg;
        final Settings settings;
        final Duration summaryInterval;
        try {
            final ConfigLayers.Parsed parsed = ConfigLayers.load(OPTIONS, args, System.getenv());
            if (parsed.helpRequested()) {
                System.out.println(ConfigLayers.help(USAGE, OPTIONS));
                return;
            }
            if (!parsed.positional().isEmpty()) {
                throw new ConfigException("unexpected arguments " + parsed.positional() + " (see --help)");
            }
            settings = parsed.settings();
            OpsOptions.applyLogLevel(settings);
            cfg = SinkConfig.from(settings);
            OpsOptions.host(settings);
            OpsOptions.port(settings);
            summaryInterval = OpsOptions.summaryInterval(settings);
            LOG.info("event=config {}", settings.describe());
        } catch (ConfigException e) {
            System.err.println("sink: " + e.getMessage());
            System.exit(EXIT_BAD_CONFIG);
            return;
        }
        final Metrics metrics = Metrics.create("sink");
        // Up before the stream, so that probes learn "starting" while topics are checked.
        final OpsServer ops;
        try {
            ops = OpsOptions.server(settings, metrics).start();
        } catch (IllegalStateException e) {
            System.err.println("sink: " + e.getMessage());
            System.exit(EXIT_FAILED);
            return;
        }
        final SinkService sink;
        try {
            sink = SinkService.start(cfg, metrics);
        } catch (ConfigException e) {
            System.err.println("sink: " + e.getMessage());
            System.exit(EXIT_BAD_CONFIG);
            return;
        } catch (TopicConfigException e) {
            System.err.println("sink: " + e.getMessage());
            System.exit(EXIT_FAILED);
            return;
        }
        ops.register(sink);
        final SummaryReporter summary = sink.summaryReporter(summaryInterval).start();
        final CountDownLatch stopped = new CountDownLatch(1);
        final AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            final long start = System.nanoTime();
            sink.close();
            // After the stream stopped, so that the last summary has the final counts.
            summary.close();
            ops.close();
            metrics.close();
            LOG.info("{}", Logfmt.event("shutdown").add("tookMs", (System.nanoTime() - start) / 1_000_000));
            stopped.countDown();
        }, "sink-shutdown"));
        // Wait for Ctrl-C, or leave with an error once Kafka Streams has given up.
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            final Health health = sink.health();
            if (!health.live() && !stopping.get()) {
                LOG.error("event=sink_failed reason={}", health.reason());
                System.exit(EXIT_FAILED);
            }
        }
    }
}
