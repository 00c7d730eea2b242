package io.newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.RawArticle;
import io.newsflow.ingest.pages.ExtractedPage;
import io.newsflow.ingest.pages.PageExtractor;
import org.junit.jupiter.api.Test;

class PageGeneratorTest {

    @Test
    void pagesWeighWhatWasAskedAndTheSameSeedGivesTheSamePages() {
        final PageGenerator generator = new PageGenerator(7, 100 * 1024);
        for (int i = 0; i < 20; i++) {
            final int size = generator.next(i).length;
            assertTrue(size > 95 * 1024 && size < 110 * 1024, "page " + i + ": " + size + " bytes");
        }
        assertArrayEquals(new PageGenerator(3, 50_000).next(0), new PageGenerator(3, 50_000).next(0));
    }

    @Test
    void theExtractedTextIsTheArticleAndNothingAroundIt() {
        final PageGenerator generator = new PageGenerator(11, 100 * 1024);
        final RawArticle article = new ArticleGenerator(11, 600).next("page-0", 0);

        final ExtractedPage page = new PageExtractor().extract(generator.next(0), "text/html; charset=utf-8", null);

        assertEquals(article.title(), page.title());
        for (String paragraph : article.body().split("\n\n")) {
            assertTrue(page.text().contains(paragraph), paragraph);
        }
        assertFalse(page.text().contains("More stories"), page.text());
        assertFalse(page.text().contains("Most read"), page.text());
        assertFalse(page.text().contains("q.push"), page.text());
        assertFalse(page.text().contains("Search"), page.text());
        assertFalse(page.text().contains("Copyright"), page.text());
    }
}
