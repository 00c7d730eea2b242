package io.newsflow.tagger.geo;

import io.newsflow.common.article.Place;
import io.newsflow.tagger.ner.EntityTags;

/**
 * Turns the place names found in an article into places on the map, using the rest of the article as
 * evidence. Implementations are thread-safe.
 */
public interface PlaceResolver {

    GeoTags resolve(String title, String body, EntityTags entities);

    /** Keeps every place name with its mentions and resolves none: for when no gazetteer is loaded. */
    static PlaceResolver unresolved() {
        return (title, body, entities) -> new GeoTags(
                entities.places().stream().map(e -> Place.unresolved(e.name(), e.mentions())).toList(),
                java.util.List.of());
    }
}
