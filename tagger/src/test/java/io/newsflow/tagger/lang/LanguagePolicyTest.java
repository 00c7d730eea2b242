package io.newsflow.tagger.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguagePolicyTest {

    private final MismatchWarnings warnings = new MismatchWarnings();
    private final LanguagePolicy policy = new LanguagePolicy(LanguageDetector.shared(), warnings);

    @Test
    void aFrenchArticleWithoutALanguageIsFrenchAndNotTagged() {
        final LanguageDecision d = policy.decide("a1", "wire", null, null, Paragraphs.first("fr"));
        assertEquals("fr", d.language());
        assertNull(d.declared());
        assertFalse(d.tagged());
        assertEquals("language:fr", d.skipped());
    }

    @Test
    void everyMeasuredLanguageButEnglishIsSkipped() {
        for (String language : Paragraphs.BY_LANGUAGE.keySet()) {
            final LanguageDecision d = policy.decide("a", "wire", null, null, Paragraphs.first(language));
            assertEquals(language, d.language());
            assertEquals("en".equals(language), d.tagged(), language);
        }
    }

    @Test
    void anEnglishArticleIsTaggedWithOrWithoutItsLanguage() {
        for (String declared : new String[] {null, "en", "en-GB", "eng"}) {
            final LanguageDecision d = policy.decide("a2", "wire", declared, null, Paragraphs.first("en"));
            assertEquals("en", d.language());
            assertTrue(d.tagged(), String.valueOf(declared));
            assertNull(d.skipped());
        }
        assertEquals(0, warnings.size(), "no mismatch, no warning");
    }

    @Test
    void tooLittleTextTakesTheDeclaredLanguageElseEnglish() {
        final LanguageDecision declared = policy.decide("a3", "wire", "fr-CA", "Grève à Montréal", null);
        assertEquals("fr", declared.language());
        assertEquals("language:fr", declared.skipped());
        final LanguageDecision undeclared = policy.decide("a4", "wire", null, "Talks resume in Geneva", null);
        assertEquals("en", undeclared.language());
        assertTrue(undeclared.tagged());
        assertFalse(undeclared.detected().confident());
    }

    @Test
    void aConfidentDetectionOverridesTheDeclaredLanguage() {
        final LanguageDecision d = policy.decide("a5", "wire", "en", null, Paragraphs.first("de"));
        assertEquals("de", d.language());
        assertEquals("en", d.declared());
        assertEquals("language:de", d.skipped());
    }

    @Test
    void anArticleDeclaredNonEnglishIsNeverTaggedAsEnglishEvenIfItReadsAsEnglish() {
        final LanguageDecision d = policy.decide("a6", "wire", "fr", null, Paragraphs.first("en"));
        assertEquals("en", d.language(), "the language the text is in");
        assertFalse(d.tagged());
        assertEquals("language:declared-fr", d.skipped());
    }

    @Test
    void aMismatchIsRememberedOncePerSource() {
        policy.decide("b1", "wire-a", "en", null, Paragraphs.first("fr"));
        policy.decide("b2", "wire-a", "en", null, Paragraphs.first("es"));
        assertEquals(1, warnings.size(), "a second mismatch of the same source is not warned about again");
        policy.decide("b3", "wire-b", "es", null, Paragraphs.first("fr"));
        policy.decide("b4", null, "de", null, Paragraphs.first("ru"));
        assertEquals(3, warnings.size());
        assertFalse(warnings.firstFor("wire-a"));
        assertFalse(warnings.firstFor("-"), "an article without a source counts under one name");
    }

    @Test
    void theSourcesRememberedAreBounded() {
        final MismatchWarnings few = new MismatchWarnings(3);
        for (int i = 0; i < 10; i++) {
            assertTrue(few.firstFor("source-" + i));
        }
        assertEquals(3, few.size());
        assertFalse(few.firstFor("source-9"));
        assertTrue(few.firstFor("source-0"), "forgotten, so warned about again");
        assertEquals(10_000, MismatchWarnings.MAX_SOURCES);
    }
}
