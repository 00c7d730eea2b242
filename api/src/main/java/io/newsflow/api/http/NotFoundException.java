package io.newsflow.api.http;

/** An unknown id or resource: 404 with its message. */
class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotFoundException(final String message) {
        super(message);
    }
}
