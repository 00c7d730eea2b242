package io.newsflow.ingest;

import io.newsflow.common.article.ArticleProblem;
import java.util.List;

/**
 * Why ingest refused input, the {@code reason} label of {@code newsflow_articles_rejected_total}. A wrong
 * address or method is not counted: it is no article.
 */
public final class RejectionReasons {

    /** The body, a batch line or a batch element is not JSON. */
    public static final String INVALID_JSON = "invalid_json";
    /** JSON, but not an article that passes validation. */
    public static final String INVALID_ARTICLE = "invalid_article";
    /** The request or the record is larger than allowed. */
    public static final String TOO_LARGE = "too_large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";
    public static final String UNAUTHORIZED = "unauthorized";
    /** Kafka did not acknowledge the article in time. */
    public static final String BROKER_UNAVAILABLE = "broker_unavailable";
    /** The client stopped sending its body. */
    public static final String REQUEST_TIMEOUT = "request_timeout";

    public static final List<String> ALL = List.of(INVALID_JSON, INVALID_ARTICLE, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE,
            UNAUTHORIZED, BROKER_UNAVAILABLE, REQUEST_TIMEOUT);

    private RejectionReasons() {
    }

    /** {@link #INVALID_JSON} when the text could not be parsed, else {@link #INVALID_ARTICLE}. */
    static String ofProblems(final List<ArticleProblem> problems) {
        return problems.stream().anyMatch(p -> ArticleJson.JSON_FIELD.equals(p.field())) ? INVALID_JSON
                : INVALID_ARTICLE;
    }

    static String ofFailure(final PublishException e) {
        return e instanceof ArticleTooLargeException ? TOO_LARGE : BROKER_UNAVAILABLE;
    }
}
