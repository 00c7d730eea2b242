package io.newsflow.enrich;

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
import io.newsflow.common.topic.TopicConfigException;
import io.newsflow.tagger.TagCommand;
import io.newsflow.tagger.eval.Evaluate;
import io.newsflow.tagger.eval.WorstCaseCommand;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    /** The stream's settings, then the ops endpoints, the summary interval and the log level. */
    static final List<ConfigOption> OPTIONS = options();

    private static final Logger LOG = LoggerFactory.getLogger(EnrichMain.class);

    private EnrichMain() {
    }

    public static void main(final String[] args) {
        final AtomicBoolean hookRan = new AtomicBoolean();
        final int code = run(args, System.getenv(), System.in, System.out, System.err, hookRan);
        // Calling exit while the shutdown hook runs would block forever: the JVM is already exiting.
        if (!hookRan.get()) {
            System.exit(code);
        }
    }

    static int run(final String[] args, final Map<String, String> env, final InputStream in, final PrintStream out,
            final PrintStream err, final AtomicBoolean hookRan) {
        if (args.length > 0 && args[0].equals("tag")) {
            return TagCommand.run(rest(args), in, out, err);
        }
        if (args.length > 0 && args[0].equals("evaluate")) {
            return Evaluate.run(rest(args), out);
        }
        if (args.length > 0 && args[0].equals("worst-case")) {
            return WorstCaseCommand.run(rest(args), out, err);
        }
        final EnrichConfig cfg;
        final Settings settings;
        final Duration summaryInterval;
        try {
            final ConfigLayers.Parsed parsed = ConfigLayers.load(OPTIONS, args, env);
            if (parsed.helpRequested()) {
                out.println(ConfigLayers.help(USAGE, OPTIONS));
                return 0;
            }
            if (!parsed.positional().isEmpty()) {
                err.println("enrich: unknown command '" + parsed.positional().get(0)
                        + "' (commands: tag, evaluate; see --help)");
                return 2;
            }
            settings = parsed.settings();
            cfg = EnrichConfig.from(settings);
            OpsOptions.host(settings);
            OpsOptions.port(settings);
            summaryInterval = OpsOptions.summaryInterval(settings);
            OpsOptions.applyLogLevel(settings);
        } catch (ConfigException e) {
            err.println("enrich: " + e.getMessage());
            return 2;
        }
        LOG.info("event=config {}", settings.describe());
        return serve(cfg, settings, summaryInterval, err, hookRan);
    }

    private static int serve(final EnrichConfig cfg, final Settings settings, final Duration summaryInterval,
            final PrintStream err, final AtomicBoolean hookRan) {
        final Metrics metrics = Metrics.create("enrich");
        // Up before the stream, so that probes learn "starting" while the model loads and topics are made.
        final OpsServer ops;
        try {
            ops = OpsOptions.server(settings, metrics).start();
        } catch (IllegalStateException e) {
            err.println("enrich: " + e.getMessage());
            metrics.close();
            return 1;
        }
        final EnrichService service;
        try {
            service = EnrichService.start(cfg, metrics);
        } catch (ConfigException e) {
            err.println("enrich: " + e.getMessage());
            ops.close();
            metrics.close();
            return 2;
        } catch (TopicConfigException e) {
            err.println("enrich: " + e.getMessage());
            ops.close();
            metrics.close();
            return 1;
        }
        ops.register(service);
        final SummaryReporter summary = service.summaryReporter(summaryInterval).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            hookRan.set(true);
            final long start = System.nanoTime();
            service.close();
            // After the stream stopped, so that the last summary has the final counts.
            summary.close();
            ops.close();
            metrics.close();
            LOG.info("{}", Logfmt.event("shutdown").add("tookMs", (System.nanoTime() - start) / 1_000_000));
        }, "enrich-shutdown"));
        try {
            while (!service.awaitStopped(Duration.ofMinutes(1))) {
                LOG.debug("event=waiting health={}", service.health());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (hookRan.get()) {
            return 0;
        }
        err.println("enrich: the stream stopped: " + service.health().reason());
        service.close();
        summary.close();
        ops.close();
        metrics.close();
        return 1;
    }

    private static List<ConfigOption> options() {
        final List<ConfigOption> all = new ArrayList<>(EnrichConfig.OPTIONS);
        all.addAll(OpsOptions.options(8081));
        return List.copyOf(all);
    }

    private static List<String> rest(final String[] args) {
        return List.copyOf(Arrays.asList(args).subList(1, args.length));
    }
}
