package io.newsflow.tagger.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetector.shared();

    @Test
    void tellsEachLanguageOfItsOwnParagraphsConfidently() {
        for (Map.Entry<String, List<String>> language : Paragraphs.BY_LANGUAGE.entrySet()) {
            for (String paragraph : language.getValue()) {
                final Detection found = detector.detect(null, paragraph);
                assertEquals(language.getKey(), found.language(), paragraph);
                assertTrue(found.confident(), found + " on " + paragraph);
            }
        }
    }

    @Test
    void readsTheTitleAndTheBodyTogether() {
        final String title = "Grève des enseignants le mois prochain dans toutes les écoles du département";
        final String body = "Les syndicats dénoncent le départ des professeurs dans les quartiers pauvres.";
        assertFalse(detector.detect(title, null).confident(), "the title alone is too short");
        assertFalse(detector.detect(null, body).confident(), "the body alone is too short");
        final Detection found = detector.detect(title, body);
        assertEquals("fr", found.language());
        assertTrue(found.confident(), found.toString());
    }

    @Test
    void aHeadlineAloneIsTooShortToDecide() {
        for (String headline : List.of("Talks resume in Geneva", "Le port rouvre après deux ans", "",
                "Dublin 3 Cork 2", "https://example.org/a/b/c/d",
                "Leaders meet in Paris. Angela Merkel met Emmanuel Macron in Berlin on Tuesday.")) {
            final Detection found = detector.detect(headline, null);
            assertNull(found.language(), headline);
            assertFalse(found.confident(), headline);
        }
        assertEquals(Detection.UNKNOWN, detector.detect(null, null));
    }

    @Test
    void aChineseHeadlineAndLedeAreEnoughSinceEachCharacterCountsForAWord() {
        final Detection found = detector.detect("国家足球队在客场险胜对手", "比赛的唯一进球来自终场前几分钟，一名刚刚替补登场的后卫在角球混战中头球破门。");
        assertEquals("zh", found.language());
        assertTrue(found.confident(), found.toString());
    }

    @Test
    void onlyTheStartOfALongBodyIsRead() {
        final StringBuilder body = new StringBuilder();
        while (body.length() < LanguageDetector.MAX_CHARS) {
            body.append(Paragraphs.first("de")).append(' ');
        }
        // Whatever follows the first MAX_CHARS characters, here a megabyte of English, is not read.
        body.append(Paragraphs.first("en").repeat(1_000_000 / Paragraphs.first("en").length()));
        final long at = System.nanoTime();
        final Detection found = detector.detect(null, body.toString());
        assertEquals("de", found.language());
        assertTrue(System.nanoTime() - at < 1_000_000_000L, "a megabyte costs what its first characters cost");
    }

    @Test
    void latinNamesInAnArabicArticleDoNotMakeItEnglish() {
        final Detection found = detector.detect("Reuters / AFP",
                "قال وزير الخارجية إن Stephanie Williams ستصل إلى Geneva يوم الاثنين، "
                        + Paragraphs.first("ar"));
        assertEquals("ar", found.language());
        assertTrue(found.confident(), found.toString());
    }
}
