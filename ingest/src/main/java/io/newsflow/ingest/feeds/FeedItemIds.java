package io.newsflow.ingest.feeds;

import io.newsflow.common.article.ArticleIds;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Article ids of feed items, stable across polls and restarts. A guid or link that is a web address
 * gives the id ingest gives an article posted with that URL ({@code url-…}), so the same story reached
 * by a feed and by a post is one article; any other guid is unique only within its feed, so its id
 * ({@code feed-…}) hashes the feed's URL with it; an item with neither is known by its title and content.
 */
final class FeedItemIds {

    private FeedItemIds() {
    }

    static String idOf(final String feedUrl, final String guidOrLink, final String title, final String content) {
        if (guidOrLink != null && isWebAddress(guidOrLink)) {
            return ArticleIds.fromUrl(guidOrLink);
        }
        if (guidOrLink != null) {
            return "feed-" + sha256Hex(feedUrl + '\u0000' + guidOrLink, 32);
        }
        return "feed-" + sha256Hex(feedUrl + '\u0000' + Objects.toString(title, "") + '\u0000'
                + Objects.toString(content, ""), 32);
    }

    /** A short hash of what the item says: a different one means the item was edited. */
    static String contentHash(final String... parts) {
        return sha256Hex(String.join("\u0000", Arrays.stream(parts).map(p -> Objects.toString(p, "")).toList()), 16);
    }

    private static boolean isWebAddress(final String text) {
        try {
            final URI uri = new URI(text.strip());
            final String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String sha256Hex(final String text, final int hexChars) {
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
