package io.newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsflow.common.article.RawArticle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadTest {

    private static RawArticle seed(final String id) {
        return new ArticleGenerator(99, 40).next(id, 0);
    }

    @Test
    void idsNameThePhaseAndTheIndex() {
        final List<RawArticle> articles = new Workload(new ArticleGenerator(1, 40), List.of()).articles("tag", 3);
        assertEquals(List.of("bench-tag-0", "bench-tag-1", "bench-tag-2"),
                articles.stream().map(RawArticle::id).toList());
    }

    @Test
    void oneArticleInAHundredIsASeedTakenInTurn() {
        final RawArticle s0 = seed("s0");
        final RawArticle s1 = seed("s1");
        final List<RawArticle> articles = new Workload(new ArticleGenerator(1, 40), List.of(s0, s1))
                .articles("pipe", 300);
        assertEquals(s0.withId("bench-pipe-50"), articles.get(50));
        assertEquals(s1.withId("bench-pipe-150"), articles.get(150));
        assertEquals(s0.withId("bench-pipe-250"), articles.get(250));
        assertNotEquals(s0.body(), articles.get(49).body());
        assertNotEquals(s0.body(), articles.get(51).body());
    }

    @Test
    void generatedArticlesHaveNoSeeds() {
        final RawArticle s0 = seed("s0");
        final List<RawArticle> articles = new Workload(new ArticleGenerator(1, 40), List.of(s0)).generated("lat", 100);
        assertNotEquals(s0.body(), articles.get(50).body());
    }

    @Test
    void phasesAskingInTheSameOrderGetTheSameArticles() {
        final Workload a = new Workload(new ArticleGenerator(5, 40), List.of());
        final Workload b = new Workload(new ArticleGenerator(5, 40), List.of());
        assertEquals(a.articles("tag", 5), b.articles("tag", 5));
        assertEquals(a.generated("warm0", 5), b.generated("warm0", 5));
    }

    @Test
    void tokensCountTitleAndBody() {
        final RawArticle a = seed("t");
        assertEquals(ArticleGenerator.countTokens(a.title()) + ArticleGenerator.countTokens(a.body()),
                Workload.tokensOf(a));
    }

    @Test
    void noSeedsWithoutADirectory(@TempDir final Path dir) {
        assertEquals(List.of(), Workload.readSeeds(""));
        assertEquals(List.of(), Workload.readSeeds(null));
        assertEquals(List.of(), Workload.readSeeds(dir.resolve("missing").toString()));
        assertEquals(List.of(), Workload.readSeeds(dir.toString()));
    }
}
