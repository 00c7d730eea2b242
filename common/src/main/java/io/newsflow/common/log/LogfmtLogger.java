package io.newsflow.common.log;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NormalizedParameters;
import org.slf4j.simple.SimpleLogger;
import org.slf4j.spi.LoggingEventAware;

/**
 * An slf4j-simple logger that writes one logfmt line per event to standard error:
 * {@code ts=2026-11-27T19:30:00.123Z level=INFO service=enrich event=enriched id=a1 tookMs=12}.
 *
 * <p>A message that already starts with {@code key=} is taken as logfmt and written as it is (line breaks
 * escaped); any other message, such as Kafka's own, becomes {@code logger=NAME msg="..."} so that every
 * line still parses. Key-value pairs of the fluent API follow the message, then {@code error="..."} when
 * there is an exception, whose stack trace comes on the next lines.
 */
public class LogfmtLogger extends SimpleLogger implements LoggingEventAware {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern STRUCTURED = Pattern.compile("^[A-Za-z_][A-Za-z0-9_.\\-]*=.*", Pattern.DOTALL);
    /** One lock for every logger so that a line and its stack trace are never interleaved with another. */
    private static final Object WRITE_LOCK = new Object();

    private volatile int threshold;

    protected LogfmtLogger(final String name, final int threshold) {
        super(name);
        this.threshold = threshold;
    }

    /** Changes the level at runtime; see {@link Logging#setLevels(String)}. */
    void threshold(final int levelInt) {
        this.threshold = levelInt;
    }

    int threshold() {
        return threshold;
    }

    @Override
    protected boolean isLevelEnabled(final int logLevel) {
        return logLevel >= threshold;
    }

    @Override
    protected String renderLevel(final int levelInt) {
        return "level=" + Level.intToLevel(levelInt).name();
    }

    @Override
    protected void handleNormalizedLoggingCall(final Level level, final Marker marker, final String messagePattern,
            final Object[] arguments, final Throwable throwable) {
        final String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
        write(render(System.currentTimeMillis(), level, message,
                marker == null ? List.of() : List.of(marker), List.of(), throwable), throwable);
    }

    @Override
    public void log(final LoggingEvent event) {
        if (!isLevelEnabled(event.getLevel().toInt())) {
            return;
        }
        final NormalizedParameters np = NormalizedParameters.normalize(event);
        final String message = np.getMessage() == null ? null
                : MessageFormatter.basicArrayFormat(np.getMessage(), np.getArguments());
        final long ts = event.getTimeStamp() > 0 ? event.getTimeStamp() : System.currentTimeMillis();
        final List<Marker> markers = event.getMarkers() == null ? List.of() : event.getMarkers();
        final List<KeyValuePair> pairs = event.getKeyValuePairs() == null ? List.of() : event.getKeyValuePairs();
        write(render(ts, event.getLevel(), message, markers, pairs, np.getThrowable()), np.getThrowable());
    }

    String render(final long epochMillis, final Level level, final String message, final List<Marker> markers,
            final List<KeyValuePair> pairs, final Throwable throwable) {
        final Logfmt line = Logfmt.of()
                .add("ts", TS.format(Instant.ofEpochMilli(epochMillis)))
                .addRaw(renderLevel(level.toInt()))
                .addIfPresent("service", Logging.service());
        if (message != null && !message.isEmpty()) {
            if (STRUCTURED.matcher(message).matches()) {
                line.addRaw(oneLine(message));
            } else {
                line.add("logger", name).add("msg", message);
            }
        } else {
            line.add("logger", name);
        }
        for (KeyValuePair pair : pairs) {
            line.add(pair.key, pair.value);
        }
        for (Marker marker : markers) {
            line.add("marker", marker.getName());
        }
        if (throwable != null) {
            line.add("error", throwable.getClass().getName()
                    + (throwable.getMessage() == null ? "" : ": " + throwable.getMessage()));
        }
        return line.toString();
    }

    private static String oneLine(final String message) {
        if (message.indexOf('\n') < 0 && message.indexOf('\r') < 0) {
            return message.strip();
        }
        return message.strip().replace("\r", "\\r").replace("\n", "\\n");
    }

    private static void write(final String line, final Throwable throwable) {
        final PrintStream out = System.err;
        synchronized (WRITE_LOCK) {
            out.println(line);
            if (throwable != null) {
                throwable.printStackTrace(out);
            }
            out.flush();
        }
    }
}
