package io.newsflow.enrich;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.topic.TopicConfigException;
import io.newsflow.enrich.eval.Evaluate;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
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

            Without a command, runs the enrich stream: news.articles.raw -> news.articles.enriched and
            news.tracks.<track>; records that cannot be enriched go to news.articles.dlq.""";

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
        final EnrichConfig cfg;
        try {
            final ConfigLayers.Parsed parsed = ConfigLayers.load(EnrichConfig.OPTIONS, args, env);
            if (parsed.helpRequested()) {
                out.println(ConfigLayers.help(USAGE, EnrichConfig.OPTIONS));
                return 0;
            }
            if (!parsed.positional().isEmpty()) {
                err.println("enrich: unknown command '" + parsed.positional().get(0)
                        + "' (commands: tag, evaluate; see --help)");
                return 2;
            }
            cfg = EnrichConfig.from(parsed.settings());
        } catch (ConfigException e) {
            err.println("enrich: " + e.getMessage());
            return 2;
        }
        return serve(cfg, err, hookRan);
    }

    private static int serve(final EnrichConfig cfg, final PrintStream err, final AtomicBoolean hookRan) {
        final EnrichService service;
        try {
            service = EnrichService.start(cfg);
        } catch (ConfigException e) {
            err.println("enrich: " + e.getMessage());
            return 2;
        } catch (TopicConfigException e) {
            err.println("enrich: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            hookRan.set(true);
            service.close();
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
        return 1;
    }

    private static List<String> rest(final String[] args) {
        return List.copyOf(Arrays.asList(args).subList(1, args.length));
    }
}
