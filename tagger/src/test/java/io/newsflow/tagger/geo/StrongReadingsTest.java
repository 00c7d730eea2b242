package io.newsflow.tagger.geo;

import static io.newsflow.tagger.geo.GazetteerPlaceResolverTest.place;
import static io.newsflow.tagger.geo.GazetteerPlaceResolverTest.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsflow.common.article.Place;
import org.junit.jupiter.api.Test;

/** Countries, oceans and states against same-named towns; city or state. */
class StrongReadingsTest {

    private static final GazetteerPlaceResolver RESOLVER = GazetteerPlaceResolver.shared();

    private static Place resolve(final String body, final String name, final String... others) {
        final String[] all = new String[others.length + 1];
        all[0] = name;
        System.arraycopy(others, 0, all, 1, others.length);
        return place(RESOLVER.resolve("", body, places("", body, all)), name);
    }

    @Test
    void aCountryAmongTexasTownsStaysTheCountry() {
        final String body = "Growers in Beaumont and Lufkin say exports to China fell; a buyer in Houston agreed.";
        final Place china = resolve(body, "China", "Beaumont", "Lufkin", "Houston");
        assertEquals("CN", china.countryCode());
        assertEquals("A", china.featureClass());
    }

    @Test
    void anOceanAmongIowaTownsStaysTheOcean() {
        final String body = "The Des Moines and Ames teams flew over the Atlantic to play in Dublin.";
        final Place atlantic = resolve(body, "Atlantic", "Des Moines", "Ames");
        assertEquals("H", atlantic.featureClass());
        assertEquals(null, atlantic.countryCode());
    }

    @Test
    void aStateAfterTheNameMakesItTheTown() {
        final String body = "The mayor of Mexico, Mo., met farmers from Columbia and Fulton.";
        final Place mexico = resolve(body, "Mexico", "Columbia", "Fulton");
        assertEquals("US", mexico.countryCode());
        assertEquals("Missouri", mexico.admin1());

        final String lebanon = "The plant in Lebanon, Pa., hired forty workers last spring.";
        assertEquals("Pennsylvania", resolve(lebanon, "Lebanon").admin1());
    }

    @Test
    void aCountryAfterTheNameIsAListNotAQualifier() {
        final String body = "Officials in Russia, U.S. officials said, had read the file in Moscow.";
        assertEquals("RU", resolve(body, "Russia", "Moscow").countryCode());
    }

    @Test
    void theTownOfMakesItTheTown() {
        final String body = "Snow closed roads around the town of Norway, where schools shut early.";
        final Place norway = resolve(body, "Norway");
        assertEquals("P", norway.featureClass());
        assertEquals("US", norway.countryCode());
    }

    @Test
    void washingtonIsTheCapitalUnlessTheTextSaysState() {
        final String capital = "Talks in Washington ended without a deal, officials said on Friday.";
        final Place dc = resolve(capital, "Washington");
        assertEquals("P", dc.featureClass());
        assertEquals("District of Columbia", dc.admin1());

        final String state = "Wildfires spread across Washington state this week, and smoke reached farms.";
        final Place wa = resolve(state, "Washington");
        assertEquals("A", wa.featureClass());
        assertEquals("Washington", wa.admin1());
    }

    @Test
    void newYorkIsTheStateUnlessTheTextSaysCity() {
        final String state = "Lawmakers in New York passed the budget after a long night in Albany.";
        assertEquals("A", resolve(state, "New York", "Albany").featureClass());

        final String governor = "Former New York Gov. Hugh Carey grew up in Brooklyn, near Manhattan's bridges.";
        assertEquals("A", resolve(governor, "New York", "Brooklyn", "Manhattan").featureClass());

        final String city = "Tourists returned to the city of New York this summer, hotels said.";
        final Place nyc = resolve(city, "New York");
        assertEquals("P", nyc.featureClass());
        assertNotEquals(null, nyc.population());
    }

    @Test
    void aStateAmongItsTownsStaysTheState() {
        final String body = "Rain soaked Kansas on Sunday; Wichita and Topeka reported flooding.";
        final Place kansas = resolve(body, "Kansas", "Wichita", "Topeka");
        assertEquals("A", kansas.featureClass());
        assertEquals("Kansas", kansas.admin1());
    }
}
