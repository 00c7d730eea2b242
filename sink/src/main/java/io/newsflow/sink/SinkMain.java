package io.newsflow.sink;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.log.Logging;
import io.newsflow.common.service.Program;
import io.newsflow.common.service.ServiceRunner;

/** {@code java -jar sink.jar --bootstrap-servers HOST:PORT}: runs the sink until stopped. */
public final class SinkMain {

    static {
        Logging.init("sink");
    }

    private static final String USAGE = "Usage: java -jar sink.jar --bootstrap-servers HOST:PORT [options]\n"
            + "Keeps the latest enriched version of every article in the compacted news.articles.current.\n"
            + "GET /health/live, /health/ready and /metrics (Prometheus text) are served on --ops-port.";

    /** The sink's settings; the runner adds the ops endpoints, the summary interval and the log level. */
    static final Program<SinkConfig> PROGRAM = new Program<>("sink", USAGE, SinkConfig.OPTIONS, 8082,
            (settings, positional) -> {
                if (!positional.isEmpty()) {
                    throw new ConfigException("unexpected arguments " + positional + " (see --help)");
                }
                return SinkConfig.from(settings);
            },
            (cfg, context, out) -> Program.Outcome.serving(SinkService.start(cfg, context)));

    private SinkMain() {
    }

    public static void main(final String[] args) {
        ServiceRunner.main(PROGRAM, args);
    }
}
