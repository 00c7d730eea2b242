package io.newsflow.api.stream;

/** The live stream ended for one subscriber: dropped as too slow, or the server is stopping. */
public class SubscriptionEndedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SubscriptionEndedException(final String message) {
        super(message);
    }
}
