package io.newsflow.tagger.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    @Test
    void caseDiacriticsAndPunctuationDoNotMatter() {
        assertEquals("geneve", PlaceNames.normalize("Genève"));
        assertEquals("sao paulo", PlaceNames.normalize("SÃO PAULO"));
        assertEquals("winston salem", PlaceNames.normalize("Winston-Salem"));
        assertEquals("coeur dalene", PlaceNames.normalize("Coeur d’Alene"));
        assertEquals(PlaceNames.normalize("Coeur d'Alene"), PlaceNames.normalize("Coeur d’Alene"));
    }

    @Test
    void abbreviationsAreSpelledOut() {
        assertEquals("saint louis", PlaceNames.normalize("St. Louis"));
        assertEquals("saint louis", PlaceNames.normalize("Saint-Louis"));
        assertEquals("fort worth", PlaceNames.normalize("Ft. Worth"));
        assertEquals("mount vernon", PlaceNames.normalize("Mt. Vernon"));
        // a trailing "St" is a street, not a saint
        assertEquals("main st", PlaceNames.normalize("Main St."));
    }

    @Test
    void initialismsAndArticles() {
        assertEquals("us", PlaceNames.normalize("U.S."));
        assertEquals("dc", PlaceNames.normalize("D.C."));
        assertEquals("netherlands", PlaceNames.normalize("the Netherlands"));
        assertEquals("", PlaceNames.normalize(null));
    }
}
