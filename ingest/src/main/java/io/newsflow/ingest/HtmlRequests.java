package io.newsflow.ingest;

import io.javalin.http.Context;
import io.newsflow.common.article.RawArticle;
import io.newsflow.ingest.pages.ExtractedPage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * An article posted as a web page ({@code POST /articles} with {@code Content-Type: text/html}): the page is the
 * request body, in the charset its {@code Content-Type} names or else the one it declares itself; the article's
 * other fields come from the query ({@code ?url=&title=&source=&publishedAt=&language=&id=}). Its main text is
 * the body; its title is the query's, else the page's.
 */
final class HtmlRequests {

    static final String HTML = "text/html";

    private HtmlRequests() {
    }

    /**
     * The article that {@code page}, posted with {@code ctx}'s headers and query, makes.
     *
     * @throws io.newsflow.common.article.InvalidArticleException when the page has no text
     */
    static RawArticle read(final Context ctx, final byte[] page) {
        final String url = param(ctx, "url");
        final ExtractedPage extracted = HtmlBodies.extract("body", page, ctx.header("Content-Type"), url);
        final RawArticle fields = new RawArticle(param(ctx, "id"), url, param(ctx, "title"), null,
                param(ctx, "source"), param(ctx, "publishedAt"), param(ctx, "language"), null, null);
        return HtmlBodies.withPage(fields, extracted);
    }

    /**
     * The query parameter {@code name}, decoded as UTF-8 whatever the charset of the page: the servlet layer would
     * decode the query with the body's charset. The query is as long as the server lets a request line be.
     */
    private static String param(final Context ctx, final String name) {
        final String query = ctx.queryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            final int eq = pair.indexOf('=');
            final String key = eq < 0 ? pair : pair.substring(0, eq);
            if (eq > 0 && decode(key).equals(name)) {
                final String value = decode(pair.substring(eq + 1));
                return value.isBlank() ? null : value;
            }
        }
        return null;
    }

    private static String decode(final String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A malformed escape: the text as it came, which validation then judges.
            return s;
        }
    }
}
