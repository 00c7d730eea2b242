package io.newsflow.common.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    private static RawArticle article(final String id, final String url, final String source, final String title,
            final String body) {
        return new RawArticle(id, url, title, body, source, null, null, null, null);
    }

    @Test
    void validIds() {
        assertTrue(ArticleIds.isValid("wire:2026-0042"));
        assertTrue(ArticleIds.isValid("a.b_c-d:e"));
        assertTrue(ArticleIds.isValid("x".repeat(ArticleIds.MAX_LENGTH)));
        assertFalse(ArticleIds.isValid("x".repeat(ArticleIds.MAX_LENGTH + 1)));
        assertFalse(ArticleIds.isValid(""));
        assertFalse(ArticleIds.isValid(null));
        assertFalse(ArticleIds.isValid("a b"));
        assertFalse(ArticleIds.isValid("a/b"));
        assertFalse(ArticleIds.isValid("caf\u00e9"));
    }

    @Test
    void urlsThatReachTheSamePageNormalizeTheSame() {
        assertEquals("https://news.example.org/world/story?a=1&b=2",
                ArticleIds.normalizeUrl(" HTTPS://News.Example.org:443/world/story/?b=2&utm_source=feed&a=1#top "));
        assertEquals("http://example.org:8080/x", ArticleIds.normalizeUrl("http://example.org:8080/x/"));
        assertEquals("http://example.org/x", ArticleIds.normalizeUrl("http://example.org:80/x?fbclid=abc&gclid=def"));
        assertEquals("not a url", ArticleIds.normalizeUrl("not a url"));
        assertEquals(ArticleIds.fromUrl("https://news.example.org/world/story?a=1"),
                ArticleIds.fromUrl("https://NEWS.example.org/world/story/?utm_medium=social&a=1"));
        assertNotEquals(ArticleIds.fromUrl("https://news.example.org/world/story?a=1"),
                ArticleIds.fromUrl("https://news.example.org/world/story?a=2"));
    }

    @Test
    void theProducersIdWinsThenTheUrlThenTheContent() {
        assertEquals("given-1", ArticleIds.idOf(article("given-1", "https://example.org/a", "S", "T", "B")));
        assertEquals(ArticleIds.fromUrl("https://example.org/a"),
                ArticleIds.idOf(article("", "https://example.org/a", "S", "T", "B")));
        assertEquals(ArticleIds.fromContent("S", "T", "B"), ArticleIds.idOf(article(null, "  ", "S", "T", "B")));
    }

    @Test
    void contentIdsIgnoreSurroundingWhitespaceButNotTheFieldsTheTextIsIn() {
        final String id = ArticleIds.fromContent("AP", "Title", "Body");
        assertTrue(id.matches("sha-[0-9a-f]{32}"), id);
        assertEquals(id, ArticleIds.fromContent(" AP ", "Title\n", "  Body"));
        assertEquals(ArticleIds.fromContent(null, "Title", null), ArticleIds.fromContent("", "Title", ""));
        assertNotEquals(id, ArticleIds.fromContent("AP", "Title", "Body."));
        // The separator keeps "A" + "BC" apart from "AB" + "C".
        assertNotEquals(ArticleIds.fromContent("A", "BC", ""), ArticleIds.fromContent("AB", "C", ""));
    }
}
