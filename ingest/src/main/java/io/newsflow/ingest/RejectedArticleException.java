package io.newsflow.ingest;

import io.newsflow.common.article.ArticleProblem;
import io.newsflow.common.article.InvalidArticleException;
import java.util.List;

/** An article, or an id to retract, that breaks the rules; carries the id the client gave, for the log. */
final class RejectedArticleException extends InvalidArticleException {

    private static final long serialVersionUID = 1L;
    private final String id;

    RejectedArticleException(final String id, final List<ArticleProblem> problems) {
        super(problems);
        this.id = id;
    }

    String id() {
        return id;
    }
}
