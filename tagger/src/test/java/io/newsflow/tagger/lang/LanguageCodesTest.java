package io.newsflow.tagger.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageCodesTest {

    @Test
    void theDeclaredTagBecomesItsTwoLetterCode() {
        assertEquals("fr", LanguageCodes.normalize("fr-CA"));
        assertEquals("en", LanguageCodes.normalize(" EN "));
        assertEquals("en", LanguageCodes.normalize("en_GB"));
        assertEquals("zh", LanguageCodes.normalize("zh-Hant-TW"));
        assertEquals("fr", LanguageCodes.normalize("fra"));
        assertEquals("fr", LanguageCodes.normalize("fre"));
        assertEquals("de", LanguageCodes.normalize("deu"));
        assertEquals("en", LanguageCodes.normalize("eng"));
        assertEquals("yue", LanguageCodes.normalize("yue"), "a language without a two-letter code keeps its own");
        assertNull(LanguageCodes.normalize(null));
        assertNull(LanguageCodes.normalize("  "));
    }

    @Test
    void onlyEnglishIsEnglish() {
        assertTrue(LanguageCodes.isEnglish("en"));
        assertFalse(LanguageCodes.isEnglish("fr"));
        assertFalse(LanguageCodes.isEnglish(null));
    }
}
