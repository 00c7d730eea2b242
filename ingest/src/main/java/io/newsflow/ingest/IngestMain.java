package io.newsflow.ingest;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.log.Logfmt;
import io.newsflow.common.log.Logging;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.ops.OpsOptions;
import io.newsflow.common.ops.SummaryReporter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar ingest.jar [--bootstrap-servers HOST:PORT ...]} serves the HTTP intake until the
 * process is stopped; {@code java -jar ingest.jar files PATH... [options]} publishes articles from
 * files and exits 0 when all were accepted, 1 when any was not, 2 on bad configuration.
 */
public final class IngestMain {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_CONFIG = 2;

    static {
        Logging.init("ingest");
    }

    /** The service's settings, then the summary interval and the log level. */
    static final List<ConfigOption> OPTIONS = options();

    private static final Logger LOG = LoggerFactory.getLogger(IngestMain.class);
    private static final String USAGE = """
            Usage: java -jar ingest.jar [options]                 serve the HTTP intake
                   java -jar ingest.jar files PATH... [options]   publish articles from files or directories
                                                                  (.txt, .json, .jsonl, .ndjson)
            HTTP: POST /articles, POST /articles/batch, DELETE /articles/{id}, GET /health,
                  GET /health/live, GET /health/ready, GET /metrics (Prometheus text; no token needed)""";

    private IngestMain() {
    }

    public static void main(final String[] args) {
        final int code = run(args, System.getenv(), System.out, System.err);
        if (code != OK) {
            System.exit(code);
        }
    }

    /** Runs the command; returns the exit code. Serving returns only once the process is shutting down. */
    static int run(final String[] args, final Map<String, String> env, final PrintStream out, final PrintStream err) {
        final ConfigLayers.Parsed parsed;
        final IngestConfig cfg;
        final Duration summaryInterval;
        try {
            parsed = ConfigLayers.load(OPTIONS, args, env);
            if (parsed.helpRequested()) {
                out.println(ConfigLayers.help(USAGE, OPTIONS));
                return OK;
            }
            checkCommand(parsed.positional());
            cfg = IngestConfig.from(parsed.settings());
            summaryInterval = OpsOptions.summaryInterval(parsed.settings());
            OpsOptions.applyLogLevel(parsed.settings());
        } catch (ConfigException e) {
            err.println("ingest: " + e.getMessage());
            return BAD_CONFIG;
        }
        LOG.info("event=config {}", parsed.settings().describe());
        try {
            if (parsed.positional().isEmpty()) {
                serve(cfg, summaryInterval);
                return OK;
            }
            return files(cfg, parsed.positional().subList(1, parsed.positional().size()), out);
        } catch (ConfigException e) {
            err.println("ingest: " + e.getMessage());
            return BAD_CONFIG;
        } catch (IngestStartException e) {
            err.println("ingest: " + e.getMessage());
            LOG.error("event=ingest_start_failed", e);
            return FAILED;
        }
    }

    private static void checkCommand(final List<String> positional) {
        if (positional.isEmpty()) {
            return;
        }
        if (!"files".equals(positional.get(0))) {
            throw new ConfigException("unknown command '" + positional.get(0) + "' (see --help)");
        }
        if (positional.size() < 2) {
            throw new ConfigException("files needs at least one PATH (see --help)");
        }
    }

    private static void serve(final IngestConfig cfg, final Duration summaryInterval) {
        final Metrics metrics = Metrics.create("ingest");
        final IngestService service;
        try {
            service = IngestService.start(cfg, metrics);
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
        final SummaryReporter summary = service.summaryReporter(summaryInterval).start();
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            final long start = System.nanoTime();
            try {
                service.close();
                // After the intake stopped, so that the last summary has the final counts.
                summary.close();
                metrics.close();
                LOG.info("{}", Logfmt.event("shutdown").add("tookMs", (System.nanoTime() - start) / 1_000_000));
            } finally {
                stopped.countDown();
            }
        }, "ingest-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<ConfigOption> options() {
        final List<ConfigOption> all = new ArrayList<>(IngestConfig.OPTIONS);
        all.addAll(OpsOptions.withoutServer());
        return List.copyOf(all);
    }

    private static int files(final IngestConfig cfg, final List<String> paths, final PrintStream out) {
        IngestService.ensureRawTopic(cfg);
        try (ArticlePublisher publisher = ArticlePublisher.create(cfg, null)) {
            final int failed = FilesCommand.publish(paths.stream().map(Path::of).toList(), publisher, out);
            return failed == 0 ? OK : FAILED;
        }
    }
}
