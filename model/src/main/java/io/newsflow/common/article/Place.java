package io.newsflow.common.article;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import java.util.List;

/**
 * A place named in an article, once, with every mention of it, resolved to GeoNames where the
 * gazetteer knows it. A place that cannot be resolved keeps its mentions with the other fields null.
 */
@JsonClassDescription("A place named in an article, once, with every mention, resolved to GeoNames where possible: "
        + "geonameId, countryCode (ISO 3166-1 alpha-2), admin1, lat, lon, featureClass and population "
        + "are null where it could not be resolved.")
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
