package io.newsflow.api.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A count store value: the number of articles (8 bytes) then what the answers show of the value (UTF-8). */
public final class Counts {

    private Counts() {
    }

    public static byte[] encode(final long count, final byte[] display) {
        return ByteBuffer.allocate(Long.BYTES + display.length).putLong(count).put(display).array();
    }

    public static long count(final byte[] value) {
        return value == null ? 0 : ByteBuffer.wrap(value).getLong();
    }

    public static String display(final byte[] value) {
        return new String(value, Long.BYTES, value.length - Long.BYTES, StandardCharsets.UTF_8);
    }
}
