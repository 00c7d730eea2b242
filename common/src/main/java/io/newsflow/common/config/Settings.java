package io.newsflow.common.config;

import io.newsflow.common.log.Logfmt;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The resolved settings of a service, with typed getters that fail with a message naming the
 * setting, and the Kafka client settings passed through under the {@code kafka.} prefix.
 */
public final class Settings {

    public static final String KAFKA_PREFIX = "kafka.";
    private static final String MASK = "****";

    private final Map<String, String> values;
    private final Map<String, String> sources;

    Settings(final Map<String, String> values, final Map<String, String> sources) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        this.sources = Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    public static Settings of(final Map<String, String> values) {
        return new Settings(values, Map.of());
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** Where each value came from: default, file, env or flag. */
    public Map<String, String> sources() {
        return sources;
    }

    public String get(final String key) {
        return values.get(key);
    }

    public String require(final String key) {
        final String v = values.get(key);
        if (v == null || v.isBlank()) {
            throw new ConfigException(key + " is required (flag " + ConfigOption.flag(key) + ", env "
                    + ConfigOption.envName(key) + ")");
        }
        return v.strip();
    }

    public int getInt(final String key, final int min, final int max) {
        return (int) getNumber(key, min, max, Integer::parseInt);
    }

    public long getLong(final String key, final long min, final long max) {
        return getNumber(key, min, max, Long::parseLong);
    }

    private long getNumber(final String key, final long min, final long max, final ToLongFunction<String> parse) {
        final String v = require(key);
        try {
            final long n = parse.applyAsLong(v);
            if (n < min || n > max) {
                throw new ConfigException(key + " must be between " + min + " and " + max + ", was " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, was '" + v + "'", e);
        }
    }

    public boolean getBoolean(final String key) {
        final String v = require(key).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigException(key + " must be true or false, was '" + v + "'");
        };
    }

    /**
     * A duration written as {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h}, ISO-8601 ({@code PT10S}) or
     * a bare number of milliseconds ({@code 0}, {@code 250}).
     */
    public Duration getDuration(final String key) {
        final String raw = require(key);
        final String v = raw.toLowerCase(Locale.ROOT).replace(" ", "");
        try {
            if (v.startsWith("p") || v.startsWith("-p")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            final char unit = v.charAt(v.length() - 1);
            if (Character.isDigit(unit)) {
                return Duration.ofMillis(Long.parseLong(v));
            }
            final long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (unit) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException("unknown unit " + unit);
            };
        } catch (RuntimeException e) {
            throw new ConfigException(key + " must be a duration such as 500ms, 10s, 5m, 1h or PT10S, was '"
                    + raw + "'", e);
        }
    }

    /** The settings under {@code kafka.}, prefix removed: passed to every Kafka client as they are. */
    public Properties kafkaPassthrough() {
        final Properties props = new Properties();
        values.forEach((k, v) -> {
            if (k.startsWith(KAFKA_PREFIX) && k.length() > KAFKA_PREFIX.length()) {
                props.put(k.substring(KAFKA_PREFIX.length()), v);
            }
        });
        return props;
    }

    /** The settings as one log-friendly line, {@code key=value} pairs with secrets masked. */
    public String describe() {
        return values.entrySet().stream().map(e -> Logfmt.key(e.getKey()) + '='
                + (isSecret(e.getKey()) ? MASK : Logfmt.quote(Objects.toString(e.getValue(), ""))))
                .collect(Collectors.joining(" "));
    }

    public static boolean isSecret(final String key) {
        final String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.contains("jaas") || k.contains("token")
                || k.contains("credential") || k.endsWith(".key") || k.contains("api.key") || k.contains("apikey")
                || k.contains("user.info") || k.contains("private");
    }
}
