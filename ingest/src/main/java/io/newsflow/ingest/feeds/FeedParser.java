package io.newsflow.ingest.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom documents with ROME. ROME's parser refuses DOCTYPE
 * declarations and does not load external entities, so a feed cannot make newsflow read a file or
 * expand entities without end; the document is at most the fetch size limit, and only its first
 * {@link #MAX_ITEMS} items are read, so one feed costs bounded time and memory whatever it holds.
 * The charset comes from the Content-Type, else the XML prolog or byte-order mark, as RFC 3023 says.
 */
public final class FeedParser {

    /** Items read from one document; feeds carry tens, so more is a feed to read only in part. */
    public static final int MAX_ITEMS = 1_000;

    /**
     * Reads {@code body} fetched from {@code feedUri}.
     *
     * @throws FetchException with {@link FetchException.Reason#UNREADABLE} when it is no feed ROME knows
     */
    public ParsedFeed parse(final byte[] body, final String contentType, final URI feedUri) {
        final SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            feed = new SyndFeedInput().build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FetchException(FetchException.Reason.UNREADABLE, 0, feedUri + ": not a feed: " + e.getMessage(), e);
        }
        final String feedUrl = feedUri.toString();
        final List<SyndEntry> entries = feed.getEntries();
        final int kept = Math.min(entries.size(), MAX_ITEMS);
        final List<FeedItem> items = new ArrayList<>(kept);
        for (SyndEntry entry : entries.subList(0, kept)) {
            items.add(item(feedUrl, entry, feed.getLanguage()));
        }
        return new ParsedFeed(blankToNull(feed.getTitle()), blankToNull(feed.getLanguage()), items,
                entries.size() - kept);
    }

    private static FeedItem item(final String feedUrl, final SyndEntry entry, final String feedLanguage) {
        final String link = blankToNull(entry.getLink());
        final String title = blankToNull(entry.getTitle());
        final String content = content(entry);
        final Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        final Instant publishedAt = published == null ? null : published.toInstant();
        final Instant updated = entry.getUpdatedDate() == null ? null : entry.getUpdatedDate().toInstant();
        // ROME gives RSS's guid (else the link) and Atom's id as the entry's URI.
        final String guid = blankToNull(entry.getUri());
        final String id = FeedItemIds.idOf(feedUrl, guid != null ? guid : link, title, content);
        final String hash = FeedItemIds.contentHash(title, link, content, String.valueOf(publishedAt),
                String.valueOf(updated));
        return new FeedItem(id, link, title, content, publishedAt, blankToNull(feedLanguage), hash);
    }

    /** The fullest text the item has: its content (content:encoded, Atom content), else its description. */
    private static String content(final SyndEntry entry) {
        final StringBuilder all = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
                all.append(all.length() == 0 ? "" : "\n").append(c.getValue());
            }
        }
        if (all.length() == 0 && entry.getDescription() != null) {
            all.append(entry.getDescription().getValue() == null ? "" : entry.getDescription().getValue());
        }
        return blankToNull(all.toString());
    }

    private static String blankToNull(final String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
