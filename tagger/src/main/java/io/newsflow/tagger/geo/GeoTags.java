package io.newsflow.tagger.geo;

import io.newsflow.common.article.Place;
import java.util.List;

/** The places of one article, resolved where possible, and the countries it is about, most prominent first. */
public record GeoTags(List<Place> places, List<String> countries) {

    public GeoTags {
        places = List.copyOf(places);
        countries = List.copyOf(countries);
    }
}
