package io.newsflow.ingest.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageExtractorTest {

    static final List<String> PARAGRAPHS = List.of(
            "The harbour authority of Port Elland said on Tuesday that the northern quay would close for repairs,"
                    + " after storms in March damaged its pilings.",
            "Mayor Ilse Varga told reporters that the closure, expected to last nine weeks, would cost the town"
                    + " about 40,000 euros a week in lost fees.",
            "Fishing crews, who use the quay most mornings, will moor at the southern basin instead, the authority"
                    + " said in a statement.",
            "Engineers from the regional office in Marlow inspected the pilings last week and found three of them"
                    + " cracked below the waterline.",
            "Work is due to start on Monday, weather permitting, and the quay should reopen before the summer"
                    + " regatta in July.");

    static String articlePage(final String headMeta, final List<String> paragraphs) {
        final StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head>").append(headMeta)
                .append("<title>Quay to close for repairs | Elland Gazette</title>\n")
                .append("<style>body { font-family: serif } .promo { color: red }</style>\n")
                .append("<script>window.tracker = {page: 'quay', note: 'Script text must never be read.'};</script>\n")
                .append("</head><body>\n")
                .append("<header class=\"site-header\"><a href=\"/\">Elland Gazette</a>")
                .append("<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>")
                .append("<li><a href=\"/weather\">Weather</a></li></ul></nav></header>\n")
                .append("<div class=\"layout\"><main><article class=\"story\">\n")
                .append("<h1>Quay to close for repairs</h1>\n")
                .append("<!-- a comment the page keeps for its developers, never text -->\n")
                .append("<div class=\"share-bar\"><a href=\"#\">Share on social media</a> <a href=\"#\">Email</a></div>\n");
        for (String p : paragraphs) {
            b.append("<p>").append(p.replace(", ", ",\n   ")).append("</p>\n");
        }
        b.append("<script>document.write('Inline script text in the article is not text either.');</script>\n")
                .append("</article>\n")
                .append("<section class=\"comments\"><h2>Comments</h2><p>I think the quay should have been")
                .append(" closed years ago, honestly, and nobody listened.</p></section>\n")
                .append("</main>\n<aside class=\"sidebar\"><h3>Most read</h3><ul>")
                .append("<li><a href=\"/a\">Local school wins the county quiz for the third year running</a></li>")
                .append("<li><a href=\"/b\">New bus timetable starts in the autumn, with more evening buses</a></li>")
                .append("</ul></aside></div>\n")
                .append("<form action=\"/subscribe\"><label>Get our newsletter, every morning</label>")
                .append("<input name=\"email\"><button>Subscribe</button></form>\n")
                .append("<footer><p>Copyright Elland Gazette, all rights reserved, 2026.</p>")
                .append("<a href=\"/privacy\">Privacy</a></footer>\n<noscript>Enable scripts, please.</noscript>")
                .append("</body></html>\n");
        return b.toString();
    }

    private final PageExtractor extractor = new PageExtractor();

    @Test
    void keepsExactlyTheArticleParagraphs() {
        final ExtractedPage page = extractor.extract(articlePage("", PARAGRAPHS).getBytes(StandardCharsets.UTF_8),
                "text/html", "https://gazette.example/quay");

        assertEquals(String.join("\n\n", PARAGRAPHS), page.text());
        assertEquals("Quay to close for repairs", page.title());
        assertEquals("UTF-8", page.charset());
    }

    @Test
    void prefersTheOpenGraphTitle() {
        final String meta = "<meta property=\"og:title\" content=\"  The northern quay closes\n for nine weeks \">";
        final ExtractedPage page = extractor.extract(articlePage(meta, PARAGRAPHS).getBytes(StandardCharsets.UTF_8),
                null, null);

        assertEquals("The northern quay closes for nine weeks", page.title());
    }

    @Test
    void honoursTheCharsetOfTheContentTypeHeader() {
        final List<String> paragraphs = List.of("Der Bürgermeister von Köln sagte, die Straße bleibe gesperrt,"
                + " während die Brücke über den Fluss erneuert werde.", "Françoise Müller, die Sprecherin, nannte"
                + " keine Kosten; die Arbeiten sollen im Frühjahr enden.");
        final byte[] latin1 = articlePage("", paragraphs).getBytes(StandardCharsets.ISO_8859_1);

        final ExtractedPage page = extractor.extract(latin1, "text/html; charset=ISO-8859-1", null);

        assertEquals(String.join("\n\n", paragraphs), page.text());
        assertEquals("ISO-8859-1", page.charset());
    }

    @Test
    void honoursTheHeaderOverTheMetaTag() {
        final List<String> paragraphs = List.of("Grüße aus Zürich, wo die Straßenbahn wieder fährt, "
                + "seit die Gleise am Bellevue repariert wurden.");
        final byte[] latin1 = articlePage("<meta charset=\"utf-8\">", paragraphs).getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(paragraphs.get(0), extractor.extract(latin1, "text/html;charset=\"iso-8859-1\"", null).text());
    }

    @Test
    void honoursTheCharsetOfTheMetaTag() {
        final Charset cp1251 = Charset.forName("windows-1251");
        final List<String> paragraphs = List.of("Мэр Новгорода сообщил во вторник, что мост через реку"
                + " закроют на ремонт до конца лета.", "По словам чиновников, работы обойдутся городу в 12 миллионов"
                + " рублей, а движение пустят в объезд.");
        final byte[] meta = articlePage("<meta charset=\"windows-1251\">", paragraphs).getBytes(cp1251);
        final byte[] httpEquiv = articlePage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">",
                paragraphs).getBytes(cp1251);

        final ExtractedPage fromMeta = extractor.extract(meta, "text/html", null);
        final ExtractedPage fromHttpEquiv = extractor.extract(httpEquiv, null, null);

        assertEquals(String.join("\n\n", paragraphs), fromMeta.text());
        assertEquals("windows-1251", fromMeta.charset());
        assertEquals(fromMeta.text(), fromHttpEquiv.text());
    }

    @Test
    void readsTheByteOrderMarkAndDefaultsToUtf8() {
        final List<String> paragraphs = List.of("Café owners in Liège said the new tram line, opened in May,"
                + " brought them more customers than they had hoped.");
        final byte[] page = articlePage("", paragraphs).getBytes(StandardCharsets.UTF_8);
        final byte[] withBom = new byte[page.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(page, 0, withBom, 3, page.length);

        assertEquals(paragraphs.get(0), extractor.extract(page, "text/html; charset=x-no-such-charset", null).text());
        assertEquals(paragraphs.get(0), extractor.extract(withBom, null, null).text());
    }

    @Test
    void refusesAPageWithoutText() {
        final String page = "<html><head><title>Sign in</title><script>var a = 'a long script that says a lot of"
                + " things, none of them text';</script></head><body><header><nav><a href=\"/\">Home</a></nav>"
                + "</header><form><input name=\"q\"><button>Search</button></form><footer>All rights reserved."
                + "</footer></body></html>";

        final PageExtractionException e = assertThrows(PageExtractionException.class,
                () -> extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, null));
        assertEquals(PageExtractionException.Reason.NO_TEXT, e.reason());
    }

    @Test
    void refusesAPageOverTheLimitBeforeParsingIt() {
        final StringBuilder b = new StringBuilder(5 * 1024 * 1024 + 100).append("<html><body>");
        while (b.length() < 5 * 1024 * 1024) {
            b.append("<p>A paragraph of filler text, repeated until the page weighs five megabytes.</p>\n");
        }
        final byte[] page = b.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);

        final PageExtractionException e = assertThrows(PageExtractionException.class,
                () -> extractor.extract(page, null, null));
        assertEquals(PageExtractionException.Reason.TOO_LARGE, e.reason());
        final PageExtractionException asText = assertThrows(PageExtractionException.class,
                () -> extractor.extract(new String(page, StandardCharsets.UTF_8), null));
        assertEquals(PageExtractionException.Reason.TOO_LARGE, asText.reason());
    }

    @Test
    void cutsTheTextAtTheLimitAfterAWholeWord() {
        final PageExtractor small = new PageExtractor(PageExtractor.DEFAULT_MAX_BYTES, 300);

        final String text = small.extract(articlePage("", PARAGRAPHS).getBytes(StandardCharsets.UTF_8), null, null)
                .text();

        assertTrue(text.length() <= 300, () -> "length " + text.length());
        assertTrue(text.startsWith(PARAGRAPHS.get(0) + "\n\n" + PARAGRAPHS.get(1).substring(0, 20)), text);
        assertTrue(String.join("\n\n", PARAGRAPHS).startsWith(text), text);
        assertFalse(text.endsWith(" "));
    }

    @Test
    void readsAFragmentAsText() {
        final ExtractedPage page = extractor.extract("<p>Short note.</p><p>Second   line<br>third line</p>", null);

        assertEquals("Short note.\n\nSecond line\n\nthird line", page.text());
        assertEquals(null, page.title());
        assertEquals(null, page.charset());
    }

    @Test
    void ignoresTheCharsetAPageGivenAsTextDeclares() {
        final ExtractedPage page = extractor.extract("<html><head><meta charset=\"windows-1251\"></head><body>"
                + "<p>Zürich and Kyiv, Київ, are both named here, in their own letters.</p></body></html>", null);

        assertEquals("Zürich and Kyiv, Київ, are both named here, in their own letters.", page.text());
    }
}
