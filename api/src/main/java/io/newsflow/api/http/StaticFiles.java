package io.newsflow.api.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web page from the jar's classpath folder {@code web/}: {@code /} is {@code web/index.html},
 * {@code /assets/...} is {@code web/assets/...}. Files are read once and kept (they are the jar's, they do
 * not change while it runs). The page is revalidated on every load; assets are cached for a day.
 */
final class StaticFiles {

    static final String ROOT = "web/";
    /** Largest file served; the page and its assets are far smaller. */
    static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("geojson", "application/geo+json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("map", "application/json; charset=utf-8"));

    private final ClassLoader loader;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    StaticFiles(final ClassLoader loader) {
        this.loader = loader;
    }

    void index(final Context ctx) throws IOException {
        serve(ctx, "index.html", "no-cache");
    }

    void asset(final Context ctx) throws IOException {
        final String path = ctx.path().substring(1);
        // "assets/../x" or a backslash must not reach outside web/assets (the class path has other files).
        if (path.contains("..") || path.contains("\\") || path.contains("//") || path.endsWith("/")) {
            throw new NotFoundException("no such file: /" + path);
        }
        serve(ctx, path, "public, max-age=86400");
    }

    private void serve(final Context ctx, final String path, final String cacheControl) throws IOException {
        final byte[] body = read(path);
        if (body == null) {
            throw new NotFoundException("no such file: /" + path);
        }
        ctx.header("Cache-Control", cacheControl);
        ctx.header("X-Content-Type-Options", "nosniff");
        Answers.send(ctx, 200, type(path), body);
    }

    private byte[] read(final String path) throws IOException {
        final byte[] cached = cache.get(path);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = loader.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                return null;
            }
            final byte[] body = in.readNBytes(MAX_FILE_BYTES + 1);
            if (body.length > MAX_FILE_BYTES) {
                throw new IOException("web/" + path + " is larger than " + MAX_FILE_BYTES + " bytes");
            }
            cache.put(path, body);
            return body;
        }
    }

    static String type(final String path) {
        final int dot = path.lastIndexOf('.');
        final String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
