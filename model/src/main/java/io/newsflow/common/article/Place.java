package io.newsflow.common.article;

import java.util.List;

/**
 * A place named in an article, once, with every mention of it, resolved to GeoNames where the
 * gazetteer knows it. A place that cannot be resolved keeps its mentions with the other fields null.
 */
public record Place(
        String name,
        List<Mention> mentions,
        Long geonameId,
        String countryCode,
        String admin1,
        Double lat,
        Double lon,
        String featureClass,
        Long population) {

    public Place {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A place that has not been resolved to the gazetteer. */
    public static Place unresolved(final String name, final List<Mention> mentions) {
        return new Place(name, mentions, null, null, null, null, null, null, null);
    }
}
