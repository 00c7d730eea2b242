package io.newsflow.common.log;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Sets up newsflow's logfmt logging. Each main class calls {@link #init(String)} in a static
 * initializer placed before any logger field, so that SLF4J binds the logfmt provider on its first use:
 *
 * <pre>{@code
 * public final class EnrichMain {
 *     static { Logging.init("enrich"); }
 *     private static final Logger LOG = LoggerFactory.getLogger(EnrichMain.class);
 *     ...
 *     Logging.apply(settings);   // after the configuration is parsed: --log-level / NEWSFLOW_LOG_LEVEL
 * }</pre>
 */
public final class Logging {

    public static final String PROVIDER_PROPERTY = "slf4j.provider";
    public static final String VERBOSITY_PROPERTY = "slf4j.internal.verbosity";
    public static final String LEVEL_KEY = "log.level";
    public static final String LEVEL_ENV = "NEWSFLOW_LOG_LEVEL";

    /** {@code --log-level} / {@code NEWSFLOW_LOG_LEVEL}: add it to every service's options. */
    public static final ConfigOption LEVEL_OPTION = new ConfigOption(LEVEL_KEY, LogLevels.DEFAULT_SPEC,
            "log level: trace, debug, info, warn, error or off, optionally per logger, e.g."
                    + " info,io.newsflow.enrich=debug,org.apache.kafka=info (Kafka and Jetty stay at warn"
                    + " unless named)");

    private static volatile String service;
    private static volatile LogLevels levels = LogLevels.defaults();

    private Logging() {
    }

    /**
     * Names the service on every line and selects the logfmt provider; levels start from
     * {@code NEWSFLOW_LOG_LEVEL} when it is set and valid (a bad value is reported by {@link #apply}).
     * Calling it again changes the service name only.
     *
     * @return true when the logfmt provider is the one SLF4J uses; false when some logger was created
     *         before this call and SLF4J had already bound another provider (a line on standard error
     *         then says so)
     */
    public static synchronized boolean init(final String serviceName) {
        service = serviceName;
        if (System.getProperty(PROVIDER_PROPERTY) == null) {
            System.setProperty(PROVIDER_PROPERTY, LogfmtServiceProvider.class.getName());
        }
        // SLF4J announces an explicitly chosen provider at INFO on its own channel: keep that quiet.
        if (System.getProperty(VERBOSITY_PROPERTY) == null) {
            System.setProperty(VERBOSITY_PROPERTY, "WARN");
        }
        final String fromEnv = System.getenv(LEVEL_ENV);
        if (fromEnv != null) {
            try {
                setLevels(LogLevels.parse(fromEnv));
            } catch (ConfigException e) {
                setLevels(LogLevels.defaults());
            }
        }
        final boolean active = isActive();
        if (!active) {
            System.err.println(Logfmt.of().add("level", "WARN").add("service", serviceName)
                    .add("event", "logging.init.late").add("msg", "a logger existed before Logging.init;"
                            + " SLF4J bound " + LoggerFactory.getILoggerFactory().getClass().getName()
                            + " and lines are not logfmt"));
        }
        return active;
    }

    /** True when SLF4J hands out {@link LogfmtLogger}s. Initialises SLF4J if nothing did yet. */
    public static boolean isActive() {
        final ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        return factory instanceof LogfmtLoggerFactory;
    }

    /** The service name written on every line, or null before {@link #init(String)}. */
    public static String service() {
        return service;
    }

    public static LogLevels levels() {
        return levels;
    }

    /** Applies {@code log.level} from the resolved settings; a bad spec fails with a clear message. */
    public static void apply(final Settings settings) {
        final String spec = settings.get(LEVEL_KEY);
        if (spec != null) {
            setLevels(spec);
        }
    }

    /** Parses and applies a level spec such as {@code debug} or {@code info,org.apache.kafka=debug}. */
    public static void setLevels(final String spec) {
        setLevels(LogLevels.parse(spec));
    }

    public static synchronized void setLevels(final LogLevels newLevels) {
        levels = newLevels;
        LogfmtLoggerFactory.applyToAll(newLevels);
    }
}
