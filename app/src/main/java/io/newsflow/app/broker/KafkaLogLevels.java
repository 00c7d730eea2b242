package io.newsflow.app.broker;

import java.util.List;

/**
 * Keeps Kafka's own loggers (broker, controller, clients, Streams) at WARN unless a level was chosen.
 * slf4j-simple, and newsflow's logfmt loggers below the names given with {@code --log-level}, read
 * these properties when a logger is created, so this runs before the first Kafka class logs.
 */
public final class KafkaLogLevels {

    public static final String DEFAULT_LEVEL = "warn";
    private static final String PREFIX = "org.slf4j.simpleLogger.log.";
    private static final List<String> KAFKA_LOGGERS = List.of("kafka", "org.apache.kafka", "state.change.logger");

    private KafkaLogLevels() {
    }

    /** Sets {@value #DEFAULT_LEVEL} for each Kafka logger family that has no level yet. */
    public static void applyDefault() {
        for (String logger : KAFKA_LOGGERS) {
            if (System.getProperty(PREFIX + logger) == null) {
                System.setProperty(PREFIX + logger, DEFAULT_LEVEL);
            }
        }
    }
}
