package io.newsflow.ingest;

/** The serialized article is larger than the producer or the broker accepts for one record. */
public class ArticleTooLargeException extends PublishException {

    private static final long serialVersionUID = 1L;

    public ArticleTooLargeException(final String articleId, final String message, final Throwable cause) {
        super(articleId, message, cause);
    }
}
