package io.newsflow.api.query;

/** A query parameter that cannot be used; answered 400 with its message. */
public class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadParameterException(final String message) {
        super(message);
    }
}
