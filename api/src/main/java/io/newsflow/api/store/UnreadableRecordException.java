package io.newsflow.api.store;

import io.newsflow.common.deadletter.BadInput;

/** A record of a topic the api reads that is not the JSON the contract says; it goes to the dead letters. */
public class UnreadableRecordException extends RuntimeException implements BadInput {

    private static final long serialVersionUID = 1L;

    public UnreadableRecordException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
