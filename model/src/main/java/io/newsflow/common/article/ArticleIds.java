package io.newsflow.common.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Stable article ids: the id a producer gave, else one derived from the normalized URL, else one
 * derived from a hash of source, title and body. The same article posted twice gets the same id.
 */
public final class ArticleIds {

    public static final int MAX_LENGTH = 200;
    /** What a valid id is, for messages. */
    public static final String RULE = "1-" + MAX_LENGTH + " characters of A-Z a-z 0-9 . _ : -";
    /** The same rule as a regular expression (the topic contract gives it as the key's pattern). */
    public static final String PATTERN = "[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final int HASH_HEX_CHARS = 32;

    private ArticleIds() {
    }

    public static boolean isValid(final String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /**
     * The id of an article: its own if it has one (the caller validates it), else derived.
     */
    public static String idOf(final RawArticle article) {
        if (article.id() != null && !article.id().isEmpty()) {
            return article.id();
        }
        if (article.url() != null && !article.url().isBlank()) {
            return fromUrl(article.url());
        }
        return fromContent(article.source(), article.title(), article.body());
    }

    public static String fromUrl(final String url) {
        return "url-" + sha256Hex(normalizeUrl(url));
    }

    public static String fromContent(final String source, final String title, final String body) {
        final String joined = Objects.toString(source, "").strip() + '\u0000' + Objects.toString(title, "").strip()
                + '\u0000' + Objects.toString(body, "").strip();
        return "sha-" + sha256Hex(joined);
    }

    /**
     * Lower-cases scheme and host, drops the default port, the fragment, tracking parameters
     * ({@code utm_*}, {@code fbclid}, {@code gclid}) and a trailing slash, and sorts the query, so that
     * the same page reached by different links gets the same id.
     */
    public static String normalizeUrl(final String url) {
        final String trimmed = url.strip();
        final URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return trimmed;
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null) {
            return trimmed;
        }
        final String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        final String host = uri.getHost() == null ? uri.getRawAuthority().toLowerCase(Locale.ROOT)
                : uri.getHost().toLowerCase(Locale.ROOT);
        final int port = uri.getPort();
        final boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
                || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        final StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path);
        final String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            final List<String> kept = new ArrayList<>();
            for (String param : query.split("&")) {
                final String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!param.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")) {
                    kept.add(param);
                }
            }
            if (!kept.isEmpty()) {
                kept.sort(null);
                out.append('?').append(String.join("&", kept));
            }
        }
        return out.toString();
    }

    private static String sha256Hex(final String text) {
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
