package io.newsflow.api.query;

import io.newsflow.api.store.ArticleTerms;
import io.newsflow.api.store.Position;
import java.time.Instant;
import java.util.function.Function;

/** Reads and checks the query parameters shared by the routes; every failure is a {@link BadParameterException}. */
public final class Params {

    /** Longest parameter value read; a longer one is refused rather than scanned. */
    public static final int MAX_VALUE_LENGTH = 1000;

    private final Function<String, String> values;

    public Params(final Function<String, String> values) {
        this.values = values;
    }

    /** The value, trimmed; null when absent or empty. */
    public String get(final String name) {
        final String v = values.apply(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_VALUE_LENGTH) {
            throw new BadParameterException(name + " is longer than " + MAX_VALUE_LENGTH + " characters");
        }
        return v.strip();
    }

    public int limit(final int defaultValue, final int max) {
        final String v = get("limit");
        if (v == null) {
            return defaultValue;
        }
        try {
            final int n = Integer.parseInt(v);
            if (n < 1 || n > max) {
                throw new BadParameterException("limit must be between 1 and " + max + ", was " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameterException("limit must be a number, was '" + v + "'");
        }
    }

    public Instant instant(final String name) {
        final String v = get(name);
        if (v == null) {
            return null;
        }
        final Instant t = ArticleTerms.parse(v);
        if (t == null) {
            throw new BadParameterException(name + " must be an ISO-8601 instant (2020-10-19T00:00:00Z), was '"
                    + v + "'");
        }
        return t;
    }

    public Position cursor() {
        final String v = get("cursor");
        if (v == null) {
            return null;
        }
        try {
            return Position.fromCursor(v);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("cursor is not one this API gave");
        }
    }
}
