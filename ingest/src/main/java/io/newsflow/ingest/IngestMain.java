package io.newsflow.ingest;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import java.io.PrintStream;
import java.nio.file.Path;
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

    private static final Logger LOG = LoggerFactory.getLogger(IngestMain.class);
    private static final String USAGE = """
            Usage: java -jar ingest.jar [options]                 serve the HTTP intake
                   java -jar ingest.jar files PATH... [options]   publish articles from files or directories
                                                                  (.txt, .json, .jsonl, .ndjson)
            HTTP: POST /articles, POST /articles/batch, DELETE /articles/{id}, GET /health""";

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
        try {
            parsed = ConfigLayers.load(IngestConfig.OPTIONS, args, env);
            if (parsed.helpRequested()) {
                out.println(ConfigLayers.help(USAGE, IngestConfig.OPTIONS));
                return OK;
            }
            checkCommand(parsed.positional());
            cfg = IngestConfig.from(parsed.settings());
        } catch (ConfigException e) {
            err.println("ingest: " + e.getMessage());
            return BAD_CONFIG;
        }
        LOG.info("event=config_loaded {}", parsed.settings().describe());
        try {
            if (parsed.positional().isEmpty()) {
                serve(cfg);
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

    private static void serve(final IngestConfig cfg) {
        final IngestService service = IngestService.start(cfg);
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close();
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

    private static int files(final IngestConfig cfg, final List<String> paths, final PrintStream out) {
        IngestService.ensureRawTopic(cfg);
        try (ArticlePublisher publisher = ArticlePublisher.create(cfg)) {
            final int failed = FilesCommand.publish(paths.stream().map(Path::of).toList(), publisher, out);
            return failed == 0 ? OK : FAILED;
        }
    }
}
