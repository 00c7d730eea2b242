package io.newsflow.enrich;

import io.newsflow.common.deadletter.BadInput;

/**
 * A raw record the stream cannot take for a reason of its own, not of the article's content: no key
 * and no usable id, a key that is not an article id, a retraction without a key. It goes to the
 * dead-letter topic with this message.
 */
public class RejectedRecordException extends RuntimeException implements BadInput {

    private static final long serialVersionUID = 1L;

    public RejectedRecordException(final String message) {
        super(message);
    }
}
