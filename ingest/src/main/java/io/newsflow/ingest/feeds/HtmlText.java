package io.newsflow.ingest.feeds;

import org.jsoup.Jsoup;

/**
 * The text of an HTML fragment such as a feed item's title or description: markup gone, entities decoded,
 * white space collapsed. Whole pages go through {@link io.newsflow.ingest.pages.PageExtractor} instead,
 * which also drops their boilerplate and keeps their paragraphs.
 */
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
}
