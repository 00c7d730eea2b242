package io.newsflow.tagger.geo;

import static io.newsflow.tagger.geo.GazetteerPlaceResolverTest.place;
import static io.newsflow.tagger.geo.GazetteerPlaceResolverTest.places;
import static io.newsflow.tagger.geo.GazetteerPlaceResolverTest.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.Mention;
import io.newsflow.common.article.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Demonyms and names inside organizations, offered as places or not. */
class GeoOptionsTest {

    private static GazetteerPlaceResolver resolver(final GeoOptions options) {
        return GazetteerPlaceResolver.shared(options);
    }

    @Test
    void demonymsAndTheUnionArePlacesOnlyWhenAskedFor() {
        final String body = "Russian and British diplomats met EU envoys in Vienna on Tuesday.";
        final GeoTags plain = resolver(GeoOptions.DEFAULT).resolve("", body, places("", body, "Vienna"));
        assertEquals(List.of("Vienna"), plain.places().stream().map(Place::name).toList());

        final GeoTags with = resolver(GeoOptions.DEFAULT.withDemonyms(true)).resolve("", body, places("", body, "Vienna"));
        assertEquals("RU", place(with, "Russian").countryCode());
        assertEquals("GB", place(with, "British").countryCode());
        assertEquals(new Mention(Mention.BODY, 34, 36, "EU"), place(with, "EU").mentions().get(0));
        assertEquals("AT", place(with, "Vienna").countryCode());
    }

    @Test
    void aStateInsideAnOrganizationsNameIsAPlaceUnlessSwitchedOff() {
        final String body = "Engineers from Texas A&M University inspected the dam near Waco.";
        final var entities = tags("", body, List.of("Waco"), List.of("Texas A&M University"));
        final GeoTags on = resolver(GeoOptions.DEFAULT).resolve("", body, entities);
        assertEquals("Texas", place(on, "Texas").admin1());

        final String sheriff = "The Douglas County Sheriff's Office in Alexandria, Minn., closed the lake road.";
        final GeoTags county = resolver(GeoOptions.DEFAULT).resolve("", sheriff,
                tags("", sheriff, List.of("Alexandria"), List.of("Douglas County Sheriff's Office")));
        assertEquals("Minnesota", place(county, "Douglas County").admin1());
        assertEquals("A", place(county, "Douglas County").featureClass());

        final GeoTags off = resolver(GeoOptions.DEFAULT.withNamesInOrganizations(false)).resolve("", body, entities);
        assertTrue(off.places().stream().noneMatch(p -> p.name().equals("Texas")), off.places().toString());
        assertEquals("Texas", place(off, "Waco").admin1());
    }
}
