package io.newsflow.tagger.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.common.article.Mention;
import io.newsflow.common.article.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeSamePlaceTest {

    private static Place us(final String name, final Mention... mentions) {
        return new Place(name, List.of(mentions), 6252001L, "US", null, 39.76, -98.5, "A", 327167434L);
    }

    @Test
    void namesOfTheSameGazetteerEntryBecomeOnePlaceWithAllMentions() {
        final Place geneva = new Place("Geneva", List.of(new Mention("body", 0, 6, "Geneva")), 2660646L, "CH",
                "Geneva", 46.2, 6.14, "P", 183981L);
        final Place unknown = Place.unresolved("Xyzzy", List.of(new Mention("body", 90, 95, "Xyzzy")));
        final List<Place> merged = GazetteerPlaceResolver.mergeSamePlace(List.of(
                us("U.S.", new Mention("body", 40, 44, "U.S.")),
                geneva,
                us("US", new Mention("body", 10, 12, "US"), new Mention("title", 3, 5, "US")),
                unknown));

        assertEquals(List.of("US", "Geneva", "Xyzzy"), merged.stream().map(Place::name).toList());
        assertEquals(List.of("title:3", "body:10", "body:40"), merged.get(0).mentions().stream()
                .map(m -> m.field() + ":" + m.start()).toList());
        assertEquals(6252001L, merged.get(0).geonameId());
    }

    @Test
    void placesThatAreAllDistinctAreLeftAsTheyAre() {
        final List<Place> places = List.of(us("US", new Mention("body", 0, 2, "US")),
                Place.unresolved("Xyzzy", List.of(new Mention("body", 5, 10, "Xyzzy"))));
        assertEquals(places, GazetteerPlaceResolver.mergeSamePlace(places));
    }
}
