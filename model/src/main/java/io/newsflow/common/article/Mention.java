package io.newsflow.common.article;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import java.util.List;

/**
 * One occurrence of an entity: {@code start} and {@code end} are Java String indices into the named
 * field ({@code "title"} or {@code "body"}), so {@code field.substring(start, end)} equals {@code text}.
 */
@JsonClassDescription("One occurrence of a name: field is title or body; start and end are Java String indices "
        + "(UTF-16 code units) into that field, so that its text from start to end equals text.")
public record Mention(String field, int start, int end, String text) {

    public static final String TITLE = "title";
    public static final String BODY = "body";
    /** The fields a mention may point into. */
    public static final List<String> FIELDS = List.of(TITLE, BODY);
}
