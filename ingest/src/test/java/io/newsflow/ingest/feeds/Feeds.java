package io.newsflow.ingest.feeds;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Feed documents and pages the tests serve, written for them. */
final class Feeds {

    /** The publication time of item {@code n}: one hour apart, back from 1 March 2026 09:00 UTC. */
    static ZonedDateTime published(final int n) {
        return ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC).minusHours(n);
    }

    static String title(final int n) {
        return "Harbour report number " + n;
    }

    /** An RSS 2.0 feed of {@code count} items linking to {@code pageBase + n}, with HTML descriptions. */
    static String rss(final String title, final int count, final String pageBase) {
        final StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>http://127.0.0.1/</link>
                <description>Test feed</description><language>en-gb</language>
                """.formatted(title));
        for (int n = 1; n <= count; n++) {
            xml.append(rssItem(n, pageBase, "<p>Ships arrived at the <b>harbour</b> on day " + n + ".</p>"));
        }
        return xml.append("</channel></rss>").toString();
    }

    static String rssItem(final int n, final String pageBase, final String description) {
        return """
                <item><title>%s</title><link>%s%d</link><guid isPermaLink="false">harbour-%d</guid>
                <pubDate>%s</pubDate><description><![CDATA[%s]]></description></item>
                """.formatted(title(n), pageBase, n, n,
                DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).format(published(n)), description);
    }

    /** A page whose text is the title and a paragraph naming item {@code n}. */
    static String page(final int n) {
        return """
                <!DOCTYPE html><html><head><title>%s</title><style>p { color: red; }</style></head>
                <body><nav><a href="/">Home</a></nav><h1>%s</h1>
                <p>The full story of day %d: cranes unloaded grain for &amp; from the valley.</p></body></html>
                """.formatted(title(n), title(n), n);
    }

    private Feeds() {
    }
}
