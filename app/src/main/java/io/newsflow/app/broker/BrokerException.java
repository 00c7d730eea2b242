package io.newsflow.app.broker;

/** The embedded broker could not start or stop. */
public class BrokerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrokerException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
