package io.newsflow.ingest.feeds;

import java.util.List;

/** A feed document read: its title (the articles' source), its language, and its first items. */
public record ParsedFeed(String title, String language, List<FeedItem> items, int itemsLeftOut) {

    public ParsedFeed {
        items = List.copyOf(items);
    }
}
