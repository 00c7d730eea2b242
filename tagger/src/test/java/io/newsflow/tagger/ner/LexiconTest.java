package io.newsflow.tagger.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.load();

    @Test
    void countriesGoByTheirShortNames() {
        assertTrue(lexicon.isCountry("Libya"));
        assertEquals("United States", lexicon.country("U.S."));
        assertEquals("United Kingdom", lexicon.country("Britain"));
        assertFalse(lexicon.isCountry("Geneva"));
        assertTrue(lexicon.isPlace("Geneva"));
        assertTrue(lexicon.isPlace("Sirte"));
    }

    @Test
    void organizationsGoByTheirAcronyms() {
        assertEquals("United Nations", lexicon.organization("U.N."));
        assertEquals("United Nations", lexicon.organization("UN"));
        assertEquals("Joint Military Commission", lexicon.organization("JMC"));
        assertNull(lexicon.organization("Geneva"));
    }

    @Test
    void titlesCommonWordsAndCasing() {
        assertTrue(lexicon.isTitle("Foreign Minister"));
        assertFalse(lexicon.isTitle("Mr."));
        assertTrue(lexicon.isCommonWord("talks"));
        assertEquals("New York", lexicon.casingOf("new york"));
    }
}
