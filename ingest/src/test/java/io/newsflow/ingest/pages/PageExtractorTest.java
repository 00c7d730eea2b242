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

    private final PageExtractor extractor = new PageExtractor();

    @Test
    void keepsExactlyTheArticleParagraphs() {
        final ExtractedPage page = extractor.extract(TestPages.articlePage("", TestPages.PARAGRAPHS).getBytes(StandardCharsets.UTF_8),
                "text/html", "https://gazette.example/quay");

        assertEquals(String.join("\n\n", TestPages.PARAGRAPHS), page.text());
        assertEquals("Quay to close for repairs", page.title());
        assertEquals("UTF-8", page.charset());
    }

    @Test
    void prefersTheOpenGraphTitle() {
        final String meta = "<meta property=\"og:title\" content=\"  The northern quay closes\n for nine weeks \">";
        final ExtractedPage page = extractor.extract(TestPages.articlePage(meta, TestPages.PARAGRAPHS).getBytes(StandardCharsets.UTF_8),
                null, null);

        assertEquals("The northern quay closes for nine weeks", page.title());
    }

    @Test
    void honoursTheCharsetOfTheContentTypeHeader() {
        final List<String> paragraphs = List.of("Der Bürgermeister von Köln sagte, die Straße bleibe gesperrt,"
                + " während die Brücke über den Fluss erneuert werde.", "Françoise Müller, die Sprecherin, nannte"
                + " keine Kosten; die Arbeiten sollen im Frühjahr enden.");
        final byte[] latin1 = TestPages.articlePage("", paragraphs).getBytes(StandardCharsets.ISO_8859_1);

        final ExtractedPage page = extractor.extract(latin1, "text/html; charset=ISO-8859-1", null);

        assertEquals(String.join("\n\n", paragraphs), page.text());
        assertEquals("ISO-8859-1", page.charset());
    }

    @Test
    void honoursTheHeaderOverTheMetaTag() {
        final List<String> paragraphs = List.of("Grüße aus Zürich, wo die Straßenbahn wieder fährt, "
                + "seit die Gleise am Bellevue repariert wurden.");
        final byte[] latin1 = TestPages.articlePage("<meta charset=\"utf-8\">", paragraphs).getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(paragraphs.get(0), extractor.extract(latin1, "text/html;charset=\"iso-8859-1\"", null).text());
    }

    @Test
    void honoursTheCharsetOfTheMetaTag() {
        final Charset cp1251 = Charset.forName("windows-1251");
        final List<String> paragraphs = List.of("Мэр Новгорода сообщил во вторник, что мост через реку"
                + " закроют на ремонт до конца лета.", "По словам чиновников, работы обойдутся городу в 12 миллионов"
                + " рублей, а движение пустят в объезд.");
        final byte[] meta = TestPages.articlePage("<meta charset=\"windows-1251\">", paragraphs).getBytes(cp1251);
        final byte[] httpEquiv = TestPages.articlePage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">",
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
        final byte[] page = TestPages.articlePage("", paragraphs).getBytes(StandardCharsets.UTF_8);
        final byte[] withBom = new byte[page.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(page, 0, withBom, 3, page.length);

        assertEquals(paragraphs.get(0), extractor.extract(page, "text/html; charset=x-no-such-charset", null).text());
        assertEquals(paragraphs.get(0), extractor.extract(withBom, null, null).text());
        // As in browsers, the byte order mark wins over the header.
        assertEquals(paragraphs.get(0), extractor.extract(withBom, "text/html; charset=iso-8859-1", null).text());
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

        final String text = small.extract(TestPages.articlePage("", TestPages.PARAGRAPHS).getBytes(StandardCharsets.UTF_8), null, null)
                .text();

        assertTrue(text.length() <= 300, () -> "length " + text.length());
        assertTrue(text.startsWith(TestPages.PARAGRAPHS.get(0) + "\n\n" + TestPages.PARAGRAPHS.get(1).substring(0, 20)), text);
        assertTrue(String.join("\n\n", TestPages.PARAGRAPHS).startsWith(text), text);
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
