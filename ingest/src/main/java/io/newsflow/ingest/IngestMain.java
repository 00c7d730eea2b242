package io.newsflow.ingest;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.log.Logging;
import io.newsflow.common.service.ManagedService;
import io.newsflow.common.service.Program;
import io.newsflow.common.service.ServiceContext;
import io.newsflow.common.service.ServiceRunner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar ingest.jar [--bootstrap-servers HOST:PORT ...]} serves the HTTP intake until the
 * process is stopped; {@code java -jar ingest.jar files PATH... [options]} publishes articles from
 * files and exits 0 when all were accepted, 1 when any was not, 2 on bad configuration; {@code java -jar
 * ingest.jar feeds --feed URL...} polls feeds until the process is stopped.
 */
public final class IngestMain {

    static final int OK = ServiceRunner.OK;
    static final int FAILED = ServiceRunner.FAILED;
    static final int BAD_CONFIG = ServiceRunner.BAD_CONFIG;

    private static final String FILES = "files";
    private static final String FEEDS = "feeds";

    static {
        Logging.init("ingest");
    }

    private static final String USAGE = """
            Usage: java -jar ingest.jar [options]                 serve the HTTP intake
                   java -jar ingest.jar files PATH... [options]   publish articles from files or directories
                                                                  (.txt, .json, .jsonl, .ndjson, .html, .htm)
                   java -jar ingest.jar feeds --feed URL [--feed URL...] [--feeds-file FILE]
                                          [--poll-interval 5m] [--fetch-pages] [options]
                                                                  poll RSS and Atom feeds until stopped
                                                                  (health and metrics on the intake's port)
            HTTP: POST /articles (JSON, or text/html: a web page whose main text is the body),
                  POST /articles/batch, DELETE /articles/{id}, GET /health,
                  GET /health/live, GET /health/ready, GET /metrics (Prometheus text; no token needed)""";

    /** The service's settings; the runner adds the summary interval and the log level. */
    static final Program<Invocation> PROGRAM = new Program<>("ingest", USAGE, IngestConfig.OPTIONS, null,
            (settings, positional) -> {
                final String command = checkCommand(positional);
                final IngestConfig config = IngestConfig.from(settings);
                if (FEEDS.equals(command) && !config.feeds().enabled()) {
                    throw new ConfigException("feeds needs at least one --feed URL or a --feeds-file (see --help)");
                }
                return new Invocation(config, command, positional.isEmpty() ? List.of()
                        : positional.subList(1, positional.size()));
            },
            (invocation, context, out) -> switch (invocation.command()) {
                case FILES -> Program.Outcome.done(files(invocation.config(), invocation.paths(), out));
                case FEEDS -> Program.Outcome.serving(feeds(invocation.config(), context));
                default -> Program.Outcome.serving(IngestService.start(invocation.config(), context));
            });

    static final List<ConfigOption> OPTIONS = ServiceRunner.options(PROGRAM);

    /** The configuration, the command ("" to serve the intake) and the paths of {@code files}. */
    record Invocation(IngestConfig config, String command, List<String> paths) {
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

    /** The command the positional words name: "" (serve), files or feeds. */
    private static String checkCommand(final List<String> positional) {
        if (positional.isEmpty()) {
            return "";
        }
        final String command = positional.get(0);
        if (FILES.equals(command)) {
            if (positional.size() < 2) {
                throw new ConfigException("files needs at least one PATH (see --help)");
            }
            return command;
        }
        if (FEEDS.equals(command)) {
            if (positional.size() > 1) {
                throw new ConfigException("feeds takes no PATH: give feeds with --feed URL or --feeds-file FILE");
            }
            return command;
        }
        throw new ConfigException("unknown command '" + command + "' (see --help)");
    }

    /** Polls the feeds alone, without the HTTP intake, on a producer of its own. */
    private static ManagedService feeds(final IngestConfig cfg, final ServiceContext context) {
        return FeedsOnlyService.start(cfg, context);
    }

    private static int files(final IngestConfig cfg, final List<String> paths, final PrintStream out) {
        IngestService.ensureTopics(cfg);
        try (ArticlePublisher publisher = ArticlePublisher.create(cfg, null)) {
            final int failed = FilesCommand.publish(paths.stream().map(Path::of).toList(), publisher, out);
            return failed == 0 ? OK : FAILED;
        }
    }
}
