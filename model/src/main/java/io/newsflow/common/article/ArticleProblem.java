package io.newsflow.common.article;

/** One thing wrong with a submitted article: the field it concerns and what is wrong. */
public record ArticleProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
