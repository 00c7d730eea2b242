package io.newsflow.tagger.geo;

import static io.newsflow.tagger.geo.GazetteerPlaceResolverTest.place;
import static io.newsflow.tagger.geo.GazetteerPlaceResolverTest.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.Place;
import org.junit.jupiter.api.Test;

/** Islands, regions, provinces of every country, historical states, spelling variants, and names the gazetteer lacks. */
class UnresolvedNamesTest {

    private static final GazetteerPlaceResolver RESOLVER = GazetteerPlaceResolver.shared();

    private static Place resolve(final String body, final String name, final String... others) {
        final String[] all = new String[others.length + 1];
        all[0] = name;
        System.arraycopy(others, 0, all, 1, others.length);
        return place(RESOLVER.resolve("", body, places("", body, all)), name);
    }

    private static void near(final Place p, final double lat, final double lon, final double km) {
        assertNotNull(p.lat(), p.name() + " has no coordinates");
        final double d = GazetteerEntry.distanceKm(p.lat(), p.lon(), lat, lon);
        assertTrue(d < km, p.name() + " is " + Math.round(d) + " km away");
    }

    @Test
    void islandsPeninsulasAndHistoricalStates() {
        near(resolve("Ferries to Sumatra were cancelled as the storm built.", "Sumatra"), -0.5, 101.5, 300);
        near(resolve("Both armies stood down on the Korean Peninsula, envoys said.", "Korean Peninsula"), 38, 127.5, 200);
        final Place ussr = resolve("He grew up in the Soviet Union before moving west.", "Soviet Union");
        assertEquals("A", ussr.featureClass());
    }

    @Test
    void spellingsOfCountriesFromTheRegistryData() {
        assertEquals("CD", resolve("Aid reached the Democratic Republic of Congo on Monday.",
                "Democratic Republic of Congo").countryCode());
        assertEquals("CI", resolve("Cocoa prices rose in Côte d'Ivoire this week.", "Côte d'Ivoire").countryCode());
    }

    @Test
    void provincesOfEveryCountry() {
        final Place kzn = resolve("Floods hit KwaZulu-Natal, where rivers burst their banks.", "KwaZulu-Natal");
        assertEquals("ZA", kzn.countryCode());
        near(kzn, -28.5, 30.9, 250);
        assertEquals("DE", resolve("Voters in Saxony-Anhalt went to the polls.", "Saxony-Anhalt").countryCode());
        // the word for the kind of division is not part of the name the gazetteer knows
        assertEquals("MX", resolve("Teachers marched in Oaxaca State on Tuesday.", "Oaxaca State").countryCode());
    }

    @Test
    void aTownshipIsFoundByItsTownAndACreekAtTheArticlesFocus() {
        final String body = "Crews in Jackson Township, near Toms River, cleared a fallen tree. Toms River police"
                + " said Assunpink Quarry Creek had risen overnight in Toms River.";
        final Place township = resolve(body, "Jackson Township", "Toms River", "Assunpink Quarry Creek");
        assertEquals("US", township.countryCode());
        near(township, 39.78, -74.86, 30);
        final Place creek = resolve(body, "Assunpink Quarry Creek", "Toms River");
        assertNull(creek.geonameId(), "not the place itself");
        near(creek, 39.95, -74.2, 20);
    }

    @Test
    void withoutTheFocusOptionAnUnknownNameHasNoCoordinates() {
        final String body = "Trenton police said Assunpink Quarry Creek had risen overnight in Trenton.";
        final GazetteerPlaceResolver resolver = GazetteerPlaceResolver.shared(GeoOptions.DEFAULT.withPlaceAtFocus(false));
        final Place creek = place(resolver.resolve("", body, places("", body, "Assunpink Quarry Creek", "Trenton")),
                "Assunpink Quarry Creek");
        assertNull(creek.lat());
    }
}
