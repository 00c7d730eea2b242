package io.newsflow.ingest.feeds;

import io.newsflow.common.article.RawArticle;
import io.newsflow.ingest.pages.PageExtractionException;
import io.newsflow.ingest.pages.PageExtractor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the article of a feed item: its id, link, title, date, the feed's title as source and language,
 * and a body of text, never markup: the main text of the item's page ({@link PageExtractor}: paragraphs,
 * without navigation, scripts and other boilerplate) when pages are fetched and the page could be read,
 * else the text of the item's content or description. A body longer than the article
 * limit is cut at that many bytes (at a character boundary), so that a long page still gives an article.
 */
final class ItemArticles {

    private static final Logger LOG = LoggerFactory.getLogger(ItemArticles.class);
    private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";

    private final FeedFetcher fetcher;
    private final boolean fetchPages;
    private final int maxBodyBytes;
    private final PageExtractor pages;

    ItemArticles(final FeedFetcher fetcher, final boolean fetchPages, final int maxBodyBytes,
            final PageExtractor pages) {
        this.fetcher = fetcher;
        this.fetchPages = fetchPages;
        this.maxBodyBytes = maxBodyBytes;
        this.pages = pages;
    }

    RawArticle articleOf(final FeedItem item, final ParsedFeed feed) {
        String body = null;
        if (fetchPages && item.link() != null) {
            body = page(item);
        }
        if (body == null) {
            body = HtmlText.of(item.content());
        }
        return new RawArticle(item.id(), item.link(), HtmlText.of(item.title()), cut(body, maxBodyBytes),
                feed.title(), item.publishedAt() == null ? null : item.publishedAt().toString(), item.language(),
                null, null);
    }

    /** The page's text, or null (logged) when it cannot be fetched or read. */
    private String page(final FeedItem item) {
        try {
            final URI uri = URI.create(item.link());
            final Fetched page = fetcher.fetch(uri, null, null, HTML);
            return pages.extract(page.body(), page.contentType(), page.uri().toString()).text();
        } catch (FetchException | PageExtractionException | IllegalArgumentException e) {
            LOG.warn("event=page_not_fetched id={} url={} reason=\"{}\"", item.id(), item.link(), e.getMessage());
            return null;
        }
    }

    /** {@code text} cut to at most {@code maxBytes} of UTF-8, never inside a character. */
    static String cut(final String text, final int maxBytes) {
        if (text == null || text.length() * 3L <= maxBytes) {
            return text;
        }
        final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return text;
        }
        int end = maxBytes;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
