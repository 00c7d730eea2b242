package io.newsflow.enrich;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.log.Logging;
import io.newsflow.common.service.FullSpeedJvm;
import io.newsflow.common.service.Program;
import io.newsflow.common.service.ServiceRunner;
import io.newsflow.tagger.TagCommand;
import io.newsflow.tagger.eval.Evaluate;
import io.newsflow.tagger.eval.WorstCaseCommand;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar enrich.jar [options]} runs the enrich stream until stopped;
 * {@code tag} and {@code evaluate} are subcommands that need no Kafka.
 */
public final class EnrichMain {

    static final String USAGE = """
            usage: java -jar enrich.jar [--bootstrap-servers HOST:PORT] [options]
                   java -jar enrich.jar tag --input IN.jsonl|- --output OUT.jsonl|-
                   java -jar enrich.jar evaluate ner|geo|tracks FILE.jsonl [options]
                   java -jar enrich.jar worst-case [--size BYTES] [--budget DURATION]

            Without a command, runs the enrich stream: news.articles.raw -> news.articles.enriched and
            news.tracks.<track>; records that cannot be enriched go to news.articles.dlq.
            GET /health/live, /health/ready and /metrics (Prometheus text) are served on --ops-port.""";

    static {
        Logging.init("enrich");
    }

    /** The stream's settings; the runner adds the ops endpoints, the summary interval and the log level. */
    static final Program<EnrichConfig> PROGRAM = new Program<>("enrich", USAGE, EnrichConfig.OPTIONS, 8081,
            (settings, positional) -> {
                if (!positional.isEmpty()) {
                    throw new ConfigException("unknown command '" + positional.get(0)
                            + "' (commands: tag, evaluate, worst-case; see --help)");
                }
                return EnrichConfig.from(settings);
            },
            (cfg, context, out) -> Program.Outcome.serving(EnrichService.start(cfg, context)));

    /** Every option of the stream, ops options included. */
    static final List<ConfigOption> OPTIONS = ServiceRunner.options(PROGRAM);

    private EnrichMain() {
    }

    public static void main(final String[] args) {
        // Tagging at full speed needs a JVM flag; without it, the same command runs in a JVM that has it.
        FullSpeedJvm.relaunchOrContinue(EnrichMain.class, args);
        final ServiceRunner runner = new ServiceRunner();
        runner.exit(run(args, System.getenv(), System.in, System.out, System.err, runner));
    }

    /** Runs a command to its end, or the stream until it stops; returns the exit code. */
    static int run(final String[] args, final Map<String, String> env, final InputStream in, final PrintStream out,
            final PrintStream err, final ServiceRunner runner) {
        final String command = args.length > 0 ? args[0] : "";
        return switch (command) {
            case "tag" -> TagCommand.run(rest(args), in, out, err);
            case "evaluate" -> Evaluate.run(rest(args), out);
            case "worst-case" -> WorstCaseCommand.run(rest(args), out, err);
            default -> runner.run(PROGRAM, args, env, out, err);
        };
    }

    private static List<String> rest(final String[] args) {
        return List.copyOf(Arrays.asList(args).subList(1, args.length));
    }
}
