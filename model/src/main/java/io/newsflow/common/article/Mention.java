package io.newsflow.common.article;

/**
 * One occurrence of an entity: {@code start} and {@code end} are Java String indices into the named
 * field ({@code "title"} or {@code "body"}), so {@code field.substring(start, end)} equals {@code text}.
 */
public record Mention(String field, int start, int end, String text) {

    public static final String TITLE = "title";
    public static final String BODY = "body";
}
