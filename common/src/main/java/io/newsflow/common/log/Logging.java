package io.newsflow.common.log;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LogbackServiceProvider;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Sets up newsflow's logfmt logging on Logback. Each main class calls {@link #init(String)} in a static
 * initializer placed before any logger field, so that every line names the service. This package knows
 * nothing of the configuration: the option that carries the level, and the call of {@link
 * #setLevels(String)} with it, live with the other operations options ({@code OpsOptions}).
 */
public final class Logging {

    public static final String LEVEL_KEY = "log.level";
    public static final String LEVEL_ENV = "NEWSFLOW_LOG_LEVEL";
    public static final String LEVEL_HELP = "log level: trace, debug, info, warn, error or off, optionally per"
            + " logger, e.g. info,io.newsflow.enrich=debug,org.apache.kafka=info (Kafka and Jetty stay at warn"
            + " unless named)";

    private static volatile String service;
    private static volatile LogLevels levels = fromEnvironment();
    /** The loggers the levels in force were set on, so that the next levels start from a clean slate. */
    private static Set<String> applied = Set.of();

    private Logging() {
    }

    /**
     * Names the service on every line and makes Logback the SLF4J provider even when another one is on the
     * class path; levels start from {@code NEWSFLOW_LOG_LEVEL} when it is set and valid (a bad value is
     * reported when the configuration is read). Calling it again changes the service name only.
     *
     * @return true when Logback is the provider SLF4J uses; false when some logger was created before this
     *         call and SLF4J had already bound another provider (a line on standard error then says so)
     */
    public static synchronized boolean init(final String serviceName) {
        service = serviceName;
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", LogbackServiceProvider.class.getName());
        }
        // SLF4J announces an explicitly chosen provider at INFO on its own channel: keep that quiet.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        final boolean active = LoggerFactory.getILoggerFactory() instanceof LoggerContext;
        if (!active) {
            System.err.println(Logfmt.of().add("level", "WARN").add("service", serviceName)
                    .add("event", "logging.init.late").add("msg", "a logger existed before Logging.init;"
                            + " SLF4J bound " + LoggerFactory.getILoggerFactory().getClass().getName()
                            + " and lines are not logfmt"));
        }
        return active;
    }

    /** The service name written on every line, or null before {@link #init(String)}. */
    public static String service() {
        return service;
    }

    /**
     * Parses and applies a level spec such as {@code debug} or {@code info,org.apache.kafka=debug}.
     *
     * @throws IllegalArgumentException naming what is accepted, when the spec is not valid
     */
    public static void setLevels(final String spec) {
        setLevels(LogLevels.parse(spec));
    }

    public static synchronized void setLevels(final LogLevels newLevels) {
        levels = newLevels;
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            applyLevels(context);
        }
    }

    /** Sets the levels in force on Logback's loggers; {@link LogfmtConfigurator} calls it as Logback starts. */
    static synchronized void applyLevels(final LoggerContext context) {
        applied = levels.applyTo(context, applied);
    }

    private static LogLevels fromEnvironment() {
        try {
            return LogLevels.parse(System.getenv(LEVEL_ENV));
        } catch (IllegalArgumentException e) {
            return LogLevels.defaults();
        }
    }
}
