package io.newsflow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.common.article.ArticleProblem;
import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.common.article.RawArticle;
import io.newsflow.ingest.pages.ExtractedPage;
import io.newsflow.ingest.pages.PageExtractionException;
import io.newsflow.ingest.pages.PageExtractor;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article posted as a web page into an article of text, so that {@code news.articles.raw} carries
 * only text and every offset the tagger gives refers to it. An article is a page when it has an {@code "html"}
 * field, or when its {@code "body"} is markup: it starts with {@code <!doctype html} or {@code <html}, or holds at
 * least two tags of the elements that make up an article's markup ({@code <p>}, {@code </p>}, {@code <br>},
 * {@code <div>}, headings, lists, tables, links, emphasis...). A body with a stray {@code <} or one tag-like word
 * is text and is left exactly as it came. The page's main text becomes the body; its title becomes the article's
 * title when the article has none.
 */
final class HtmlBodies {

    /** The field of a JSON article that holds a web page. */
    static final String HTML_FIELD = "html";

    private static final PageExtractor EXTRACTOR = new PageExtractor();
    private static final Pattern DOCUMENT = Pattern.compile("\\A[\\s\\uFEFF]*<(?:!doctype\\s+html|html)[\\s>]",
            Pattern.CASE_INSENSITIVE);
    /** An opening or closing tag of an element of article markup; attributes are cut at 2,000 characters. */
    private static final Pattern TAG = Pattern.compile("</?(?:p|div|br|h[1-6]|ul|ol|li|table|tr|td|th|blockquote|pre"
            + "|article|section|main|header|footer|nav|aside|span|a|em|strong|b|i|body|head|script|style|figure"
            + "|figcaption|hr)(?:[\\s/][^<>]{0,2000})?>", Pattern.CASE_INSENSITIVE);

    private HtmlBodies() {
    }

    /** True when {@code body} is markup rather than text, by the rule above. */
    static boolean isMarkup(final String body) {
        if (body == null || body.indexOf('<') < 0) {
            return false;
        }
        if (DOCUMENT.matcher(body).find()) {
            return true;
        }
        final Matcher tags = TAG.matcher(body);
        return tags.find() && tags.find();
    }

    /**
     * {@code article} with its page turned into text: the {@code "html"} field of {@code node}, else a body that is
     * markup; {@code article} itself when it is text already.
     *
     * @throws InvalidArticleException when the page has no text, is too large, or the article gives both a body
     *         and a page
     */
    static RawArticle toText(final JsonNode node, final RawArticle article) {
        final JsonNode html = node.get(HTML_FIELD);
        if (html != null && !html.isNull()) {
            if (!html.isTextual()) {
                throw invalid(HTML_FIELD, "must be a JSON string");
            }
            if (article.body() != null && !article.body().isBlank()) {
                throw invalid(HTML_FIELD, "give either body (text or markup) or html, not both");
            }
            return withPage(article, extract(HTML_FIELD, html.asText(), article.url()));
        }
        if (isMarkup(article.body())) {
            return withPage(article, extract("body", article.body(), article.url()));
        }
        return article;
    }

    /** The title and text of a page read from a file or request as bytes, with the charset it declares. */
    static ExtractedPage extract(final String field, final byte[] html, final String contentType, final String url) {
        try {
            return EXTRACTOR.extract(html, contentType, url);
        } catch (PageExtractionException e) {
            throw invalid(field, e.getMessage());
        }
    }

    /** {@code article} with the page's text as its body, and the page's title when it has none. */
    static RawArticle withPage(final RawArticle article, final ExtractedPage page) {
        final String title = article.title() == null || article.title().isBlank() ? page.title() : article.title();
        return new RawArticle(article.id(), article.url(), title, page.text(), article.source(),
                article.publishedAt(), article.language(), article.revision(), article.ingestedAt());
    }

    private static ExtractedPage extract(final String field, final String html, final String url) {
        try {
            return EXTRACTOR.extract(html, url);
        } catch (PageExtractionException e) {
            throw invalid(field, e.getMessage());
        }
    }

    private static InvalidArticleException invalid(final String field, final String message) {
        return new InvalidArticleException(List.of(new ArticleProblem(field, message)));
    }
}
