package io.newsflow.common.article;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The story an article belongs to: {@code id} is shared by every article about the same event within the
 * story window; {@code duplicateOf} is the id of the earliest article this one is a near-copy of (a
 * syndicated or edited version of the same text), null when it is not a copy; {@code similarity} is how
 * much of the shorter text the two share (0..1), null when {@code duplicateOf} is.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonClassDescription("The story of an article: id, shared by the articles about the same event (the id of its "
        + "first article); duplicateOf, the earliest article this one is a near-copy of, with "
        + "similarity (0..1), both null when it is no copy.")
public record Story(String id, String duplicateOf, Double similarity) {

    /** A story membership without a near-copy. */
    public static Story of(final String id) {
        return new Story(id, null, null);
    }
}
