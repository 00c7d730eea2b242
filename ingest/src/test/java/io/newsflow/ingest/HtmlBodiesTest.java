package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.json.Json;
import org.junit.jupiter.api.Test;

class HtmlBodiesTest {

    @Test
    void documentsAndBodiesWithTagsAreMarkup() {
        assertTrue(HtmlBodies.isMarkup("<!DOCTYPE html><html><body><p>x</p></body></html>"));
        assertTrue(HtmlBodies.isMarkup("\n  <html lang=\"en\"><body>x</body></html>"));
        assertTrue(HtmlBodies.isMarkup("<p>First paragraph.</p><p>Second one.</p>"));
        assertTrue(HtmlBodies.isMarkup("Line one<br>line two<br/>line three"));
        assertTrue(HtmlBodies.isMarkup("The <a href=\"https://example.org/x\">mayor</a> said no."));
    }

    @Test
    void textWithStrayAngleBracketsIsText() {
        assertFalse(HtmlBodies.isMarkup("Turnout was <50% in the north and >70% in the south."));
        assertFalse(HtmlBodies.isMarkup("If x < y and y < z then x < z, the teacher wrote."));
        assertFalse(HtmlBodies.isMarkup("Type <p> to start a paragraph, the manual says."));
        assertFalse(HtmlBodies.isMarkup("<3 from the crew at <Harbour FM>"));
        assertFalse(HtmlBodies.isMarkup("An html page about <htmlparsers> is text"));
        assertFalse(HtmlBodies.isMarkup(null));
    }

    @Test
    void aTextBodyIsLeftExactlyAsItCame() throws Exception {
        final String json = "{\"title\":\"Vote\",\"body\":\"Turnout was <50% and the <b bloc won, a < b.\\n\\nNext.\"}";
        final JsonNode node = Json.mapper().readTree(json);
        final RawArticle article = Json.mapper().treeToValue(node, RawArticle.class);

        assertSame(article, HtmlBodies.toText(node, article));
        assertEquals("Turnout was <50% and the <b bloc won, a < b.\n\nNext.", ArticleJson.readOne(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).body());
    }

    @Test
    void theHtmlFieldBecomesTheBodyAndGivesTheTitle() throws Exception {
        final RawArticle article = ArticleJson.readOne(("{\"url\":\"https://example.org/a\",\"html\":"
                + "\"<html><head><title>Dam opens</title><script>var x = 1;</script></head><body><nav>Home</nav>"
                + "<p>The new dam opened on Friday, the ministry said.</p></body></html>\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals("Dam opens", article.title());
        assertEquals("The new dam opened on Friday, the ministry said.", article.body());
        assertEquals("https://example.org/a", article.url());
    }

    @Test
    void aPageWithoutTextOrWithABodyToo() {
        final InvalidArticleException empty = assertThrows(InvalidArticleException.class, () -> ArticleJson.readOne(
                "{\"title\":\"x\",\"html\":\"<html><body><script>var a;</script></body></html>\"}".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("html", empty.problems().get(0).field());
        final InvalidArticleException both = assertThrows(InvalidArticleException.class, () -> ArticleJson.readOne(
                "{\"body\":\"text\",\"html\":\"<p>page</p>\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("html", both.problems().get(0).field());
        final InvalidArticleException notText = assertThrows(InvalidArticleException.class, () -> ArticleJson.readOne(
                "{\"title\":\"x\",\"html\":42}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("html", notText.problems().get(0).field());
    }
}
