package io.newsflow.common.log;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.event.Level;

/**
 * Which level each logger logs at, from a spec such as {@code info}, {@code debug} or
 * {@code info,io.newsflow.enrich=debug,org.apache.kafka=info}: a bare level applies to every logger,
 * {@code name=level} to that logger and the ones below it (the longest name wins).
 *
 * <p>Kafka's clients and broker and Jetty talk a lot at INFO, so those families stay at WARN (or the
 * bare level, when that is quieter) unless the spec names them or a logger above them.
 *
 * <p>{@link #applyTo} sets these levels on Logback's logger tree, whose inheritance (a logger without a
 * level takes its nearest ancestor's) gives the same answer as {@link #levelOf} for every name.
 */
public final class LogLevels {

    /** Level number of {@code off}: above ERROR, so nothing is enabled. */
    public static final int OFF = Level.ERROR.toInt() + 10;

    /** Logger families kept at WARN unless asked for. */
    public static final List<String> QUIET = List.of(
            "org.apache.kafka", "kafka", "state.change.logger", "org.eclipse.jetty", "org.apache.zookeeper");

    public static final String DEFAULT_SPEC = "info";

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

    /**
     * Parses a spec.
     *
     * @throws IllegalArgumentException with a message that says what is accepted
     */
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
                    throw new IllegalArgumentException("log.level: missing logger name before '=' in '" + text + "'");
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
        for (String quiet : QUIET) {
            if (covers(quiet, loggerName)) {
                return quietLevel();
            }
        }
        return root;
    }

    /**
     * Sets these levels on Logback's loggers: the root, each quiet family that no name of the spec covers,
     * each name of the spec. The loggers set by the levels before ({@code previous}) are reset first.
     *
     * @return the names of the loggers set, to pass as {@code previous} next time
     */
    public Set<String> applyTo(final LoggerContext context, final Set<String> previous) {
        for (String name : previous) {
            if (!Logger.ROOT_LOGGER_NAME.equalsIgnoreCase(name)) {
                context.getLogger(name).setLevel(null);
            }
        }
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(logback(root));
        final Set<String> set = new HashSet<>();
        for (String quiet : QUIET) {
            if (named.keySet().stream().noneMatch(name -> covers(name, quiet))) {
                context.getLogger(quiet).setLevel(logback(quietLevel()));
                set.add(quiet);
            }
        }
        named.forEach((name, level) -> {
            context.getLogger(name).setLevel(logback(level));
            set.add(name);
        });
        return Set.copyOf(set);
    }

    @Override
    public String toString() {
        return spec;
    }

    private int quietLevel() {
        return Math.max(root, Level.WARN.toInt());
    }

    private static ch.qos.logback.classic.Level logback(final int level) {
        return level >= OFF ? ch.qos.logback.classic.Level.OFF
                : ch.qos.logback.classic.Level.convertAnSLF4JLevel(Level.intToLevel(level));
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
            default -> throw new IllegalArgumentException("log.level: unknown level '" + word + "' in '" + spec
                    + "'; use trace, debug, info, warn, error or off, optionally per logger:"
                    + " info,io.newsflow.enrich=debug,org.apache.kafka=info");
        };
    }
}
