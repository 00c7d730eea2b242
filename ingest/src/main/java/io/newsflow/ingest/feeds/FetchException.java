package io.newsflow.ingest.feeds;

import java.time.Duration;

/**
 * A feed or page that could not be fetched: the reason, the HTTP status when the server answered, and how
 * long it asked to be left alone ({@code Retry-After} of a 429 or 503), if it did.
 */
public final class FetchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a fetch failed; also the label of the failure in logs and metrics. */
    public enum Reason { TIMEOUT, TOO_LARGE, HTTP_STATUS, IO, UNREADABLE }

    private final Reason reason;
    private final int status;
    private final Duration retryAfter;

    public FetchException(final Reason reason, final String message) {
        this(reason, 0, message, null);
    }

    public FetchException(final Reason reason, final int status, final String message, final Throwable cause) {
        this(reason, status, message, cause, null);
    }

    public FetchException(final Reason reason, final int status, final String message, final Throwable cause,
            final Duration retryAfter) {
        super(message, cause);
        this.reason = reason;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status of a {@link Reason#HTTP_STATUS} failure, else 0. */
    public int status() {
        return status;
    }

    /** The wait the server asked for, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
