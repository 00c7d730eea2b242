package io.newsflow.ingest.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The main text of pages laid out in the other ways publishers lay them out. */
class PageLayoutsTest {

    private static final List<String> P = TestPages.PARAGRAPHS;
    private static final String MENU = "<div class=\"menu\"><a href=\"/a\">News</a> <a href=\"/b\">Sport</a>"
            + " <a href=\"/c\">Weather</a> <a href=\"/d\">Culture and the arts this week</a></div>";
    private static final String RELATED = "<div class=\"more\"><a href=\"/x\">Council votes to keep the library"
            + " open on Sundays, after a petition</a><br><a href=\"/y\">Ferry timetable changes for the winter,"
            + " with fewer crossings</a></div>";

    private final PageExtractor extractor = new PageExtractor();

    private String extract(final String body) {
        return extractor.extract(("<html><head><title>t</title></head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8), null, null).text();
    }

    @Test
    void paragraphsSplitByAnAdvertisement() {
        final String text = extract(MENU + "<div class=\"article-body\"><p>" + P.get(0) + "</p><p>" + P.get(1)
                + "</p><div class=\"ad-slot\"><span>Advertisement</span></div><p>" + P.get(2) + "</p></div>"
                + RELATED);

        assertEquals(String.join("\n\n", P.subList(0, 3)), text);
    }

    @Test
    void textLaidOutWithLineBreaksInOneDivision() {
        final String text = extract(MENU + "<div id=\"post\">" + P.get(0) + "<br><br>" + P.get(1) + "<br><br>"
                + P.get(2) + "</div>" + RELATED);

        assertEquals(String.join("\n\n", P.subList(0, 3)), text);
    }

    @Test
    void anArticleInATableLayout() {
        final String text = extract("<table><tr><td class=\"left\">" + MENU + "</td><td class=\"main\"><p>"
                + P.get(0) + "</p><p>" + P.get(1) + "</p><p>" + P.get(3) + "</p></td></tr></table>");

        assertEquals(String.join("\n\n", P.get(0), P.get(1), P.get(3)), text);
    }

    @Test
    void anArticleInSiblingParts() {
        final String text = extract(MENU + "<div class=\"wrap\"><div class=\"body-part\"><p>" + P.get(0) + "</p><p>"
                + P.get(1) + "</p></div><div class=\"newsletter-signup\"><p>Sign up to our newsletter</p></div>"
                + "<div class=\"body-part\"><p>" + P.get(2) + "</p><p>" + P.get(3) + "</p><p>" + P.get(4)
                + "</p></div></div>" + RELATED);

        assertEquals(String.join("\n\n", P), text);
    }

    @Test
    void listsAndQuotesInsideTheArticleAreKept() {
        final String text = extract(MENU + "<article><p>" + P.get(0) + "</p><ul><li>Quay closed: nine weeks</li>"
                + "<li>Cost: 40,000 euros a week</li></ul><blockquote>We will be ready for the regatta.</blockquote>"
                + "<p>" + P.get(1) + "</p></article>");

        assertEquals(String.join("\n\n", P.get(0), "Quay closed: nine weeks", "Cost: 40,000 euros a week",
                "We will be ready for the regatta.", P.get(1)), text);
    }

    @Test
    void aPageWrappedInOneFormKeepsItsTextAndLosesItsSearchForm() {
        final String text = extract("<form id=\"aspnetForm\" method=\"post\">" + MENU
                + "<form class=\"search\"><p>Search the whole site, all sections, all years:</p><input name=\"q\">"
                + "</form><div class=\"story\"><p>" + P.get(0) + "</p><p>" + P.get(1) + "</p><p>" + P.get(2)
                + "</p></div></form>");

        assertEquals(String.join("\n\n", P.subList(0, 3)), text);
    }

    @Test
    void theHeadIsNeverText() {
        final String page = "<html class=\"page article-page\"><head><title>Quay | Gazette</title>"
                + "<meta property=\"og:title\" content=\"Quay closes\"></head><body><p>" + P.get(0) + "</p>"
                + "</body></html>";

        assertEquals(P.get(0), extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, null).text());
    }

    @Test
    void deeplyNestedMarkupIsReadWithinTheLimits() {
        final StringBuilder b = new StringBuilder();
        while (b.length() < 1024 * 1024) {
            b.append("<div><span>word, word</span> ");
        }
        final PageExtractor small = new PageExtractor(2 * 1024 * 1024, 10_000);

        final String text = small.extract(b.toString().getBytes(StandardCharsets.UTF_8), null, null).text();

        assertTrue(text.length() <= 10_000 && text.startsWith("word, word"), () -> text.substring(0, 100));
    }
}
