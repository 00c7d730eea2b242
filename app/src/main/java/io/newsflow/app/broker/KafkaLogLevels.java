package io.newsflow.app.broker;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets the level of Kafka's own loggers (broker, controller, clients, Streams) for slf4j-simple. The
 * levels are read when a logger is created, so this runs before the first Kafka class logs. A level
 * given on the command line with {@code -Dorg.slf4j.simpleLogger.log.NAME=...} is left as it is.
 */
public final class KafkaLogLevels {

    public static final String DEFAULT_LEVEL = "warn";
    private static final String PREFIX = "org.slf4j.simpleLogger.log.";
    private static final List<String> KAFKA_LOGGERS = List.of("kafka", "org.apache.kafka", "state.change.logger");
    private static final List<String> LEVELS = List.of("trace", "debug", "info", "warn", "error", "off");
    /** Levels the JVM was started with: they win over anything set here. */
    private static final Set<String> GIVEN_AT_LAUNCH = KAFKA_LOGGERS.stream()
            .map(l -> PREFIX + l)
            .filter(k -> System.getProperty(k) != null)
            .collect(Collectors.toUnmodifiableSet());

    private KafkaLogLevels() {
    }

    /** Quiets Kafka to {@value #DEFAULT_LEVEL} where no level has been set yet. */
    public static void applyDefault() {
        for (String logger : KAFKA_LOGGERS) {
            if (System.getProperty(PREFIX + logger) == null) {
                System.setProperty(PREFIX + logger, DEFAULT_LEVEL);
            }
        }
    }

    /**
     * @param level one of trace, debug, info, warn, error, off
     * @throws IllegalArgumentException for any other level
     */
    public static void apply(final String level) {
        final String normalized = level.strip().toLowerCase(Locale.ROOT);
        if (!LEVELS.contains(normalized)) {
            throw new IllegalArgumentException("log level must be one of " + LEVELS + ", was '" + level + "'");
        }
        for (String logger : KAFKA_LOGGERS) {
            final String key = PREFIX + logger;
            if (!GIVEN_AT_LAUNCH.contains(key)) {
                System.setProperty(key, normalized);
            }
        }
    }
}
