package io.newsflow.ingest;

/**
 * Kafka did not acknowledge the record within the send timeout, or refused it for a reason the
 * producer of the article cannot fix (cluster unreachable, not authorized, producer closed). The
 * record may still arrive later: a retry is safe because the article id is stable.
 */
public class BrokerUnavailableException extends PublishException {

    private static final long serialVersionUID = 1L;

    public BrokerUnavailableException(final String articleId, final String message, final Throwable cause) {
        super(articleId, message, cause);
    }
}
