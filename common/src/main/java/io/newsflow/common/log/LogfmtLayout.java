package io.newsflow.common.log;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * Logback layout of newsflow's lines, one logfmt line per event:
 * {@code ts=2026-11-27T19:30:00.123Z level=INFO service=enrich event=enriched id=a1 tookMs=12}.
 *
 * <p>A message that already starts with {@code key=} is taken as logfmt and written as it is (line breaks
 * escaped); any other message, such as Kafka's own, becomes {@code logger=NAME msg="..."} so that every
 * line still parses. Key-value pairs of the fluent API follow the message, then {@code marker=NAME}, then
 * {@code error="..."} when there is an exception, whose stack trace comes on the next lines.
 */
public final class LogfmtLayout extends LayoutBase<ILoggingEvent> {

    private static final DateTimeFormatter TS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern STRUCTURED = Pattern.compile("^[A-Za-z_][A-Za-z0-9_.\\-]*=.*", Pattern.DOTALL);

    @Override
    public String doLayout(final ILoggingEvent event) {
        final Logfmt line = Logfmt.of()
                .add("ts", TS.format(Instant.ofEpochMilli(event.getTimeStamp())))
                .addRaw("level=" + event.getLevel())
                .addIfPresent("service", Logging.service());
        final String message = event.getFormattedMessage();
        if (message != null && !message.isEmpty()) {
            if (STRUCTURED.matcher(message).matches()) {
                line.addRaw(message.strip().replace("\r", "\\r").replace("\n", "\\n"));
            } else {
                line.add("logger", event.getLoggerName()).add("msg", message);
            }
        } else {
            line.add("logger", event.getLoggerName());
        }
        final List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null) {
            pairs.forEach(pair -> line.add(pair.key, pair.value));
        }
        final List<Marker> markers = event.getMarkerList();
        if (markers != null) {
            markers.forEach(marker -> line.add("marker", marker.getName()));
        }
        final IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.add("error", thrown.getClassName() + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()));
        }
        final StringBuilder out = new StringBuilder(line.toString()).append(CoreConstants.LINE_SEPARATOR);
        if (thrown != null) {
            out.append(stackTrace(thrown));
        }
        return out.toString();
    }

    /** The trace as {@link Throwable#printStackTrace()} writes it, causes and suppressed ones included. */
    private static String stackTrace(final IThrowableProxy thrown) {
        if (thrown instanceof ThrowableProxy proxy) {
            final StringWriter text = new StringWriter();
            proxy.getThrowable().printStackTrace(new PrintWriter(text));
            return text.toString();
        }
        return ThrowableProxyUtil.asString(thrown) + CoreConstants.LINE_SEPARATOR;
    }
}
