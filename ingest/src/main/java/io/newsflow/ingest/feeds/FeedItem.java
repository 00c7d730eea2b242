package io.newsflow.ingest.feeds;

import java.time.Instant;

/**
 * One item of a feed as newsflow reads it: the article id derived from its guid or link, the link, the
 * title and the content (HTML or text, as the feed has it), the date, and a hash of what it says, which
 * changes when the item is edited.
 */
public record FeedItem(String id, String link, String title, String content, Instant publishedAt,
        String language, String hash) {
}
