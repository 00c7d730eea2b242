package io.newsflow.common.log;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Builds one logfmt record, {@code event=enriched id=a1 people=3 title="Talks in Geneva"}: values that
 * hold a space, a quote, an equals sign, a backslash or a control character are quoted and escaped, so
 * that a line always parses back into the same pairs and never spans two lines.
 *
 * <pre>{@code
 * log.info("{}", Logfmt.event("enriched").add("id", id).add("people", 3).add("tookMs", ms));
 * log.warn("event=rejected id={} reason={}", id, Logfmt.quote(reason));
 * }</pre>
 * The builder renders itself in {@link #toString()}, which SLF4J calls only when the level is enabled.
 */
public final class Logfmt {

    private final StringBuilder line = new StringBuilder(64);

    private Logfmt() {
    }

    /** An empty record. */
    public static Logfmt of() {
        return new Logfmt();
    }

    /** A record starting with {@code event=NAME}, the convention of every newsflow line. */
    public static Logfmt event(final String name) {
        return new Logfmt().add("event", name);
    }

    public Logfmt add(final String key, final Object value) {
        if (line.length() > 0) {
            line.append(' ');
        }
        line.append(key(key)).append('=');
        appendValue(line, value);
        return this;
    }

    /** A number with at most {@code decimals} digits after the point ({@code 12.35}), or {@code NaN}. */
    public Logfmt add(final String key, final double value, final int decimals) {
        return add(key, format(value, decimals));
    }

    /** Adds the pair only when the value is not null. */
    public Logfmt addIfPresent(final String key, final Object value) {
        return value == null ? this : add(key, value);
    }

    /** Appends pairs already in logfmt, as they are. */
    public Logfmt addRaw(final String pairs) {
        if (pairs != null && !pairs.isBlank()) {
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(pairs.strip());
        }
        return this;
    }

    @Override
    public String toString() {
        return line.toString();
    }

    /** The value as logfmt writes it: bare when it can be, else in double quotes with escapes. */
    public static String quote(final Object value) {
        final StringBuilder out = new StringBuilder();
        appendValue(out, value);
        return out.toString();
    }

    /** A key made safe: characters that would break the pair become {@code _}; empty becomes {@code _}. */
    public static String key(final String key) {
        if (key == null || key.isEmpty()) {
            return "_";
        }
        StringBuilder out = null;
        for (int i = 0; i < key.length(); i++) {
            final char c = key.charAt(i);
            if (c <= ' ' || c == '=' || c == '"' || c == '\\' || c == 0x7f) {
                if (out == null) {
                    out = new StringBuilder(key);
                }
                out.setCharAt(i, '_');
            }
        }
        return out == null ? key : out.toString();
    }

    /** {@code 1.5}, {@code 0.01}, {@code 12}: fixed point, trailing zeros dropped; NaN and infinities by name. */
    public static String format(final double value, final int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        // Rounded as printf rounds; BigDecimal then drops trailing zeros and the sign of a zero.
        return new BigDecimal(String.format(Locale.ROOT, "%." + Math.max(0, decimals) + "f", value))
                .stripTrailingZeros().toPlainString();
    }

    static void appendValue(final StringBuilder out, final Object value) {
        if (value == null) {
            out.append("null");
            return;
        }
        final String s = value.toString();
        if (!needsQuotes(s)) {
            out.append(s);
            return;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < ' ' || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean needsQuotes(final String s) {
        if (s.isEmpty()) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (c <= ' ' || c == '"' || c == '=' || c == '\\' || c == 0x7f || Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || c == '\u0085') {
                return true;
            }
        }
        return false;
    }
}
