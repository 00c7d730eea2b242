package io.newsflow.api.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.kafka.common.utils.Bytes;

/**
 * The keys of the index store, {@code <facet>\0<value>\0<inverted time>\0<article id>} in UTF-8, and of the
 * count store, {@code <facet>\0<value>}. A range scan over one facet value yields its articles newest
 * first; the same position under another facet value says by a point lookup whether the article has it.
 */
public final class IndexKeys {

    static final char SEP = '\u0000';

    private IndexKeys() {
    }

    /** {@code facet\0value\0}: what every index key of that facet value starts with. */
    public static byte[] prefix(final Facet facet, final String value) {
        return ("" + facet.code() + SEP + clean(value) + SEP).getBytes(StandardCharsets.UTF_8);
    }

    public static Bytes key(final Facet facet, final String value, final Position at) {
        return Bytes.wrap(concat(prefix(facet, value), at.bytes()));
    }

    /** The key of a facet value's article count. */
    public static Bytes countKey(final Facet facet, final String value) {
        return Bytes.wrap(("" + facet.code() + SEP + clean(value)).getBytes(StandardCharsets.UTF_8));
    }

    /** The value of a count key, after its facet. */
    public static String countValue(final Bytes countKey) {
        final String s = new String(countKey.get(), StandardCharsets.UTF_8);
        return s.substring(s.indexOf(SEP) + 1);
    }

    /** The position at the end of an index key whose prefix is {@code prefixLength} bytes long. */
    public static Position position(final Bytes key, final int prefixLength) {
        final byte[] k = key.get();
        final String tail = new String(k, prefixLength, k.length - prefixLength, StandardCharsets.UTF_8);
        return new Position(tail.substring(0, Position.WIDTH), tail.substring(Position.WIDTH + 1));
    }

    /** Just above every key that starts with {@code prefix} (no UTF-8 byte is 0xFF). */
    public static Bytes upperBound(final byte[] prefix) {
        final byte[] b = Arrays.copyOf(prefix, prefix.length + 1);
        b[prefix.length] = (byte) 0xFF;
        return Bytes.wrap(b);
    }

    /** The first key after {@code at} under {@code prefix}. */
    public static Bytes after(final byte[] prefix, final Position at) {
        return Bytes.wrap(concat(concat(prefix, at.bytes()), new byte[] {0}));
    }

    /** The first key at or after {@code inverted} time under {@code prefix}. */
    public static Bytes from(final byte[] prefix, final String inverted) {
        return Bytes.wrap(concat(prefix, inverted.getBytes(StandardCharsets.UTF_8)));
    }

    /** Entity names match case-insensitively: they are kept lower-cased; no control characters. */
    public static String normalizeName(final String name) {
        return name == null ? "" : clean(name.strip()).toLowerCase(Locale.ROOT);
    }

    /** Separators and other control characters would break the layout of the keys. */
    static String clean(final String value) {
        if (value == null) {
            return "";
        }
        final StringBuilder b = new StringBuilder(value.length());
        value.codePoints().filter(c -> !Character.isISOControl(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static byte[] concat(final byte[] a, final byte[] b) {
        final byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
