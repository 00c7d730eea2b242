package io.newsflow.common.config;

import java.util.Properties;
import java.util.regex.Pattern;

/** The checks and copies every service's config record makes in its constructor. */
public final class ConfigChecks {

    /** Kafka's own rule for group ids that also name internal topics. */
    private static final Pattern APPLICATION_ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    private ConfigChecks() {
    }

    /**
     * The cluster to connect to, stripped.
     *
     * @throws ConfigException naming {@code key} when it is missing or not {@code HOST:PORT[,HOST:PORT...]}
     */
    public static String requireBootstrapServers(final String key, final String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(key + " is required (flag " + ConfigOption.flag(key) + " HOST:PORT, env "
                    + ConfigOption.envName(key) + ")");
        }
        final String servers = value.strip();
        for (String server : servers.split(",")) {
            final String s = server.strip();
            final int colon = s.lastIndexOf(':');
            if (colon <= 0 || colon == s.length() - 1 || !s.substring(colon + 1).chars().allMatch(Character::isDigit)) {
                throw new ConfigException(key + " must be HOST:PORT[,HOST:PORT...], was '" + servers + "'");
            }
        }
        return servers;
    }

    /** @throws ConfigException naming {@code key} when {@code value} cannot be a Kafka Streams application id */
    public static String requireApplicationId(final String key, final String value) {
        if (value == null || !APPLICATION_ID.matcher(value).matches()) {
            throw new ConfigException(key + " must be 1-200 characters of A-Z a-z 0-9 . _ -, was '" + value + "'");
        }
        return value;
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
