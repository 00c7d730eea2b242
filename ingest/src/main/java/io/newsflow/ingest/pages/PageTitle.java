package io.newsflow.ingest.pages;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A page's headline: its {@code og:title}, which publishers fill with the bare headline; else its one {@code h1};
 * else its {@code <title>}, which often carries the site's name too. Whitespace is collapsed; a title is at most
 * {@link PageExtractor#MAX_TITLE_CHARS} long.
 */
final class PageTitle {

    private PageTitle() {
    }

    /** The headline of {@code doc}, read before boilerplate is removed (a page's header often holds its h1); or null. */
    static String of(final Document doc) {
        final Element og = doc.selectFirst("meta[property=og:title][content], meta[name=og:title][content]");
        String title = og == null ? "" : normalise(og.attr("content"));
        if (title.isEmpty()) {
            final Elements h1 = doc.select("h1");
            title = h1.size() == 1 ? normalise(h1.first().text()) : "";
        }
        if (title.isEmpty()) {
            title = normalise(doc.title());
        }
        return title.isEmpty() ? null : title;
    }

    private static String normalise(final String s) {
        final StringBuilder b = new StringBuilder(Math.min(s.length(), PageExtractor.MAX_TITLE_CHARS));
        boolean space = true;
        for (int i = 0; i < s.length() && b.length() < PageExtractor.MAX_TITLE_CHARS; i++) {
            final char c = s.charAt(i);
            if (ParagraphWriter.isSpace(c)) {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
            } else {
                b.append(c);
                space = false;
            }
        }
        return b.toString().strip();
    }
}
