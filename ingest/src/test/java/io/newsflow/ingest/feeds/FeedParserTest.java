package io.newsflow.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.ArticleIds;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static final URI FEED = URI.create("http://127.0.0.1:8000/feed");
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(final String xml, final String contentType) {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), contentType, FEED);
    }

    @Test
    void readsRss10() {
        final ParsedFeed feed = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                    xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="http://127.0.0.1:8000/"><title>Valley Gazette</title>
                    <link>http://127.0.0.1:8000/</link><description>d</description>
                    <items><rdf:Seq><rdf:li resource="http://127.0.0.1:8000/a/1"/></rdf:Seq></items></channel>
                  <item rdf:about="http://127.0.0.1:8000/a/1"><title>Bridge reopens</title>
                    <link>http://127.0.0.1:8000/a/1</link><description>The bridge reopened on Tuesday.</description>
                    <dc:date>2026-02-03T08:30:00Z</dc:date></item>
                </rdf:RDF>""", "application/rdf+xml");

        assertEquals("Valley Gazette", feed.title());
        assertEquals(1, feed.items().size());
        final FeedItem item = feed.items().get(0);
        assertEquals("Bridge reopens", item.title());
        assertEquals("The bridge reopened on Tuesday.", item.content());
        assertEquals(Instant.parse("2026-02-03T08:30:00Z"), item.publishedAt());
        assertEquals(ArticleIds.fromUrl("http://127.0.0.1:8000/a/1"), item.id(), "a web address gives the id of its URL");
    }

    @Test
    void readsAtomWithHtmlContent() {
        final ParsedFeed feed = parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>River Notes</title><id>urn:x:river</id>
                  <updated>2026-02-04T10:00:00Z</updated>
                  <entry><title type="html">Flood &lt;em&gt;warning&lt;/em&gt; lifted</title>
                    <id>tag:127.0.0.1,2026:entry-7</id><link href="http://127.0.0.1:8000/e/7"/>
                    <published>2026-02-04T09:15:00Z</published><updated>2026-02-04T09:45:00Z</updated>
                    <content type="html">&lt;p&gt;The water fell &lt;b&gt;overnight&lt;/b&gt;.&lt;/p&gt;</content></entry>
                </feed>""", "application/atom+xml");

        assertEquals("River Notes", feed.title());
        final FeedItem item = feed.items().get(0);
        assertEquals(Instant.parse("2026-02-04T09:15:00Z"), item.publishedAt());
        assertEquals("http://127.0.0.1:8000/e/7", item.link());
        assertEquals("Flood warning lifted", HtmlText.of(item.title()));
        assertEquals("The water fell overnight.", HtmlText.of(item.content()));
        assertTrue(item.id().startsWith("feed-"), "an id that is no web address is hashed with the feed: " + item.id());
    }

    @Test
    void theSameGuidInTwoFeedsGivesTwoIdsAndTheSameItemTheSameIdAndHash() {
        final String xml = Feeds.rss("T", 1, "http://127.0.0.1/p/");
        final FeedItem a = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, FEED).items().get(0);
        final FeedItem again = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, FEED).items().get(0);
        final FeedItem other = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null,
                URI.create("http://127.0.0.1:8000/other")).items().get(0);
        assertEquals(a, again);
        assertNotEquals(a.id(), other.id());
        assertEquals(a.hash(), other.hash());
    }

    @Test
    void onlyTheFirstItemsOfAHugeFeedAreRead() {
        final ParsedFeed feed = parse(Feeds.rss("Huge", FeedParser.MAX_ITEMS + 5, "http://127.0.0.1/p/"), null);
        assertEquals(FeedParser.MAX_ITEMS, feed.items().size());
        assertEquals(5, feed.itemsLeftOut());
    }
}
