package io.newsflow.ingest.pages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a web page into its title and main text: the page is parsed with jsoup (as browsers parse HTML, whatever
 * its errors), boilerplate is removed ({@link Boilerplate}), the main text is found ({@link MainContent}) and
 * written as blank-line-separated paragraphs ({@link ParagraphWriter}).
 *
 * <p>The bytes are decoded as browsers decode them: by their byte order mark if they start with one; else with the
 * charset of the {@code Content-Type} header when it names one this JVM knows; else with the one the page declares
 * ({@code <meta charset>}, {@code <meta http-equiv>}); else as UTF-8. Cost is bounded: a page longer than {@code maxBytes} is refused before it is parsed, parsing and every
 * step after it are linear in the page, and the text is cut at {@code maxTextChars}.
 *
 * <p>Thread-safe: an extractor holds only its limits.
 */
public final class PageExtractor {

    /** Longest page parsed by default: far above a news page, small enough to parse in a few tens of ms. */
    public static final int DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
    /** Longest text by default: 256 Ki characters are at most 768 KiB of UTF-8, within an article's 1 MiB body. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 256 * 1024;
    /** Longest title kept; longer ones are cut at a word. */
    static final int MAX_TITLE_CHARS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(PageExtractor.class);

    private final int maxBytes;
    private final int maxTextChars;

    public PageExtractor() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_CHARS);
    }

    /**
     * @param maxBytes longest page, in bytes (or characters, for a page given as text), that is parsed
     * @param maxTextChars longest text returned
     */
    public PageExtractor(final int maxBytes, final int maxTextChars) {
        if (maxBytes <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("limits must be positive: maxBytes=" + maxBytes
                    + " maxTextChars=" + maxTextChars);
        }
        this.maxBytes = maxBytes;
        this.maxTextChars = maxTextChars;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /**
     * The title and main text of {@code html}.
     *
     * @param contentType the HTTP {@code Content-Type} header that came with the page, or null
     * @param url the page's address, or null
     * @throws PageExtractionException when the page is too large or holds no text
     */
    public ExtractedPage extract(final byte[] html, final String contentType, final String url) {
        if (html.length > maxBytes) {
            throw tooLarge(html.length, "bytes");
        }
        final Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), ContentTypeCharset.of(contentType), baseUri(url));
        } catch (IOException e) {
            // Reading a byte array never fails; a charset jsoup cannot decode is the one way here.
            throw new UncheckedIOException(e);
        }
        return extract(doc, doc.charset().name(), url);
    }

    /**
     * The title and main text of {@code html} that is already text, as a JSON string is (its own charset
     * declarations are ignored); {@link ExtractedPage#charset()} is null.
     *
     * @throws PageExtractionException when the page is too large or holds no text
     */
    public ExtractedPage extract(final String html, final String url) {
        if (html.length() > maxBytes) {
            throw tooLarge(html.length(), "characters");
        }
        return extract(Jsoup.parse(html, baseUri(url)), null, url);
    }

    private ExtractedPage extract(final Document doc, final String charset, final String url) {
        final String title = PageTitle.of(doc);
        final Element body = doc.body();
        Boilerplate.strip(body);
        final List<Element> main = MainContent.of(body);
        String text = ParagraphWriter.write(main, maxTextChars);
        if (title != null && text.startsWith(title)) {
            // The headline printed above the text is the title, not its first paragraph.
            final int end = title.length();
            if (text.length() == end || text.startsWith("\n\n", end)) {
                text = text.substring(Math.min(text.length(), end + 2));
            }
        }
        if (text.isBlank()) {
            throw new PageExtractionException(PageExtractionException.Reason.NO_TEXT,
                    "the page has no text once scripts, styles, navigation and other boilerplate are removed");
        }
        LOG.debug("event=page_extracted url={} charset={} blocks={} chars={}", url, charset, main.size(),
                text.length());
        return new ExtractedPage(title, text, charset);
    }

    private PageExtractionException tooLarge(final int size, final String unit) {
        return new PageExtractionException(PageExtractionException.Reason.TOO_LARGE,
                "the page has " + size + " " + unit + ", more than the " + maxBytes + " that are parsed");
    }

    private static String baseUri(final String url) {
        return url == null ? "" : url;
    }
}
