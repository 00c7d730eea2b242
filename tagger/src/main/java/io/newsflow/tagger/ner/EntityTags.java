package io.newsflow.tagger.ner;

import io.newsflow.common.article.Entity;
import java.util.List;
import java.util.TreeSet;

/**
 * The named entities of one article, each once with all its mentions. {@code places} are place names
 * as found in the text, before they are resolved to the gazetteer. {@code limits} names the caps of
 * {@link io.newsflow.tagger.limits.TaggingLimits} the article reached (see
 * {@link io.newsflow.common.article.Enrichment#limits()}).
 */
public record EntityTags(List<Entity> people, List<Entity> organizations, List<Entity> places, List<String> limits) {

    public static final EntityTags NONE = new EntityTags(List.of(), List.of(), List.of());

    public EntityTags {
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        limits = List.copyOf(limits);
    }

    /** The same entities, with {@code limit} named among the caps reached. */
    public EntityTags withLimit(final String limit) {
        final TreeSet<String> all = new TreeSet<>(limits);
        all.add(limit);
        return new EntityTags(people, organizations, places, List.copyOf(all));
    }

    /** Entities that reached no cap. */
    public EntityTags(final List<Entity> people, final List<Entity> organizations, final List<Entity> places) {
        this(people, organizations, places, List.of());
    }
}
