package io.newsflow.bench;

import io.newsflow.common.article.RawArticle;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * Writes news pages of about {@code targetBytes} for the extraction benchmark, in the shape publishers' pages have:
 * a head of meta tags, an inline stylesheet, JSON-LD and several inline scripts; a header with a menu of links; the
 * article (headline, byline, paragraphs from {@link ArticleGenerator}, a figure, a data table, a pull quote) inside
 * nested layout divisions with framework attributes; share buttons, a sidebar of related stories, a comments section
 * and a footer of link lists. What varies from page to page: the number of paragraphs, links, scripts, comments and
 * table rows, and the depth of the layout. The same seed gives the same pages.
 */
final class PageGenerator {

    private static final String[] SECTIONS = {"World", "Politics", "Business", "Markets", "Technology", "Science",
        "Health", "Sport", "Culture", "Travel", "Opinion", "Video", "Podcasts", "Weather", "Local", "Climate"};
    private static final String[] COMMENTS = {"This is exactly what I expected, nothing will change.",
        "Does anyone know when the next meeting is?", "Great reporting, thank you for covering this.",
        "I live nearby and the situation is much worse than described here, honestly.",
        "Source? I would like to read the original statement.", "Same old story every year."};

    private final Random random;
    private final ArticleGenerator articles;
    private final int targetBytes;

    PageGenerator(final long seed, final int targetBytes) {
        this.random = new Random(seed);
        this.articles = new ArticleGenerator(seed, 600);
        this.targetBytes = targetBytes;
    }

    /** The {@code n}-th page, UTF-8. */
    byte[] next(final int n) {
        final RawArticle a = articles.next("page-" + n, n);
        final StringBuilder b = new StringBuilder(targetBytes + 16 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\" class=\"no-js\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(a.title()).append(" | Example Daily</title>")
                .append("<meta property=\"og:title\" content=\"").append(a.title()).append("\">")
                .append("<link rel=\"canonical\" href=\"").append(a.url()).append("\">");
        style(b);
        b.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"").append(a.title()).append("\",\"datePublished\":\"").append(a.publishedAt())
                .append("\"}</script>");
        final int scripts = 2 + random.nextInt(4);
        for (int i = 0; i < scripts; i++) {
            script(b, 2000 + random.nextInt(6000));
        }
        b.append("</head><body class=\"article-page\"><div id=\"__app\" data-reactroot=\"\">");
        header(b);
        final int depth = 2 + random.nextInt(6);
        for (int i = 0; i < depth; i++) {
            b.append("<div class=\"layout-").append(i).append(" grid__col\" data-testid=\"wrap-").append(i).append("\">");
        }
        article(b, a);
        for (int i = 0; i < depth; i++) {
            b.append("</div>");
        }
        sidebar(b);
        comments(b);
        // The rest of the weight, half markup and half script: grids of teasers to more stories, and the
        // hydration data and scripts that frameworks put at the end of the body.
        for (int i = 0; b.length() < targetBytes - 2000; i++) {
            if (i % 2 == 0) {
                teasers(b, 6 + random.nextInt(10));
            } else {
                script(b, Math.min(8000, targetBytes - 2000 - b.length() + 100));
            }
        }
        footer(b);
        b.append("</div></body></html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void style(final StringBuilder b) {
        b.append("<style>");
        final int rules = 60 + random.nextInt(120);
        for (int i = 0; i < rules; i++) {
            b.append(".c").append(i).append("{margin:0 ").append(random.nextInt(24)).append("px;color:#")
                    .append(Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF))).append(";display:flex}");
        }
        b.append("</style>");
    }

    private void script(final StringBuilder b, final int bytes) {
        b.append("<script>(function(w,d){var q=w.__q=w.__q||[];");
        final int end = b.length() + bytes;
        while (b.length() < end) {
            b.append("q.push({e:'v").append(random.nextInt(1000)).append("',t:").append(random.nextInt(100000))
                    .append(",s:\"<div class='x'>\"+d.title});if(w.a&&w.a<b){w.f(").append(random.nextInt(99))
                    .append(")}");
        }
        b.append("})(window,document);</script>");
    }

    private void header(final StringBuilder b) {
        b.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">Example Daily</a><nav><ul>");
        final int links = 40 + random.nextInt(80);
        for (int i = 0; i < links; i++) {
            final String s = SECTIONS[random.nextInt(SECTIONS.length)];
            b.append("<li class=\"nav__item\"><a class=\"nav__link\" href=\"/").append(s.toLowerCase(Locale.ROOT))
                    .append('/').append(i).append("\">").append(s).append("</a></li>");
        }
        b.append("</ul></nav><form class=\"search\"><input name=\"q\"><button>Search</button></form></header>");
    }

    private void article(final StringBuilder b, final RawArticle a) {
        b.append("<main><article class=\"story-body\" itemprop=\"articleBody\"><h1 class=\"headline\">")
                .append(a.title()).append("</h1><div class=\"byline\"><span>By ").append("Staff reporter")
                .append("</span> <time datetime=\"").append(a.publishedAt()).append("\">").append(a.publishedAt())
                .append("</time></div><div class=\"share-tools\"><a href=\"#\">Share</a><a href=\"#\">Post</a>")
                .append("<a href=\"#\">Email</a></div><figure><img src=\"/img/1.jpg\" alt=\"\"><figcaption>")
                .append("A street in the city centre on Monday.</figcaption></figure>");
        final String[] paragraphs = a.body().split("\n\n");
        for (int i = 0; i < paragraphs.length; i++) {
            b.append("<p class=\"story-body__text\">").append(paragraphs[i]).append("</p>");
            if (i == 2) {
                b.append("<blockquote class=\"pull-quote\"><p>").append(paragraphs[0], 0,
                        Math.min(120, paragraphs[0].length())).append("</p></blockquote>");
            }
            if (i == paragraphs.length / 2) {
                table(b);
            }
        }
        b.append("</article></main>");
    }

    private void table(final StringBuilder b) {
        b.append("<table class=\"data\"><caption>Results by region</caption><tr><th>Region</th><th>Votes</th>")
                .append("<th>Share</th></tr>");
        final int rows = 5 + random.nextInt(25);
        for (int r = 0; r < rows; r++) {
            b.append("<tr><td>Region ").append(r + 1).append("</td><td>").append(random.nextInt(90000))
                    .append("</td><td>").append(random.nextInt(100)).append(" %</td></tr>");
        }
        b.append("</table>");
    }

    private void sidebar(final StringBuilder b) {
        b.append("<aside class=\"sidebar\"><h2>Most read</h2><ol>");
        final int items = 10 + random.nextInt(20);
        for (int i = 0; i < items; i++) {
            b.append("<li><a href=\"/story/").append(random.nextInt(1_000_000)).append("\">")
                    .append(articles.next("side", i).title()).append("</a></li>");
        }
        b.append("</ol></aside>");
    }

    private void teasers(final StringBuilder b, final int n) {
        b.append("<section class=\"more-stories\"><h2>More stories</h2><div class=\"grid\">");
        for (int i = 0; i < n; i++) {
            final String s = SECTIONS[random.nextInt(SECTIONS.length)];
            b.append("<div class=\"card card--").append(s.toLowerCase(Locale.ROOT)).append("\" data-id=\"")
                    .append(random.nextInt(1_000_000)).append("\"><a class=\"card__link\" href=\"/story/")
                    .append(random.nextInt(1_000_000)).append("\"><div class=\"card__media\"><img src=\"/i/")
                    .append(random.nextInt(100_000)).append(".jpg\" loading=\"lazy\" alt=\"\"></div>")
                    .append("<span class=\"card__kicker\">").append(s).append("</span><h3 class=\"card__title\">")
                    .append(articles.next("teaser", i).title()).append("</h3></a><span class=\"card__time\">")
                    .append(1 + random.nextInt(23)).append(" hours ago</span></div>");
        }
        b.append("</div></section>");
    }

    private void comments(final StringBuilder b) {
        b.append("<section id=\"comments\" class=\"comments\"><h2>Comments</h2>");
        final int n = random.nextInt(30);
        for (int i = 0; i < n; i++) {
            b.append("<div class=\"comment\"><span class=\"author\">reader").append(random.nextInt(5000))
                    .append("</span><p>").append(COMMENTS[random.nextInt(COMMENTS.length)]).append("</p></div>");
        }
        b.append("</section>");
    }

    private void footer(final StringBuilder b) {
        b.append("<footer class=\"site-footer\">");
        for (int col = 0; col < 4; col++) {
            b.append("<ul class=\"footer__col\">");
            for (int i = 0; i < 10; i++) {
                b.append("<li><a href=\"/about/").append(col).append('/').append(i).append("\">")
                        .append(SECTIONS[random.nextInt(SECTIONS.length)]).append("</a></li>");
            }
            b.append("</ul>");
        }
        b.append("<p>Copyright Example Daily. All rights reserved.</p></footer>");
    }
}
