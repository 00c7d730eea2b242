package io.newsflow.ingest.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The text of HTML: markup gone, entities decoded. */
final class HtmlText {

    private HtmlText() {
    }

    /** The text of a fragment, such as a feed item's description; plain text stays as it is. Null or blank: null. */
    static String of(final String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        final String text = Jsoup.parseBodyFragment(html).body().text().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * The text of a fetched page, decoded with the charset its Content-Type names, else the one its
     * {@code meta} or byte-order mark names, else UTF-8.
     */
    static String ofPage(final Fetched page) {
        try {
            final Document doc = Jsoup.parse(new ByteArrayInputStream(page.body()), charsetOf(page.contentType()),
                    page.uri().toString());
            final String text = doc.body() == null ? "" : doc.body().text().strip();
            return text.isEmpty() ? null : text;
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.UNREADABLE, 0, page.uri() + ": " + e.getMessage(), e);
        }
    }

    /** The charset a Content-Type names, if Java knows it; null lets the parser find it in the page. */
    static String charsetOf(final String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            final String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                final String name = p.substring("charset=".length()).replace("\"", "").strip();
                try {
                    return Charset.isSupported(name) ? name : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
