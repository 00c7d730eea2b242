package io.newsflow.common.log;

import io.newsflow.common.config.ConfigException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.event.Level;

/**
 * Which level each logger logs at, from a spec such as {@code info}, {@code debug} or
 * {@code info,io.newsflow.enrich=debug,org.apache.kafka=info}: a bare level applies to every logger,
 * {@code name=level} to that logger and the ones below it (the longest name wins).
 *
 * <p>Kafka's clients and broker and Jetty talk a lot at INFO, so those families stay at WARN (or the
 * bare level, when that is quieter) unless the spec names them.
 *
 * <p>slf4j-simple's own per-logger system properties ({@code -Dorg.slf4j.simpleLogger.log.kafka=info})
 * are honoured below the names of the spec and above the defaults, so the usual slf4j-simple knob
 * keeps working.
 */
public final class LogLevels {

    /** Level number of {@code off}: above ERROR, so nothing is enabled. */
    public static final int OFF = Level.ERROR.toInt() + 10;

    /** Logger families kept at WARN unless asked for. */
    public static final List<String> QUIET = List.of(
            "org.apache.kafka", "kafka", "state.change.logger", "org.eclipse.jetty", "org.apache.zookeeper");

    public static final String DEFAULT_SPEC = "info";

    private static final String SIMPLE_LOGGER_PREFIX = "org.slf4j.simpleLogger.log.";

    private final String spec;
    private final int root;
    private final Map<String, Integer> named;

    private LogLevels(final String spec, final int root, final Map<String, Integer> named) {
        this.spec = spec;
        this.root = root;
        this.named = named;
    }

    public static LogLevels defaults() {
        return parse(DEFAULT_SPEC);
    }

    /** Parses a spec; a bad one fails with a message that says what is accepted. */
    public static LogLevels parse(final String spec) {
        final String text = spec == null || spec.isBlank() ? DEFAULT_SPEC : spec.strip();
        int root = Level.INFO.toInt();
        final Map<String, Integer> named = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            final String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            final int eq = entry.indexOf('=');
            if (eq < 0) {
                root = level(entry, text);
            } else {
                final String name = entry.substring(0, eq).strip();
                if (name.isEmpty()) {
                    throw new ConfigException("log.level: missing logger name before '=' in '" + text + "'");
                }
                named.put(name, level(entry.substring(eq + 1).strip(), text));
            }
        }
        return new LogLevels(text, root, Map.copyOf(named));
    }

    /** The SLF4J level number ({@link Level#toInt()}) at and above which {@code loggerName} logs. */
    public int levelOf(final String loggerName) {
        String best = null;
        for (String name : named.keySet()) {
            if (covers(name, loggerName) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        if (best != null) {
            return named.get(best);
        }
        final Integer fromProperty = simpleLoggerProperty(loggerName);
        if (fromProperty != null) {
            return fromProperty;
        }
        for (String quiet : QUIET) {
            if (covers(quiet, loggerName)) {
                return Math.max(root, Level.WARN.toInt());
            }
        }
        return root;
    }

    public String spec() {
        return spec;
    }

    @Override
    public String toString() {
        return spec;
    }

    /** The level of the nearest {@code org.slf4j.simpleLogger.log.NAME} system property, or null. */
    private static Integer simpleLoggerProperty(final String loggerName) {
        String name = loggerName;
        while (!name.isEmpty()) {
            final String value = System.getProperty(SIMPLE_LOGGER_PREFIX + name);
            if (value != null) {
                try {
                    return level(value.strip(), SIMPLE_LOGGER_PREFIX + name + "=" + value);
                } catch (ConfigException e) {
                    return null;
                }
            }
            final int dot = name.lastIndexOf('.');
            name = dot < 0 ? "" : name.substring(0, dot);
        }
        return null;
    }

    private static boolean covers(final String prefix, final String loggerName) {
        return loggerName.equals(prefix)
                || loggerName.length() > prefix.length() && loggerName.startsWith(prefix)
                && loggerName.charAt(prefix.length()) == '.';
    }

    private static int level(final String word, final String spec) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "trace" -> Level.TRACE.toInt();
            case "debug" -> Level.DEBUG.toInt();
            case "info" -> Level.INFO.toInt();
            case "warn", "warning" -> Level.WARN.toInt();
            case "error" -> Level.ERROR.toInt();
            case "off", "none" -> OFF;
            default -> throw new ConfigException("log.level: unknown level '" + word + "' in '" + spec
                    + "'; use trace, debug, info, warn, error or off, optionally per logger:"
                    + " info,io.newsflow.enrich=debug,org.apache.kafka=info");
        };
    }
}
