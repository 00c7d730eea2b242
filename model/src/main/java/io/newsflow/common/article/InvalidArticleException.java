package io.newsflow.common.article;

import java.util.List;
import java.util.stream.Collectors;

/** An article that cannot be accepted, with every problem found in it. */
public class InvalidArticleException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<ArticleProblem> problems;

    public InvalidArticleException(final List<ArticleProblem> problems) {
        super(problems.stream().map(ArticleProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ArticleProblem> problems() {
        return problems;
    }
}
