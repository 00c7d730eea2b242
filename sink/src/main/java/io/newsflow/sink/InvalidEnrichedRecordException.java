package io.newsflow.sink;

import io.newsflow.common.deadletter.BadInput;

/**
 * A record of {@code news.articles.enriched} that deserialized but breaks the contract (no key, or a
 * key that is not the article's id). The processing exception handler sends it to the dead-letter topic.
 */
public class InvalidEnrichedRecordException extends RuntimeException implements BadInput {

    private static final long serialVersionUID = 1L;

    public InvalidEnrichedRecordException(final String message) {
        super(message);
    }
}
