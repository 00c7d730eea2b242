package io.newsflow.common.ops;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.log.LogLevels;
import io.newsflow.common.log.Logging;
import java.time.Duration;
import java.util.List;

/**
 * The operations settings every service understands: where the ops endpoints listen, how often the
 * summary line is logged, and the log level. Add {@link #options(int)} (enrich, sink) or
 * {@link #withoutServer()} (ingest, whose intake port serves the ops paths) to a service's options.
 */
public final class OpsOptions {

    public static final String OPS_HOST = "ops.host";
    public static final String OPS_PORT = "ops.port";
    public static final String SUMMARY_INTERVAL = "summary.interval";

    public static final ConfigOption OPS_HOST_OPTION = new ConfigOption(OPS_HOST, "0.0.0.0",
            "address of the /health and /metrics endpoints");
    /** {@code --log-level} / {@code NEWSFLOW_LOG_LEVEL}. */
    public static final ConfigOption LOG_LEVEL_OPTION = new ConfigOption(Logging.LEVEL_KEY, LogLevels.DEFAULT_SPEC,
            Logging.LEVEL_HELP);
    public static final ConfigOption SUMMARY_INTERVAL_OPTION = new ConfigOption(SUMMARY_INTERVAL, "30s",
            "how often the summary line is logged (500ms, 30s, 5m; 0 turns it off)");

    private OpsOptions() {
    }

    public static ConfigOption opsPortOption(final int defaultPort) {
        return new ConfigOption(OPS_PORT, Integer.toString(defaultPort),
                "port of /health/live, /health/ready and /metrics (0: any free port)");
    }

    /** ops.host, ops.port (with this default), summary.interval, log.level. */
    public static List<ConfigOption> options(final int defaultOpsPort) {
        return List.of(OPS_HOST_OPTION, opsPortOption(defaultOpsPort), SUMMARY_INTERVAL_OPTION, LOG_LEVEL_OPTION);
    }

    /** summary.interval and log.level, for a service that mounts {@link OpsHandler} on its own server. */
    public static List<ConfigOption> withoutServer() {
        return List.of(SUMMARY_INTERVAL_OPTION, LOG_LEVEL_OPTION);
    }

    public static String host(final Settings settings) {
        return settings.require(OPS_HOST);
    }

    public static int port(final Settings settings) {
        return settings.getInt(OPS_PORT, 0, 65535);
    }

    public static Duration summaryInterval(final Settings settings) {
        final Duration d = settings.getDuration(SUMMARY_INTERVAL);
        if (d.isNegative()) {
            throw new ConfigException(SUMMARY_INTERVAL + " must not be negative, was '"
                    + settings.get(SUMMARY_INTERVAL) + "'");
        }
        return d;
    }

    /**
     * Applies {@code log.level} from the resolved settings.
     *
     * @throws ConfigException naming what is accepted, when the level is not valid
     */
    public static void applyLogLevel(final Settings settings) {
        final String spec = settings.get(Logging.LEVEL_KEY);
        if (spec != null) {
            try {
                Logging.setLevels(spec);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(e.getMessage());
            }
        }
    }
}
