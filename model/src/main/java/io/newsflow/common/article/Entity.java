package io.newsflow.common.article;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A person or an organization named in an article, once, with every mention of it.
 * {@code role} is the title the text gives a person ("Foreign Minister"), or null.
 */
@JsonClassDescription("A person or organization named in an article, once, with every mention; role is the title "
        + "the text gives a person, absent when none.")
public record Entity(
        String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) String role,
        List<Mention> mentions) {

    public Entity {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    public Entity(final String name, final List<Mention> mentions) {
        this(name, null, mentions);
    }
}
