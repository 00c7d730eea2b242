package io.newsflow.api.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * Where an article sits in the newest-first order every list answers in: its inverted time (so that an
 * ascending scan yields the newest first) then its id. The same on every partition and every instance,
 * so a position taken on one is a cursor on all: {@link #cursor()} is its opaque form.
 *
 * @param inverted {@value #WIDTH} upper-case hex digits of {@code Long.MAX_VALUE - epochMillis}
 * @param id       the article (or story) id
 */
public record Position(String inverted, String id) implements Comparable<Position> {

    static final int WIDTH = 16;

    public Position {
        if (inverted == null || inverted.length() != WIDTH || !inverted.chars().allMatch(Position::isHex)) {
            throw new IllegalArgumentException("not an inverted time: " + inverted);
        }
        if (id == null) {
            throw new IllegalArgumentException("id is required");
        }
    }

    public static Position of(final Instant time, final String id) {
        return new Position(invert(time), id);
    }

    /** The inverted time of {@code time}; times before 1970 count as 1970. */
    public static String invert(final Instant time) {
        final long millis = Math.max(0, time.toEpochMilli());
        final String hex = Long.toHexString(Long.MAX_VALUE - millis).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(WIDTH - hex.length()) + hex;
    }

    public Instant time() {
        return Instant.ofEpochMilli(Long.MAX_VALUE - Long.parseLong(inverted, 16));
    }

    /** The opaque cursor of this position. */
    public String cursor() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (inverted + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor names.
     *
     * @throws IllegalArgumentException when it is no cursor of this API
     */
    public static Position fromCursor(final String cursor) {
        final String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not one this API gave", e);
        }
        if (text.length() < WIDTH + 1) {
            throw new IllegalArgumentException("cursor is not one this API gave");
        }
        return new Position(text.substring(0, WIDTH), text.substring(WIDTH));
    }

    /** {@code inverted \0 id} in UTF-8: the tail of every index key. */
    byte[] bytes() {
        return (inverted + IndexKeys.SEP + id).getBytes(StandardCharsets.UTF_8);
    }

    /** Byte order, as the store sorts: older positions are greater. */
    @Override
    public int compareTo(final Position other) {
        return Arrays.compareUnsigned(bytes(), other.bytes());
    }

    private static boolean isHex(final int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
    }
}
