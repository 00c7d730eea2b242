package io.newsflow.enrich.ner;

import io.newsflow.common.article.Entity;
import java.util.List;

/**
 * The named entities of one article, each once with all its mentions. {@code places} are place names
 * as found in the text, before they are resolved to the gazetteer.
 */
public record EntityTags(List<Entity> people, List<Entity> organizations, List<Entity> places) {

    public static final EntityTags NONE = new EntityTags(List.of(), List.of(), List.of());

    public EntityTags {
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
    }
}
