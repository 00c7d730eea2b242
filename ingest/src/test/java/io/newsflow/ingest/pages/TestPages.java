package io.newsflow.ingest.pages;

import java.util.List;

/** Web pages written for the tests: an article among navigation, scripts, styles, comments and a sidebar. */
public final class TestPages {

    private TestPages() {
    }

    /** The five paragraphs of the article. */
    public static final List<String> PARAGRAPHS = List.of(
            "The harbour authority of Port Elland said on Tuesday that the northern quay would close for repairs,"
                    + " after storms in March damaged its pilings.",
            "Mayor Ilse Varga told reporters that the closure, expected to last nine weeks, would cost the town"
                    + " about 40,000 euros a week in lost fees.",
            "Fishing crews, who use the quay most mornings, will moor at the southern basin instead, the authority"
                    + " said in a statement.",
            "Engineers from the regional office in Marlow inspected the pilings last week and found three of them"
                    + " cracked below the waterline.",
            "Work is due to start on Monday, weather permitting, and the quay should reopen before the summer"
                    + " regatta in July.");

    /** A whole page around {@code paragraphs}, with {@code headMeta} in its head. */
    public static String articlePage(final String headMeta, final List<String> paragraphs) {
        final StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head>").append(headMeta)
                .append("<title>Quay to close for repairs | Elland Gazette</title>\n")
                .append("<style>body { font-family: serif } .promo { color: red }</style>\n")
                .append("<script>window.tracker = {page: 'quay', note: 'Script text must never be read.'};</script>\n")
                .append("</head><body>\n")
                .append("<header class=\"site-header\"><a href=\"/\">Elland Gazette</a>")
                .append("<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>")
                .append("<li><a href=\"/weather\">Weather</a></li></ul></nav></header>\n")
                .append("<div class=\"layout\"><main><article class=\"story\">\n")
                .append("<h1>Quay to close for repairs</h1>\n")
                .append("<!-- a comment the page keeps for its developers, never text -->\n")
                .append("<div class=\"share-bar\"><a href=\"#\">Share on social media</a> <a href=\"#\">Email</a></div>\n");
        for (String p : paragraphs) {
            b.append("<p>").append(p.replace(", ", ",\n   ")).append("</p>\n");
        }
        b.append("<script>document.write('Inline script text in the article is not text either.');</script>\n")
                .append("</article>\n")
                .append("<section class=\"comments\"><h2>Comments</h2><p>I think the quay should have been")
                .append(" closed years ago, honestly, and nobody listened.</p></section>\n")
                .append("</main>\n<aside class=\"sidebar\"><h3>Most read</h3><ul>")
                .append("<li><a href=\"/a\">Local school wins the county quiz for the third year running</a></li>")
                .append("<li><a href=\"/b\">New bus timetable starts in the autumn, with more evening buses</a></li>")
                .append("</ul></aside></div>\n")
                .append("<form action=\"/subscribe\"><label>Get our newsletter, every morning</label>")
                .append("<input name=\"email\"><button>Subscribe</button></form>\n")
                .append("<footer><p>Copyright Elland Gazette, all rights reserved, 2026.</p>")
                .append("<a href=\"/privacy\">Privacy</a></footer>\n<noscript>Enable scripts, please.</noscript>")
                .append("</body></html>\n");
        return b.toString();
    }
}
