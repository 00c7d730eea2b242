package io.newsflow.common.config;

import java.util.Properties;

/** The checks and copies every service's config record makes in its constructor. */
public final class ConfigChecks {

    private ConfigChecks() {
    }

    /**
     * @throws ConfigException naming {@code key} when {@code value} is outside {@code [min, max]}
     */
    public static void requireRange(final String key, final int value, final int min, final int max) {
        if (value < min || value > max) {
            throw new ConfigException(key + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /**
     * A copy of Kafka passthrough settings (empty for null): a config record neither keeps nor hands out
     * Properties that someone else can change.
     */
    public static Properties copyOf(final Properties props) {
        final Properties copy = new Properties();
        if (props != null) {
            copy.putAll(props);
        }
        return copy;
    }
}
