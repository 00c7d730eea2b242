package io.newsflow.ingest;

/**
 * An article that passed validation but was not acknowledged by Kafka. Nothing may be answered with
 * 202 after this; the subclass says whether retrying can help.
 */
public abstract class PublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String articleId;

    protected PublishException(final String articleId, final String message, final Throwable cause) {
        super(message, cause);
        this.articleId = articleId;
    }

    /** The id of the article that was not published, or null when it had none yet. */
    public String articleId() {
        return articleId;
    }
}
