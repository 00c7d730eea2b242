package io.newsflow.api.cluster;

/** The stores cannot answer now (rebalancing, restoring, another instance unreachable): 503, try again. */
public class StoresNotReadyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoresNotReadyException(final String message) {
        super(message);
    }

    public StoresNotReadyException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
