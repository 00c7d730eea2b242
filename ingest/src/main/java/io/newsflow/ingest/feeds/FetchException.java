package io.newsflow.ingest.feeds;

/** A feed or page that could not be fetched: the reason, and the HTTP status when the server answered. */
public final class FetchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a fetch failed; also the label of the failure in logs and metrics. */
    public enum Reason { TIMEOUT, TOO_LARGE, HTTP_STATUS, IO, UNREADABLE }

    private final Reason reason;
    private final int status;

    public FetchException(final Reason reason, final String message) {
        this(reason, 0, message, null);
    }

    public FetchException(final Reason reason, final int status, final String message, final Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.status = status;
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status of a {@link Reason#HTTP_STATUS} failure, else 0. */
    public int status() {
        return status;
    }
}
