package io.newsflow.common.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final ArticleValidator validator = new ArticleValidator(10, Clock.fixed(NOW, ZoneOffset.UTC));

    private static RawArticle article(final String id, final String title, final String body, final String date,
            final String language) {
        return new RawArticle(id, null, title, body, null, date, language, null, null);
    }

    private List<String> fields(final RawArticle article) {
        return validator.problems(article).stream().map(ArticleProblem::field).toList();
    }

    @Test
    void aGoodArticleHasNoProblems() {
        assertEquals(List.of(), fields(article("wire-1", "Title", "Body", "2026-03-01", "en")));
        assertEquals(List.of(), fields(article(null, null, "Body only", null, null)));
        assertEquals(List.of(), fields(article(null, "Title only", null, null, "en-GB")));
    }

    @Test
    void titleOrBodyIsRequired() {
        assertEquals(List.of("title"), fields(article(null, " ", "\n", null, null)));
        assertEquals(List.of("article"), fields(null));
    }

    @Test
    void bodySizeIsCountedInUtf8Bytes() {
        assertEquals(List.of(), fields(article(null, null, "0123456789", null, null)));
        assertEquals(List.of("body"), fields(article(null, null, "01234567890", null, null)));
        assertEquals(List.of("body"), fields(article(null, null, "\u00e9".repeat(6), null, null)));
    }

    @Test
    void datesMustBeIsoAndNotInTheFuture() {
        for (String ok : List.of("2020-10-19", "2020-10-19T10:00:00Z", "2020-10-19T10:00:00+02:00",
                "2020-10-19T10:00:00", "2026-03-02T06:00:00Z")) {
            assertEquals(List.of(), fields(article(null, "T", null, ok, null)), ok);
        }
        for (String bad : List.of("19 Oct 2020", "2020-13-01", "yesterday", "2026-03-03T12:00:01Z")) {
            assertEquals(List.of("publishedAt"), fields(article(null, "T", null, bad, null)), bad);
        }
        assertNull(ArticleValidator.parseDate("19/10/2020"));
        assertEquals(Instant.parse("2020-10-19T00:00:00Z"), ArticleValidator.parseDate(" 2020-10-19 "));
    }

    @Test
    void idsAndLanguagesAreChecked() {
        assertEquals(List.of("id"), fields(article("a b", "T", null, null, null)));
        assertEquals(List.of("id"), fields(article("", "T", null, null, null)));
        for (String tag : List.of("EN", "fr", "pt-BR", "zh-Hant-TW", "ara", "en_GB", " de ")) {
            assertEquals(List.of(), fields(article(null, "T", null, null, tag)), "any language is accepted: " + tag);
        }
        for (String bad : List.of("French", "f", "fr--CA", "12", "fr-CA!", "en-" + "x".repeat(9),
                "en" + "-abcdefgh".repeat(4))) {
            assertEquals(List.of("language"), fields(article(null, "T", null, null, bad)), "not a language tag: " + bad);
        }
    }

    @Test
    void requireValidNamesEveryProblem() {
        final RawArticle good = article(null, "T", null, null, null);
        assertSame(good, validator.requireValid(good));
        final InvalidArticleException e = assertThrows(InvalidArticleException.class,
                () -> validator.requireValid(article("a b", null, null, "soon", "Deutsch")));
        assertEquals(List.of("title", "id", "publishedAt", "language"),
                e.problems().stream().map(ArticleProblem::field).toList());
        assertNotNull(e.getMessage());
        assertTrue(e.getMessage().contains("publishedAt: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ArticleValidator(0));
    }
}
