package io.newsflow.ingest;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.log.Logging;
import io.newsflow.common.service.Program;
import io.newsflow.common.service.ServiceRunner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar ingest.jar [--bootstrap-servers HOST:PORT ...]} serves the HTTP intake until the
 * process is stopped; {@code java -jar ingest.jar files PATH... [options]} publishes articles from
 * files and exits 0 when all were accepted, 1 when any was not, 2 on bad configuration.
 */
public final class IngestMain {

    static final int OK = ServiceRunner.OK;
    static final int FAILED = ServiceRunner.FAILED;
    static final int BAD_CONFIG = ServiceRunner.BAD_CONFIG;

    static {
        Logging.init("ingest");
    }

    private static final String USAGE = """
            Usage: java -jar ingest.jar [options]                 serve the HTTP intake
                   java -jar ingest.jar files PATH... [options]   publish articles from files or directories
                                                                  (.txt, .json, .jsonl, .ndjson, .html, .htm)
            HTTP: POST /articles (JSON, or text/html: a web page whose main text is the body),
                  POST /articles/batch, DELETE /articles/{id}, GET /health,
                  GET /health/live, GET /health/ready, GET /metrics (Prometheus text; no token needed)""";

    /** The service's settings; the runner adds the summary interval and the log level. */
    static final Program<Invocation> PROGRAM = new Program<>("ingest", USAGE, IngestConfig.OPTIONS, null,
            (settings, positional) -> {
                checkCommand(positional);
                return new Invocation(IngestConfig.from(settings), positional.isEmpty() ? List.of()
                        : positional.subList(1, positional.size()));
            },
            (invocation, context, out) -> invocation.paths().isEmpty()
                    ? Program.Outcome.serving(IngestService.start(invocation.config(), context))
                    : Program.Outcome.done(files(invocation.config(), invocation.paths(), out)));

    static final List<ConfigOption> OPTIONS = ServiceRunner.options(PROGRAM);

    /** The configuration, and the paths of {@code files} (none: serve the intake). */
    record Invocation(IngestConfig config, List<String> paths) {
    }

    private IngestMain() {
    }

    public static void main(final String[] args) {
        ServiceRunner.main(PROGRAM, args);
    }

    /** Runs the command; returns the exit code. Serving returns only once the process is shutting down. */
    static int run(final String[] args, final Map<String, String> env, final PrintStream out, final PrintStream err) {
        return new ServiceRunner().run(PROGRAM, args, env, out, err);
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

    private static int files(final IngestConfig cfg, final List<String> paths, final PrintStream out) {
        IngestService.ensureTopics(cfg);
        try (ArticlePublisher publisher = ArticlePublisher.create(cfg, null)) {
            final int failed = FilesCommand.publish(paths.stream().map(Path::of).toList(), publisher, out);
            return failed == 0 ? OK : FAILED;
        }
    }
}
